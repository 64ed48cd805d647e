import { InputError } from '../errors.js';
import { investorShares, stakeTilt } from '../measures/investment/stakeTilt.js';
import type { Pole } from '../poles/pole.js';
import {
  type InvestmentPosition,
  investmentCoverage,
  investmentPositions,
  investmentSourceFile,
} from '../store/investment.js';
import type { Store } from '../store/open.js';

/**
 * Who holds direct investment in a country: the outward positions of the investor economies the
 * IMF file covers (US, China, Germany, Japan, Singapore), reported by the investor (basis reported)
 * beside the IMF's counterpart-derived figure (basis derived), never mixed; and the tilt between two
 * poles on reported positions, where both poles report (docs/methods/investment.md).
 */
export interface InvestorPosition {
  investor: string;
  investorName: string;
  /** Reported by the investor economy (DIP DV_TYPE O), US$ millions; null when not published. */
  reportedUsdMn: number | null;
  reportedLine: number | null;
  /** Derived by the IMF from the counterpart's inward data (SCC), US$ millions; null when not published. */
  derivedUsdMn: number | null;
  derivedLine: number | null;
  /** Share of the positive reported positions of the investors that report; null when it reports none. */
  reportedShare: number | null;
}

export interface InvestmentTilt {
  first: string;
  second: string;
  firstUsdMn: number;
  secondUsdMn: number;
  /** (second - first) / (second + first) of the stakes (negative positions count as zero), in [-1, 1]. */
  position: number | null;
  clipped: boolean;
  basis: 'reported';
}

export interface InvestmentSeriesRow {
  year: number;
  investor: string;
  reportedUsdMn: number | null;
  derivedUsdMn: number | null;
}

export interface InvestmentProfile {
  country: string;
  countryName: string;
  year: number;
  poles: [string, string];
  investors: InvestorPosition[];
  tilt: InvestmentTilt | null;
  /** Why there is no tilt, when there is none. */
  tiltNote: string | null;
  series: InvestmentSeriesRow[];
  coverage: { from: number; to: number; investors: string[] };
  source: { publisher: string; file: string; unit: string };
  notes: string[];
}

export const investmentSource = {
  publisher: 'IMF, Direct Investment Positions (DIP)',
  file: investmentSourceFile,
  unit: 'US$ millions, net outward position at year end, immediate counterpart',
};

const byYearInvestor = (rows: readonly InvestmentPosition[]) => {
  const out = new Map<string, { reported?: InvestmentPosition; derived?: InvestmentPosition }>();
  for (const r of rows) {
    const key = `${r.year}|${r.investor}`;
    const e = out.get(key) ?? {};
    e[r.basis] = r;
    out.set(key, e);
  }
  return out;
};

/** The pole's investor id when it is one economy the file covers; otherwise null. */
function investorOf(pole: Pole, investors: readonly string[]): string | null {
  return pole.kind === 'country' && investors.includes(pole.id) ? pole.id : null;
}

export async function investmentProfile(
  store: Store,
  country: string,
  options: { year?: number; poles: readonly [Pole, Pole] },
): Promise<InvestmentProfile> {
  const coverage = await investmentCoverage(store);
  const rows = (await investmentPositions(store)).get(country) ?? [];
  const name = store.concordance.get(country)?.name ?? country;
  if (options.year !== undefined && (options.year < coverage.from || options.year > coverage.to)) {
    throw new InputError(
      `year must be from ${coverage.from} to ${coverage.to} (IMF DIP coverage), got ${options.year}`,
      { location: { field: 'year' } },
    );
  }
  const valued = rows.filter((r) => r.valueUsdMn !== null);
  const year = options.year ?? (valued.length ? Math.max(...valued.map((r) => r.year)) : coverage.to);
  const cells = byYearInvestor(rows);
  const reportedThisYear = coverage.investors.map((inv) => ({
    investor: inv,
    value: cells.get(`${year}|${inv}`)?.reported?.valueUsdMn ?? null,
  }));
  const shares = investorShares(reportedThisYear);
  const investors: InvestorPosition[] = coverage.investors.map((inv) => {
    const c = cells.get(`${year}|${inv}`) ?? {};
    return {
      investor: inv,
      investorName: store.concordance.get(inv)?.name ?? inv,
      reportedUsdMn: c.reported?.valueUsdMn ?? null,
      reportedLine: c.reported?.sourceLine ?? null,
      derivedUsdMn: c.derived?.valueUsdMn ?? null,
      derivedLine: c.derived?.sourceLine ?? null,
      reportedShare: shares.get(inv) ?? null,
    };
  });
  const [p1, p2] = options.poles;
  const a = investorOf(p1, coverage.investors);
  const b = investorOf(p2, coverage.investors);
  let tilt: InvestmentTilt | null = null;
  let tiltNote: string | null = null;
  if (!a || !b) {
    tiltNote = `the IMF file covers the outward positions of ${coverage.investors.join(', ')} only; ${[p1, p2]
      .filter((p) => !investorOf(p, coverage.investors))
      .map((p) => p.id)
      .join(' and ')} is not one of them`;
  } else {
    const va = cells.get(`${year}|${a}`)?.reported?.valueUsdMn ?? null;
    const vb = cells.get(`${year}|${b}`)?.reported?.valueUsdMn ?? null;
    const t = stakeTilt(va, vb);
    if (!t || va === null || vb === null) {
      tiltNote = `no tilt in ${year}: ${[va === null ? a : null, vb === null ? b : null].filter(Boolean).join(' and ')} reports no position in ${country}`;
    } else {
      tilt = {
        first: a,
        second: b,
        firstUsdMn: va,
        secondUsdMn: vb,
        position: t.position,
        clipped: t.clipped,
        basis: 'reported',
      };
    }
  }
  const series: InvestmentSeriesRow[] = [];
  for (let y = coverage.from; y <= coverage.to; y++) {
    for (const inv of coverage.investors) {
      const c = cells.get(`${y}|${inv}`);
      if (!c) continue;
      series.push({
        year: y,
        investor: inv,
        reportedUsdMn: c.reported?.valueUsdMn ?? null,
        derivedUsdMn: c.derived?.valueUsdMn ?? null,
      });
    }
  }
  return {
    country,
    countryName: name,
    year,
    poles: [p1.id, p2.id],
    investors,
    tilt,
    tiltNote,
    series,
    coverage,
    source: investmentSource,
    notes: [
      `IMF DIP ${coverage.from}-${coverage.to}: outward positions of ${coverage.investors.join(', ')} only (no other investor economy is in the file).`,
      "Reported = declared by the investor economy; derived = computed by the IMF from the counterpart economy's inward data. They are never added or mixed; the tilt uses reported positions only.",
      'Positions are by immediate counterpart: investment routed through Hong Kong, Singapore, the Netherlands or offshore centres counts for those, which understates Chinese and US ultimate ownership alike.',
      'An empty cell is not published by the IMF (missing, never zero); a negative position (net disinvestment) counts as no stake in the tilt.',
    ],
  };
}
