import type { ImfObservation } from '../../sources/imfSdmxCsv/parseImfSdmxCsv.js';
import { parseImfSdmxCsv } from '../../sources/imfSdmxCsv/parseImfSdmxCsv.js';
import { investmentBasis, investmentPositionsTable } from '../../store/investmentTables.js';
import type { CellValue } from '../../store/table.js';
import type { DatasetBuilder } from '../dataset.js';

export const dipOutwardFile =
  'finance/imf_dip_outward_direct_investment_positions_usa_chn_deu_jpn_sgp_2014_2024.csv';

/** The DIP indicator of the file: outward direct investment, net (assets less liabilities), all instruments. */
export const dipOutwardIndicator = 'OTWD_D_NETAL_FALL_ALL';

export const investmentDataset: DatasetBuilder = {
  id: 'investment',
  title: 'Outward direct investment positions of the US, China, Germany, Japan and Singapore by counterpart',
  publisher: 'International Monetary Fund, Direct Investment Positions (DIP, successor of CDIS)',
  version:
    'IMF.STA DIP 12.0.1, annual 2014-2024, US$ millions, bulk CSV via ZhengXinning/dse3101-tariffied d8f6abd',
  license: 'IMF data terms (https://www.imf.org/external/terms.htm)',
  inputs: [{ path: dipOutwardFile, url: 'https://data.imf.org/en/datasets/IMF.STA:DIP' }],
  dependsOn: ['countries'],
  async build(ctx) {
    const table = parseImfSdmxCsv(await ctx.readText(dipOutwardFile), dipOutwardFile, ctx.concordance, {
      indicators: [dipOutwardIndicator],
      undeclaredScale: 'keep',
      dvTypes: ['O', 'SCC'],
    });
    const obs = table.observations;
    const rows = await ctx.writeTable(investmentPositionsTable, investmentRows(obs, dipOutwardFile));
    const valued = obs.filter((o) => o.valueUsdMn !== null);
    const noScale = obs.filter((o) => o.scale === null);
    const empty = obs.filter((o) => o.published === '');
    const years = obs.map((o) => o.year);
    const counterparts = new Set(
      obs.filter((o) => o.counterpartKind === 'country').map((o) => o.counterpart),
    );
    const groups = new Set(obs.filter((o) => o.counterpartKind === 'group').map((o) => o.counterpart));
    const byBasis = (b: string) => valued.filter((o) => o.dvType === b).length;
    ctx.log(`investment: ${rows} positions, ${valued.length} with a value`);
    return {
      coverage: { from: Math.min(...years), to: Math.max(...years), countries: counterparts.size },
      notes: [
        `${rows} rows: ${byBasis('O')} values reported by the investor economy (basis reported, DV_TYPE O) and ${byBasis('SCC')} derived by the IMF from counterpart economies' inward data (basis derived, SCC); the two are never mixed.`,
        `Positions are net (assets less liabilities), US$ millions, immediate counterpart (not ultimate investor): investment routed through Hong Kong, Singapore, the Netherlands or Caribbean centres counts for those.`,
        `${empty.length} rows have no published value (kept, value null: missing, never zero); ${table.emptySeriesLines.length} series rows without any observation were skipped (lines ${table.emptySeriesLines.slice(0, 5).join(', ')}${table.emptySeriesLines.length > 5 ? ', ...' : ''}).`,
        `${noScale.length} rows declare no scale (${[...new Set(noScale.map((o) => `${o.reporter}->${o.counterpartCode}`))].join(', ')}, lines ${noScale.map((o) => o.line).join(', ')}): their magnitudes (e.g. 214396019) are inconsistent with the file's millions, so value is null and the published text is kept.`,
        `${groups.size} IMF group codes (${[...groups].slice(0, 6).join(', ')}, ...) are kept as counterpart_kind 'group', never countries. Negative positions (net disinvestment) are kept as published.`,
        'Inward positions (the companion file) are not read: the bearing uses what each pole holds in a country.',
      ],
    };
  },
};

// Parser records to table rows: here, where the build meets the parsers, so the store never imports one.
function* investmentRows(
  observations: readonly ImfObservation[],
  file: string,
): Generator<readonly CellValue[]> {
  for (const o of observations) {
    if (o.reporterKind !== 'country') continue;
    yield [
      o.reporter,
      o.counterpart,
      o.counterpartKind,
      o.year,
      investmentBasis[o.dvType ?? 'O'],
      o.valueUsdMn,
      o.published,
      o.scale,
      file,
      o.line,
    ];
  }
}
