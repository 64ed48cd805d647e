import { InputError } from '../../errors.js';
import { parsePoles } from '../../poles/pole.js';
import { type SecurityCountryYear, securityCountryYear } from '../../queries/securityCountry.js';
import { securityCoverage } from '../../store/security.js';
import { countryArg, oneCountry, yearFlag } from '../args.js';
import { type Command, formatOptions } from '../command.js';
import { pct } from '../money.js';
import { outputFormat } from '../output.js';

const num = (x: number | null, d = 2) =>
  x === null ? '—' : `${x >= 0 && d === 2 ? '+' : ''}${x.toFixed(d)}`;

function text(r: SecurityCountryYear, name: string): string {
  const [a, b] = r.poles;
  const f = r.figures;
  const lines = [
    `${name} (${r.country}) ${r.year}, security between ${a} and ${b}: position ${num(r.position)} (-1 ${a}, +1 ${b}); engagement ${num(r.engagement, 2).replace('+', '')}`,
    `  arms ${r.arms.window.from}-${r.arms.window.to}: ${f.armsTotalTiv === null ? 'no deliveries' : `${f.armsTotalTiv.toFixed(1)} million TIV; ${a} ${pct(f.armsShareFirst)}, ${b} ${pct(f.armsShareSecond)}; tilt ${num(f.armsTilt)}`}`,
    ...r.arms.suppliers
      .slice(0, 5)
      .map(
        (s) =>
          `    ${s.supplier.padEnd(22)} ${s.tiv.toFixed(1).padStart(8)}  ${pct(s.share).padStart(6)}${s.pole ? `  (${s.pole === 'first' ? a : b})` : ''}`,
      ),
    `  alliances (ATOP ${r.alliances.dataYear}${r.alliances.carriedForward ? `, carried forward to ${r.year}` : ''}): ${a} ${r.alliances.first.obligations.join('+') || 'none'}${r.alliances.first.partners.length ? ` with ${r.alliances.first.partners.join(',')}` : ''}; ${b} ${r.alliances.second.obligations.join('+') || 'none'}${r.alliances.second.partners.length ? ` with ${r.alliances.second.partners.join(',')}` : ''}; tilt ${num(f.allianceTilt)}`,
    `  status: NATO member ${r.status.natoMember ? 'yes' : 'no'}; US major non-NATO ally ${r.status.mnna ? `yes, since ${r.status.mnnaSince}` : 'no'}`,
    `  US troops (active duty, US only): ${r.troops.usActiveDuty ?? 'no data'}${r.troops.applicable ? ` (scale ${num(r.troops.scale, 2).replace('+', '')})` : ' (no pole holds the US: not counted)'}`,
    `  one-sided: US troops and MNNA status count in the engagement only, never in the position`,
    `  coverage: ${r.coverage}`,
    ...r.sources.map(
      (s) =>
        `  source: ${s.file} rows ${s.rows.slice(0, 8).join(', ')}${s.rows.length > 8 ? `, ... (${s.rows.length})` : ''}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

export const securityCommand: Command = {
  name: 'security',
  summary: 'The security dimension: arms imports, alliances, US troops and MNNA status between two poles',
  usage: ['security COUNTRY [--year Y] [--poles USA,CHN] [--json]'],
  help: [
    'Position in [-1, 1] from arms imports (SIPRI TIV over 5 years) and ATOP alliance ties with each pole;',
    'engagement adds US troops and major non-NATO ally status, which exist for the US only. ATOP ends in',
    '2018: later alliance figures are 2018 carried forward plus NATO accessions (flagged).',
    'Methods: docs/methods/security.md.',
  ].join('\n'),
  options: { ...formatOptions, year: { type: 'string' }, poles: { type: 'string' } },
  async run({ values, positionals, store, stdout }) {
    const format = outputFormat(values);
    if (format === 'csv')
      throw new InputError('security has no CSV form; use --json', { location: { field: 'csv' } });
    const s = await store();
    const country = countryArg(s, oneCountry(positionals), 'COUNTRY');
    const poles = parsePoles(values.poles === undefined ? 'USA,CHN' : String(values.poles), s.concordance);
    const cov = await securityCoverage(s);
    const last = Math.min(cov.arms.to, cov.troops.to);
    const year = yearFlag(values.year, 'year') ?? last;
    if (year < cov.arms.from || year > last)
      throw new InputError(`no security reading for ${year}: the data cover ${cov.arms.from}-${last}`, {
        location: { field: 'year' },
      });
    const r = await securityCountryYear(s, country.id, year, poles);
    if (!r)
      throw new InputError(`no security data for ${country.name} in ${year}`, {
        location: { field: 'COUNTRY' },
        kind: 'unknown',
        hint: 'no arms deliveries in the 5-year window and no troopdata row that year',
      });
    stdout(format === 'json' ? `${JSON.stringify(r, null, 2)}\n` : text(r, country.name));
    return 0;
  },
};
