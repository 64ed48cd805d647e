import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseAiddata } from '../../src/sources/aiddata/parseAiddata.js';
import { parseAtop } from '../../src/sources/atop/parseAtop.js';
import { parseBuProjects } from '../../src/sources/bu/parseBuProjects.js';
import { parseEngagements } from '../../src/sources/chinavitae/parseEngagements.js';
import { parseCla } from '../../src/sources/cla/parseCla.js';
import { parseCodelist } from '../../src/sources/countrycode/parseCodelist.js';
import { decodeUtf8 } from '../../src/sources/csv/decode.js';
import { parseCsv } from '../../src/sources/csv/readCsv.js';
import { parseDgacm } from '../../src/sources/dgacm/parseDgacm.js';
import { fixtureConcordance as financeConcordance } from '../../src/sources/financeFixtures.js';
import { parseFreedomHouse } from '../../src/sources/freedomHouse/parseFreedomHouse.js';
import { parseCodeTable, parsePresidents, parseTravels } from '../../src/sources/historian/parseTravels.js';
import { parseVisits } from '../../src/sources/historian/parseVisits.js';
import { SlugResolver } from '../../src/sources/historian/slugs.js';
import { parseIds } from '../../src/sources/ids/parseIds.js';
import { parseIdsService } from '../../src/sources/ids/parseIdsService.js';
import { parseDots } from '../../src/sources/imfDots/parseDots.js';
import { parseImfSdmxCsv } from '../../src/sources/imfSdmxCsv/parseImfSdmxCsv.js';
import { parseRegister } from '../../src/sources/kenyaRegister/parseRegister.js';
import { parseSipriRegister } from '../../src/sources/sipri/parseRegister.js';
import { parseSipriTidy } from '../../src/sources/sipri/parseTidy.js';
import { fixtureConcordance, fixtureText } from '../../src/sources/testing/fixtures.js';
import { parseTroops } from '../../src/sources/troopdata/parseTroops.js';
import { parseUndlLong } from '../../src/sources/undl/parseUndlLong.js';
import { parseUndlWide } from '../../src/sources/undl/parseUndlWide.js';
import { attachIssues, parseRollCalls, parseVotes } from '../../src/sources/unvotes/parseUnvotes.js';
import { parseUsAid } from '../../src/sources/usAid/parseUsAid.js';
import { parseVdem } from '../../src/sources/vdem/parseVdem.js';
import {
  parseIbrdVotingPower,
  parseIdaVotingPower,
  parseImfVotingPower,
} from '../../src/sources/votingPower/parseVotingPower.js';

/** The parser each corpus folder's files are fed to (the folder name is the key). */
const historian = (path: string) =>
  readFileSync(new URL(`../../src/sources/historian/fixtures/raw/${path}`, import.meta.url), 'utf8');
const voeten = () => parseRollCalls(fixtureText('unga/unvotes_un_roll_calls.csv.gz'), 'rc.csv');
const travelCodes = () => ({
  roles: parseCodeTable(historian('us-state-dept-travels/code-tables/travel-role-codes.xml'), 'roles.xml'),
  presidents: new Set(
    parsePresidents(historian('us-state-dept-travels/presidents/presidents.xml'), 'p.xml').map((p) => p.id),
  ),
});

export const corpusParsers: Record<string, (text: string, file: string) => unknown> = {
  csv: (t, f) => parseCsv(t, f),
  'unvotes-rollcalls': (t, f) => parseRollCalls(t, f),
  'unvotes-issues': (t, f) => attachIssues(voeten(), t, f),
  'unvotes-votes': (t, f) => parseVotes(t, f, voeten(), fixtureConcordance()),
  'undl-wide': (t, f) => parseUndlWide(t, f, fixtureConcordance()),
  'undl-long': (t, f) => parseUndlLong(t, f, fixtureConcordance()),
  dgacm: (t, f) => parseDgacm(t, f),
  countrycode: (t, f) => parseCodelist(t, f),
  imfdots: (t, f) => parseDots(t, f),
  ids: (t, f) => parseIds(t, f, 'stock', financeConcordance()),
  'ids-service': (t, f) => parseIdsService(t, f, financeConcordance()),
  'voting-ibrd': (t, f) => parseIbrdVotingPower(t, f, financeConcordance()),
  'voting-ida': (t, f) => parseIdaVotingPower(t, f, financeConcordance()),
  'voting-imf': (t, f) => parseImfVotingPower(t, f, financeConcordance()),
  'kenya-register': (t, f) => parseRegister(t, f),
  cla: (t, f) => parseCla(t, f, financeConcordance()),
  bu: (t, f) => parseBuProjects(t, f, financeConcordance()),
  'imf-sdmx': (t, f) =>
    parseImfSdmxCsv(t, f, financeConcordance(), {
      indicators: ['XG_FOB_USD', 'MG_CIF_USD', 'OTWD_D_NETAL_FALL_ALL'],
      undeclaredScale: 'error',
    }),
  'us-aid': (t, f) => parseUsAid(t, f, financeConcordance()),
  aiddata: (t, f) => parseAiddata(t, f, financeConcordance()),
  chinavitae: (t, f) => parseEngagements(t, f, fixtureConcordance()),
  'historian-visits': (t, f) => parseVisits(t, f, new SlugResolver(fixtureConcordance())),
  'historian-travels': (t, f) => parseTravels(t, f, new SlugResolver(fixtureConcordance()), travelCodes()),
  'sipri-register': (t, f) => parseSipriRegister(t, f),
  'sipri-tidy': (t, f) => parseSipriTidy(t, f),
  troopdata: (t, f) => parseTroops(t, f),
  atop: (t, f) => parseAtop(t, f),
  vdem: (t, f) => parseVdem(t, f, fixtureConcordance()),
  'freedom-house': (t, f) => parseFreedomHouse(t, f, fixtureConcordance()),
};

export function corpusText(path: string): string {
  const bytes = readFileSync(new URL(`./${path}`, import.meta.url));
  // Decoded as the build decodes publisher files: strict UTF-8 (a Latin-1 file is an error).
  return decodeUtf8(path.endsWith('.gz') ? gunzipSync(bytes) : bytes, `test/corpus/${path}`);
}
