import { InputError, type InputLocation } from '../errors.js';
import { currencyCode } from './currency.js';

/**
 * Annual average exchange rates, in units of the currency per US dollar, for the currencies the
 * loan records need (docs/data/finance.md, "Exchange rates"). Each currency names its source; the
 * table is data, reviewed by hand, and a year it lacks is an error, never a guess.
 */
export interface UsdRateSeries {
  /** Where the figures come from. */
  source: string;
  /** True when the figures were checked here against a stored copy of the source file. */
  verified: boolean;
  /** Year -> currency units per US dollar (annual average). */
  rates: Readonly<Record<number, number>>;
}

/** US Federal Reserve H.10/G.5A annual averages, as republished by datasets/exchange-rates (data/annual.csv, commit 6ce89dd2). */
const fedH10 =
  'US Federal Reserve, H.10/G.5A Foreign Exchange Rates, annual averages (via github.com/datasets/exchange-rates data/annual.csv, commit 6ce89dd2)';

/** IMF International Financial Statistics, period-average rate (rf), transcribed; not checked against a stored file. */
const imfIfs = 'IMF International Financial Statistics, annual period-average rate (rf), transcribed';

function series(source: string, verified: boolean, from: number, values: readonly number[]): UsdRateSeries {
  const rates: Record<number, number> = {};
  values.forEach((v, i) => {
    if (Number.isFinite(v)) rates[from + i] = v;
  });
  return { source, verified, rates };
}

function constant(source: string, from: number, to: number, value: number): UsdRateSeries {
  return series(
    source,
    true,
    from,
    Array.from({ length: to - from + 1 }, () => value),
  );
}

/** SDR per US dollar, inverted from US dollars per SDR (IMF, annual average), 1984-2023. */
const usdPerSdr = [
  1.025, 1.0153, 1.1732, 1.2931, 1.3439, 1.2818, 1.3568, 1.3682, 1.4084, 1.3963, 1.4317, 1.517, 1.4518, 1.376,
  1.3565, 1.3673, 1.3188, 1.273, 1.2948, 1.4009, 1.481, 1.4773, 1.4712, 1.5303, 1.577, 1.5415, 1.5227, 1.5755,
  1.5307, 1.5167, 1.5178, 1.3929, 1.3945, 1.3917, 1.4303, 1.3828, 1.3931, 1.4243, 1.3418, 1.3344,
];
const sdr = series(
  `${imfIfs}: US dollars per SDR, inverted`,
  false,
  1984,
  usdPerSdr.map((v) => 1 / v),
);

/** European Currency Unit, US dollars per ECU (Eurostat annual average), inverted; 1 ECU became 1 euro on 1999-01-01. */
const usdPerEcu = [
  0.8902, 0.789, 0.7631, 0.9842, 1.1544, 1.1825, 1.1017, 1.2732, 1.2393, 1.2976, 1.171, 1.1895, 1.308, 1.2698,
  1.134, 1.1211,
];
const euroFed = [
  0.9387, 1.0832, 1.1171, 1.0578, 0.8833, 0.804, 0.8033, 0.796, 0.7293, 0.6791, 0.7176, 0.7541, 0.7178,
  0.7777, 0.753, 0.752, 0.9012, 0.9032, 0.8849, 0.8462, 0.8933, 0.8764, 0.8453, 0.9493, 0.9245, 0.9242,
];

