import type { Concordance } from '../../countries/concordance.js';
import { InputError } from '../../errors.js';
import type { VotingShare } from '../../finance/shareholders.js';
import { columns, parseCsv } from '../csv/readCsv.js';

/** "SÃ£o TomÃ©" is UTF-8 read as Latin-1 in the IMF copy: undo it where it is that. */
function repairMojibake(s: string): string {
  if (!/[ÃÂ]/.test(s)) return s;
  const fixed = Buffer.from(s, 'latin1').toString('utf8');
  return fixed.includes('\ufffd') ? s : fixed;
}

function percent(raw: string, location: { file: string; line: number; field: string }): number {
  const s = raw.trim();
  if (!/^\d+(\.\d+)?$/.test(s) || Number(s) > 100) {
    throw new InputError(`invalid vote percentage '${s}'`, { location, hint: 'a percentage, 0-100' });
  }
  return Number(s) / 100;
}

function resolveMember(
  name: string,
  concordance: Concordance,
  location: { file: string; line: number; field: string },
): string {
  if (!name) throw new InputError('empty member name', { location });
  return concordance.resolve(name, location).id;
}

function checkDate(s: string, location: { file: string; line: number; field: string }): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(s))) {
    throw new InputError(`invalid date '${s}'`, { location, hint: 'YYYY-MM-DD' });
  }
  return s;
}

function finish(out: VotingShare[], file: string): VotingShare[] {
  const seen = new Map<string, number>();
  for (const r of out) {
    const prev = seen.get(r.member);
    if (prev !== undefined) {
      throw new InputError(`member ${r.member} appears twice (also line ${prev})`, {
        location: { file, line: r.sourceLine, field: 'member' },
      });
    }
    seen.set(r.member, r.sourceLine);
  }
  const other = out.find((r) => r.asOf !== out[0].asOf);
  if (other) {
    throw new InputError(`as-of date ${other.asOf} differs from ${out[0].asOf}: one date per file expected`, {
      location: { file, line: other.sourceLine, field: 'as_of_date' },
    });
  }
  if (out.length === 0) throw new InputError('no members', { location: { file, line: 1 } });
  return out;
}

/** Where an institution's file keeps each field; declared once per institution below. */
interface VotingLayout {
  institution: VotingShare['institution'];
  /** The member's name column (kept as `memberName`). */
  member: string;
  /** The share of total votes, as a percentage. */
  percent: string;
  /** The as-of date: a column (YYYY-MM-DD, checked), or the one date of a file without such a column. */
  date: { column: string } | { fixed: string };
  /** The name as the concordance should read it, when the file decorates it. */
  clean?: (name: string) => string;
}

function parseVotingShares(
  text: string,
  file: string,
  concordance: Concordance,
  layout: VotingLayout,
): VotingShare[] {
  const table = parseCsv(text, file);
  const { date } = layout;
  const col = columns(table, [layout.member, layout.percent, ...('column' in date ? [date.column] : [])]);
  const out = table.records.map((rec): VotingShare => {
    const at = (field: string) => ({ file, line: rec.line, field });
    const memberName = rec.values[col[layout.member]].trim();
    return {
      institution: layout.institution,
      asOf: 'fixed' in date ? date.fixed : checkDate(rec.values[col[date.column]].trim(), at(date.column)),
      memberName,
      member: resolveMember(
        layout.clean ? layout.clean(memberName) : memberName,
        concordance,
        at(layout.member),
      ),
      share: percent(rec.values[col[layout.percent]], at(layout.percent)),
      sourceFile: file,
      sourceLine: rec.line,
    };
  });
  return finish(out, file);
}

/**
 * IBRD subscriptions and voting power (World Bank Finances One, rcx4-r7xj): member (upper case),
 * percentage_of_total_votes, as_of_date. The share is the percentage of total votes.
 */
export function parseIbrdVotingPower(text: string, file: string, concordance: Concordance): VotingShare[] {
  return parseVotingShares(text, file, concordance, {
    institution: 'IBRD',
    member: 'member',
    percent: 'percentage_of_total_votes',
    date: { column: 'as_of_date' },
  });
}

/** IDA voting power (World Bank Finances One, v84d-dq44): member_country, percentage_of_total_votes, as_of_date. */
export function parseIdaVotingPower(text: string, file: string, concordance: Concordance): VotingShare[] {
  return parseVotingShares(text, file, concordance, {
    institution: 'IDA',
    member: 'member_country',
    percent: 'percentage_of_total_votes',
    date: { column: 'as_of_date' },
  });
}

/**
 * IMF members' voting shares after the 14th quota review (circa 2016; the copy has no date column):
 * country, vote_percentage. Names carry a stray footnote digit ("Albania3"), dropped here, and one is
 * UTF-8 read as Latin-1 ("SÃ£o TomÃ©"), repaired.
 */
export function parseImfVotingPower(
  text: string,
  file: string,
  concordance: Concordance,
  asOf = '2016',
): VotingShare[] {
  return parseVotingShares(text, file, concordance, {
    institution: 'IMF',
    member: 'country',
    percent: 'vote_percentage',
    date: { fixed: asOf },
    clean: (name) => repairMojibake(name.replace(/\d+$/, '').trim()),
  });
}
