/**
 * The kind of a foreign leader's visit to the US, read from the Office of the Historian's free-text
 * description ("State Visit.", "Official working visit. Private visit to New York City afterward.",
 * "Attended the U.S.-Africa Leaders' Summit."). The description itself is always kept beside it.
 *
 * Rule: every phrase below is searched for (case-insensitive, on word boundaries); the phrase that
 * starts EARLIEST in the description decides, because the Historian leads with the visit's category
 * and mentions side trips after it ("State visit. Private visit to New York City afterwards." is a
 * state visit; "Private visit. Delivered a message ... postponing a state visit" is a private one).
 * On a tie of position the longer phrase wins ("official working visit" over "official ...").
 * No phrase at all: `other`.
 */
export const visitTypes = [
  'state',
  'official',
  'official-working',
  'working',
  'private',
  'summit',
  'other',
] as const;
export type VisitType = (typeof visitTypes)[number];

interface Phrase {
  type: VisitType;
  re: RegExp;
  /** What the phrase is, for the documentation and the tests. */
  covers: string;
}

/** The phrases, documented in docs/methods/visits.md; each is tested on real descriptions. */
export const visitTypePhrases: readonly Phrase[] = [
  { type: 'state', re: /\bstate visit\b/i, covers: '"State Visit.", "Official State visit."' },
  {
    type: 'official-working',
    re: /\boffici?al[ -]working visit\b/i,
    covers: '"Official Working Visit.", "Official working visit to Washington."',
  },
  {
    type: 'official',
    re: /\boffici?al visit\b/i,
    covers: '"Official visit.", "Offical Visit." (misspelt); never "unofficial visit"',
  },
  {
    type: 'working',
    re: /\b(?:(?:informal|private) )?working visit\b/i,
    covers: '"Working visit.", "Informal working visit.", "Private working visit ..."',
  },
  {
    type: 'private',
    re: /\b(?:private|informal|unofficial|incognito) visit\b/i,
    covers: '"Private visit.", "Informal visit.", "Unofficial visit", "... during a private visit."',
  },
  {
    type: 'summit',
    re: /\bsummit\b|\bconference\b|\bG-?(?:7|8|20)\b|\bAPEC\b|\bU\.? ?N\.? General Assembly\b|\bUnited Nations General Assembly\b|\bGeneral Assembly of the United Nations\b|\bUN General\s+Assembly\b|\bC5\+1\b|\bCARICOM\b|\bleaders'? (?:meeting|dialogue)\b|\bheads of (?:state|government)\b/i,
    covers:
      'multilateral meetings: "... Summit ...", "... Conference ...", G-7/G-8/G-20, APEC, CARICOM, heads of government meetings, meetings at the UN General Assembly',
  },
];

export interface VisitTypeReading {
  type: VisitType;
  /** The words of the description that decided, or null for `other`. */
  matched: string | null;
}

/** The visit type a description states (see the module comment for the rule). */
export function readVisitType(description: string): VisitTypeReading {
  let best: { type: VisitType; index: number; text: string } | null = null;
  for (const p of visitTypePhrases) {
    const m = p.re.exec(description);
    if (!m) continue;
    if (!best || m.index < best.index || (m.index === best.index && m[0].length > best.text.length)) {
      best = { type: p.type, index: m.index, text: m[0] };
    }
  }
  return best ? { type: best.type, matched: best.text } : { type: 'other', matched: null };
}
