/**
 * Weight of a contact by the level of the person who moves: the pole's leader going abroad (out) or
 * the foreign visitor received (in). The same scale for both poles: a head of state or government
 * ranks with the US president's trip or a state visit (5), a foreign minister with the secretary of
 * state's trip (2), anyone else (vice-presidents, ministers of other portfolios, party leaders,
 * speakers) with the lowest protocol level (1). An ordinal convention, not a measured ratio.
 */
export const levelWeights = { head: 5, 'foreign-minister': 2, other: 1 } as const;

/** Days a stay may pause between two recorded days and still be one visit (rows are per day). */
export const stayGapDays = 3;
