import { parseAtop } from '../../sources/atop/parseAtop.js';
import { aggregateArms, registerFrom } from '../../sources/sipri/aggregate.js';
import { decodeSipri } from '../../sources/sipri/decode.js';
import { parseSipriRegister } from '../../sources/sipri/parseRegister.js';
import { parseSipriTidy } from '../../sources/sipri/parseTidy.js';
import { parseTroops } from '../../sources/troopdata/parseTroops.js';
import { armsTransfersTable, atopTable, usTroopsTable } from '../../store/securityTables.js';
import type { DatasetBuilder } from '../dataset.js';
import { armsRows, atopRows, troopRows } from './securityRows.js';

export const securityFiles = {
  register: 'security/sipri_arms_transfers_register_deliveries_1995_2025.csv',
  tidy: 'security/sipri_tiv_exports_by_supplier_recipient_year_1950_2021_360info.csv',
  troops: 'security/us_troops_abroad_country_year_1950_2024.csv',
  atop: 'security/atop5_alliances_directed_dyad_year_1815_2018.csv.gz',
} as const;

export const securityDataset: DatasetBuilder = {
  id: 'security',
  title: 'Security: SIPRI arms transfers (aggregates), US troops abroad, ATOP alliance obligations',
  publisher:
    'SIPRI Arms Transfers Database (register export of 12 Feb 2026; 360info tidy table); US DoD DMDC via troopdata (Allen, Flynn, Machain); ATOP 5 (Leeds et al.) via peacesciencer',
  version:
    'SIPRI register deliveries 1995-2024 (generated 12 Feb 2026, nagehanrdogan bdf78c6); 360info sipri-exports-processed 1950-2021 (e00d2d3); troopdata rebuild 1950-2024 (meflynn 3946bcf); ATOP 5 directed dyad-years 1815-2018 (peacesciencer fe150a2)',
  license:
    'SIPRI: use with citation ("Source: SIPRI Arms Transfers Database"); reproducing more than 10% needs permission, so only supplier x recipient x year aggregates are stored. 360info work CC BY 4.0. troopdata GPL >= 3 (DoD data public domain). ATOP via peacesciencer GPL-2; cite ATOP',
  inputs: [
    { path: securityFiles.register, url: 'https://armstransfers.sipri.org/' },
    { path: securityFiles.tidy, url: 'https://github.com/360-info/report-arms-trade' },
    { path: securityFiles.troops, url: 'https://github.com/meflynn/troopdata' },
    { path: securityFiles.atop, url: 'http://www.atopdata.org/' },
  ],
  dependsOn: ['countries'],
  async build(ctx) {
    const decoded = decodeSipri(await ctx.readBytes(securityFiles.register));
    const register = parseSipriRegister(decoded.text, securityFiles.register);
    const tidy = parseSipriTidy(await ctx.readText(securityFiles.tidy), securityFiles.tidy);
    const arms = aggregateArms(
      { file: securityFiles.tidy, rows: tidy },
      { file: securityFiles.register, rows: register },
      ctx.concordance,
    );
    await ctx.writeTable(armsTransfersTable, armsRows(arms.rows));
    const troops = parseTroops(await ctx.readText(securityFiles.troops), securityFiles.troops);
    const troopTable = troopRows(troops, securityFiles.troops, ctx.concordance);
    await ctx.writeTable(usTroopsTable, troopTable);
    const atop = parseAtop(await ctx.readText(securityFiles.atop), securityFiles.atop);
    const atopStored = await ctx.writeTable(atopTable, atopRows(atop, ctx.concordance));
    ctx.log(
      `security: ${register.length} register lines and ${tidy.length} tidy rows -> ${arms.rows.length} aggregates; ${troops.length} troop rows; ${atopStored} ATOP dyad-years with an obligation`,
    );
    const years = arms.rows.map((a) => a.year);
    const states = new Set(arms.rows.filter((a) => a.recipientKind === 'state').map((a) => a.recipient));
    const nonState = arms.rows.filter((a) => a.recipientKind !== 'state' || a.supplierKind !== 'state');
    const territories = troopTable.filter((r) => r[2] === 'territory').length;
    return {
      coverage: {
        from: Math.min(...years, ...troops.map((t) => t.year)),
        to: Math.max(...years, ...troops.map((t) => t.year)),
        countries: states.size,
      },
      notes: [
        `Seam: arms years before ${registerFrom} from the 360info tidy table (${tidy.length - arms.tidyDropped} rows used, ${arms.tidyDropped} rows of ${registerFrom}-2021 left out), years from ${registerFrom} from the register's ${register.length} delivery lines summed by supplier, recipient and delivery year (register read as ${decoded.encoding}).`,
        'Only supplier x recipient x year aggregates are stored (SIPRI terms); each keeps source_line (its first register line) and source_lines (how many lines were summed).',
        `${arms.registerEmptyTiv} register lines have an empty TIV (no deliveries identified): counted in source_lines, adding nothing; an aggregate of only such lines has tiv null.`,
        `${nonState.length} aggregates involve an armed group (*), an organisation (**) or an unknown party: kept under SIPRI's name with their kind, never resolved to a state.`,
        `US troops: ${troops.length} troopdata rows; ${territories} place-years are territories (no state). Two spellings of one state-year are summed. Active duty only.`,
        `ATOP: ${atop.line.length} directed dyad-years read, ${atopStored} with at least one obligation stored; the data end in 2018 (later years: see docs/methods/security.md).`,
        'States whose code changed: Soviet Union (SUN) to 1991, Czechoslovakia (CSK) to 1992; Germany is DEU throughout, as SIPRI reports it.',
      ],
    };
  },
};
