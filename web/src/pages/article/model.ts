// The "Check an article" page's pure parts: the text cut into highlighted segments, and the share
// link that carries a short text in the URL. No DOM, no fetch: tested in web/test/unit/pages/article.
import type { TextReport } from '../../../../src/api/types';

/** Texts up to this many characters travel in the link; longer ones would make it unwieldy. */
const maxSharedChars = 2000;

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The statement (by id) or unchecked entry (by index) this stretch belongs to, if any. */
  statement?: string;
  unchecked?: number;
  verdict?: string;
}

/**
 * The text as consecutive segments: the sentences with a checked statement (and the others that
 * state the same claim), then those only listed as unchecked, the rest plain. Overlaps keep the first.
 */
export function segments(text: string, report: TextReport): Segment[] {
  const marks: Segment[] = [];
  for (const s of report.statements) {
    for (const at of [s.sentence, ...s.alsoIn]) {
      marks.push({ start: at.start, end: at.end, text: '', statement: s.id, verdict: s.verdict.verdict });
    }
  }
  report.unchecked.forEach((u, i) => {
    marks.push({ start: u.sentence.start, end: u.sentence.end, text: '', unchecked: i });
  });
  marks.sort((a, b) => a.start - b.start || (a.statement ? -1 : 1));
  const out: Segment[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at || m.end > text.length) continue;
    if (m.start > at) out.push({ start: at, end: m.start, text: text.slice(at, m.start) });
    out.push({ ...m, text: text.slice(m.start, m.end) });
    at = m.end;
  }
  if (at < text.length) out.push({ start: at, end: text.length, text: text.slice(at) });
  return out;
}

/** base64url of the UTF-8 text, for the `t` parameter of the page's link; null when too long. */
export function shareParam(text: string): string | null {
  if (text.length === 0 || text.length > maxSharedChars) return null;
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text a `t` parameter carries, or null when it is not one (never throws on a bad link). */
export function sharedText(param: string | null): string | null {
  if (!param) return null;
  try {
    const bin = atob(param.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.length <= maxSharedChars ? text : null;
  } catch {
    return null;
  }
}