export const usdRates: Readonly<Record<string, UsdRateSeries>> = {
  USD: constant('the US dollar itself', 1900, 2100, 1),
  EUR: {
    source: `${fedH10} from 1999; before 1999 the ECU (1 ECU = 1 euro at the changeover), Eurostat annual averages, transcribed`,
    verified: false,
    rates: {
      ...series(
        '',
        false,
        1983,
        usdPerEcu.map((v) => 1 / v),
      ).rates,
      ...series('', true, 1999, euroFed).rates,
    },
  },
  JPY: series(
    fedH10,
    true,
    1983,
    [
      237.5535, 237.4622, 238.4673, 168.3496, 144.6023, 128.1742, 138.0738, 144.9987, 134.5909, 126.7801,
      111.0755, 102.179, 93.9649, 108.78, 121.0581, 130.9892, 113.7342, 107.804, 121.568, 125.2204, 115.9387,
      108.1508, 110.1069, 116.3121, 117.7623, 103.3906, 93.6827, 87.7817, 79.6967, 79.818, 97.5971, 105.7398,
      121.0491, 108.6569, 112.0986, 110.3974, 109.0188, 106.7754, 109.8429, 131.4589, 140.5001, 151.4551,
    ],
  ),
  CNY: series(
    fedH10,
    true,
    1983,
    [
      1.981, 2.3303, 2.9434, 3.4616, 3.7314, 3.7314, 3.7673, 4.7921, 5.3337, 5.5206, 5.7795, 8.6397, 8.37,
      8.3389, 8.3193, 8.3008, 8.2783, 8.2784, 8.277, 8.2771, 8.2772, 8.2768, 8.1936, 7.9723, 7.6058, 6.9477,
      6.8307, 6.7696, 6.463, 6.3093, 6.1478, 6.162, 6.2827, 6.64, 6.7569, 6.609, 6.9081, 6.9042, 6.4508,
      6.729, 7.0809, 7.1957,
    ],
  ),
  CHF: series(
    fedH10,
    true,
    1983,
    [
      2.1007, 2.35, 2.4552, 1.7979, 1.4918, 1.4643, 1.6369, 1.3901, 1.4356, 1.4064, 1.4781, 1.3667, 1.1812,
      1.2361, 1.4514, 1.4506, 1.5045, 1.6904, 1.6891, 1.5567, 1.345, 1.2428, 1.2459, 1.2532, 1.1999, 1.0816,
      1.086, 1.0432, 0.8862, 0.9377, 0.9269, 0.9147, 0.9628, 0.9848, 0.9842, 0.9784, 0.9937, 0.9389, 0.9144,
      0.955, 0.8984, 0.8808,
    ],
  ),
  DKK: series(
    fedH10,
    true,
    1983,
    [
      9.1484, 10.3541, 10.5983, 8.0955, 6.8478, 6.7412, 7.321, 6.1899, 6.4038, 6.0372, 6.4863, 6.3561, 5.5999,
      5.8003, 6.6092, 6.703, 6.99, 8.0953, 8.3323, 7.8862, 6.5774, 5.9891, 5.9953, 5.9422, 5.4413, 5.0885,
      5.3574, 5.6265, 5.3535, 5.7922, 5.617, 5.6151, 6.7263, 6.7276, 6.5957, 6.3131, 6.6703, 6.543, 6.2897,
      7.0786, 6.89, 6.8955,
    ],
  ),
  SEK: series(
    fedH10,
    true,
    1983,
    [
      7.6718, 8.2708, 8.6032, 7.1273, 6.3469, 6.137, 6.4559, 5.9231, 6.0521, 5.8258, 7.7956, 7.7161, 7.1406,
      6.7082, 7.6447, 7.9522, 8.274, 9.1735, 10.3425, 9.7233, 8.0787, 7.348, 7.471, 7.3718, 6.755, 6.5846,
      7.6539, 7.2053, 6.4878, 6.7721, 6.5124, 6.8576, 8.435, 8.5541, 8.543, 8.6945, 9.4604, 9.2167, 8.5812,
      10.1177, 10.6089, 10.5744,
    ],
  ),
  KRW: series(
    fedH10,
    true,
    1983,
    [
      776.0494, 807.9294, 872.4466, 884.5968, 826.1587, 734.5231, 674.1286, 710.644, 736.7331, 784.6608,
      805.7516, 806.9319, 772.6853, 804.9968, 953.1904, 1400.4036, 1189.8361, 1130.8975, 1292.0149, 1250.314,
      1192.0817, 1145.2364, 1023.7492, 954.321, 928.9717, 1098.7061, 1274.6252, 1155.7389, 1106.94, 1126.1621,
      1094.6749, 1052.2924, 1130.9603, 1159.3422, 1129.0435, 1099.2926, 1165.8016, 1180.5554, 1144.8911,
      1291.7796, 1306.7637, 1363.4381,
    ],
  ),
  INR: series(
    fedH10,
    true,
    1983,
    [
      10.1041, 11.3465, 12.3318, 12.5967, 12.9469, 13.8995, 16.2131, 17.4922, 22.7116, 28.1558, 31.2911,
      31.3939, 32.4181, 35.506, 36.3645, 41.3561, 43.1274, 44.9975, 47.22, 48.6257, 46.5908, 45.261, 44.0002,
      45.1861, 41.1774, 43.3859, 48.3324, 45.6507, 46.5782, 53.3743, 58.5149, 60.9953, 64.1073, 67.1572,
      65.0659, 68.3734, 70.3777, 74.1429, 73.9351, 78.5792, 82.5708, 83.6566,
    ],
  ),
  CAD: series(
    fedH10,
    true,
    1983,
    [
      1.2325, 1.2952, 1.3659, 1.3896, 1.3259, 1.2306, 1.1842, 1.1668, 1.146, 1.2085, 1.2902, 1.3664, 1.3725,
      1.3638, 1.3849, 1.4836, 1.4858, 1.4855, 1.5487, 1.5704, 1.4008, 1.3017, 1.2115, 1.134, 1.0734, 1.066,
      1.1412, 1.0298, 0.9887, 0.9995, 1.03, 1.1043, 1.2791, 1.3243, 1.2984, 1.2957, 1.3269, 1.3422, 1.2533,
      1.3014, 1.3494, 1.3699,
    ],
  ),
  /** Pound sterling: US dollars per pound (Fed H.10, annual), inverted; only the years the records need. */
  GBP: {
    source: `${fedH10.split(' (via')[0]}: US dollars per pound, inverted, transcribed (the republished file omits sterling)`,
    verified: false,
    rates: Object.fromEntries(
      (
        [
          [1983, 1.5159],
          [2004, 1.833],
          [2005, 1.8204],
          [2006, 1.8434],
          [2007, 2.002],
          [2008, 1.8545],
          [2009, 1.5661],
          [2010, 1.5452],
          [2011, 1.6043],
          [2022, 1.2369],
          [2023, 1.2435],
        ] as const
      ).map(([y, v]) => [y, 1 / v]),
    ),
  },
  /** Kuwaiti dinar per US dollar (IMF IFS rf); only the years the records need. */
  KWD: {
    source: imfIfs,
    verified: false,
    rates: { 2007: 0.2843, 2010: 0.2866, 2012: 0.28, 2018: 0.3029, 2022: 0.3063, 2023: 0.3071 },
  },
  /** Saudi riyal: pegged at 3.75 per US dollar since June 1986 (Saudi Central Bank). */
  SAR: constant('Saudi Central Bank peg, 3.75 riyals per US dollar (since June 1986)', 1987, 2030, 3.75),
  /** UAE dirham: pegged at 3.6725 per US dollar since November 1997 (Central Bank of the UAE). */
  AED: constant('Central Bank of the UAE peg, 3.6725 dirhams per US dollar (since 1997)', 1998, 2030, 3.6725),
  XDR: sdr,
};

