import type { TextReport } from '../../claims/extract/types.js';

/** The report of `check --text` in words: each statement, its verdict and evidence, then what was not checked. */
export function renderTextReport(r: TextReport): string {
  const lines: string[] = [];
  lines.push(
    `${r.statements.length} checkable statement${r.statements.length === 1 ? '' : 's'} in ${r.sentences} sentence${r.sentences === 1 ? '' : 's'}` +
      `${r.subject ? `; about ${r.subject}` : ''}${r.date ? `; dated ${r.date}` : ''}`,
  );
  for (const n of r.notes) lines.push(`note: ${n}`);
  if (r.message) lines.push(r.message);
  for (const s of r.statements) {
    const v = s.verdict;
    lines.push(
      '',
      `${v.verdict.toUpperCase()}  [${s.type}] chars ${s.sentence.start}-${s.sentence.end}: "${s.cue.text}"`,
      `  sentence: ${s.sentence.text}`,
      `  ${v.summary}`,
      `  compared with: ${v.evidence.comparedWith}`,
      `  coverage: ${v.evidence.coverage}`,
      ...v.evidence.sources.map(
        (src) =>
          `  source: ${src.file}${src.rows.length ? ` rows ${src.rows.slice(0, 8).join(', ')}${src.rows.length > 8 ? ', ...' : ''}` : ''}${src.note ? ` (${src.note})` : ''}`,
      ),
      `  claim: ${JSON.stringify(s.claim)}`,
      ...s.assumptions.map((a) => `  assumed: ${a}`),
      ...s.alsoIn.map((o) => `  also in chars ${o.start}-${o.end}: ${o.text}`),
    );
  }
  if (r.unchecked.length) {
    lines.push('', 'Not checked:');
    for (const u of r.unchecked)
      lines.push(`  [${u.type}] chars ${u.sentence.start}-${u.sentence.end} "${u.cue.text}": ${u.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
