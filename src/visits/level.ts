// Titles the Historian's visitor names begin with that mark a head of state or government. The
// record is of leaders' visits; a president-elect, a crown prince, a vice premier, a general or a
// party chairman is not (yet) one, and counts at the lowest level, as a Chinese record's "other".
export const historianHeadTitles: readonly string[] = [
  'president',
  'prime minister',
  'king',
  'queen',
  'chancellor',
  'emir',
  'premier',
  'shah',
  'emperor',
  'sultan',
  'governor general',
  'grand duke',
  'grand duchess',
  'taoiseach',
  'chief of state',
  'head of state',
  'pope',
  'regent',
];