/**
 * Publisher codes that are not ISO 4217 but stand for a currency or unit with a rate here:
 * the African Development Bank's unit of account equals one SDR (AfDB Agreement, art. 5).
 */
const unitAliases: Readonly<Record<string, string>> = { AUA: 'XDR', UA: 'XDR' };

/** Units of `currency` per US dollar, annual average of `year`; an unknown currency or a missing year is an InputError. */
export function unitsPerUsd(
  currency: string,
  year: number,
  location: InputLocation = { field: 'currency' },
): number {
  const raw = currency.trim().toUpperCase();
  const code = unitAliases[raw] ?? currencyCode(raw, location);
  const s = usdRates[code];
  if (!s) {
    throw new InputError(`no exchange-rate table for ${code}`, {
      location,
      hint: `rates are tabled for ${Object.keys(usdRates).join(', ')} (src/currencies/usdRates.ts)`,
    });
  }
  if (!Number.isInteger(year)) {
    throw new InputError(`year must be an integer, got ${year}`, { location });
  }
  const rate = s.rates[year];
  if (rate === undefined) {
    const years = Object.keys(s.rates).map(Number);
    throw new InputError(`no ${code} exchange rate for ${year}`, {
      location,
      hint: `the table has ${code} for ${years.length > 12 ? `${Math.min(...years)}-${Math.max(...years)}` : years.join(', ')}; add the year with its source to src/currencies/usdRates.ts`,
    });
  }
  return rate;
}

/** `amount` of `currency` in US dollars at the annual average rate of `year`. */
export function toUsd(amount: number, currency: string, year: number, location?: InputLocation): number {
  return amount / unitsPerUsd(currency, year, location);
}

/** Every tabled rate, for the snapshot's fx table and the docs. */
export function* rateRows(): Generator<{
  currency: string;
  year: number;
  unitsPerUsd: number;
  source: string;
  verified: boolean;
}> {
  for (const [currency, s] of Object.entries(usdRates)) {
    if (currency === 'USD') continue;
    const ecuYears = currency === 'EUR';
    for (const [y, rate] of Object.entries(s.rates)) {
      const year = Number(y);
      const beforeEuro = ecuYears && year < 1999;
      yield {
        currency,
        year,
        unitsPerUsd: rate,
        source: ecuYears
          ? beforeEuro
            ? 'ECU (1 ECU = 1 euro), Eurostat annual average, transcribed'
            : fedH10
          : s.source,
        verified: ecuYears ? !beforeEuro : s.verified,
      };
    }
  }
}
