/** The four verdicts a check can give. */
export const verdicts = ['supported', 'partly supported', 'not supported', 'not checkable'] as const;
export type VerdictKind = (typeof verdicts)[number];

/** How a summary opens for each verdict. */
export const verdictWords: Record<VerdictKind, string> = {
  supported: 'Supported',
  'partly supported': 'Partly supported',
  'not supported': 'Not supported',
  'not checkable': 'Not checkable',
};

/** Where a figure came from: a publisher file and the rows of it that were used. */
export interface SourceRef {
  /** Publisher file, as in the snapshot manifest's inputs (e.g. `trade/imf_dots_...csv.gz`). */
  file: string;
  /** 1-based lines (or record positions) of that file; empty when the figure sums a whole table. */
  rows: number[];
  note?: string;
}

export interface Evidence {
  /** The figures the verdict rests on, named. */
  figures: Record<string, number | string | boolean | null>;
  /** What the stated claim was compared with, in words. */
  comparedWith: string;
  /** The data's reach: years covered, latest year, who is covered. */
  coverage: string;
  sources: SourceRef[];
}

export interface Verdict {
  id: string;
  type: string;
  statement: string | null;
  verdict: VerdictKind;
  /** One or two sentences a journalist could quote, with the caveats. */
  summary: string;
  evidence: Evidence;
}

/** A verdict as one flat row (CSV): the sources as `file:row row; file`. */
export function verdictRow(v: Verdict) {
  return {
    id: v.id,
    type: v.type,
    verdict: v.verdict,
    statement: v.statement ?? '',
    summary: v.summary,
    sources: v.evidence.sources
      .map((s) => `${s.file}${s.rows.length ? `:${s.rows.join(' ')}` : ''}`)
      .join('; '),
  };
}
