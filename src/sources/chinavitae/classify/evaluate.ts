import type { Concordance } from '../../../countries/concordance.js';
import { InputError } from '../../../errors.js';
import { columns, parseCsv } from '../../csv/readCsv.js';
import { countryAliases, type EngagementRecord, parseEngagements } from '../parseEngagements.js';
import { type Classification, classify, type EngagementClass } from './rules.js';
import { type VisitorLevel, visitorLevels } from './visitors.js';

/** A row read and labelled by hand (fixtures/labelled_engagements.csv), with the countries its text is filed under. */
export interface LabelledRow {
  record: EngagementRecord;
  siblings: ReadonlySet<string>;
  label: { class: Exclude<EngagementClass, 'unclassified'>; country: string; level: VisitorLevel | null };
}

const labelled = ['filed_under', 'label_class', 'label_country', 'label_level'] as const;

/** Reads the hand-labelled fixture; a label that is not a class, country or level is an error naming its row. */
export function parseLabelled(text: string, file: string, concordance: Concordance): LabelledRow[] {
  const records = parseEngagements(text, file, concordance);
  const table = parseCsv(text, file);
  const col = columns(table, labelled);
  return table.records.map((rec, i) => {
    const get = (k: (typeof labelled)[number]) => rec.values[col[k]].trim();
    const at = (field: string) => ({ file, line: rec.line, field });
    const cls = get('label_class');
    if (cls !== 'trip' && cls !== 'received' && cls !== 'not-visit')
      throw new InputError(`unknown class '${cls}'`, { location: at('label_class') });
    const country = concordance.resolve(get('label_country'), at('label_country')).id;
    const level = get('label_level');
    if (cls === 'received' ? !visitorLevels.includes(level as VisitorLevel) : level !== '')
      throw new InputError(`level '${level}' does not fit class ${cls}`, { location: at('label_level') });
    const siblings = new Set(
      get('filed_under')
        .split(';')
        .map((n) => countryAliases[n] ?? concordance.resolve(n, at('filed_under')).id),
    );
    return {
      record: records[i],
      siblings,
      label: { class: cls, country, level: level === '' ? null : (level as VisitorLevel) },
    };
  });
}

export interface ClassScore {
  class: Exclude<EngagementClass, 'unclassified'>;
  /** Rows labelled with the class, rows predicted as it, and both. */
  labelled: number;
  predicted: number;
  correct: number;
  precision: number | null;
  recall: number | null;
}

export interface Evaluation {
  rows: number;
  classes: ClassScore[];
  /** Rows the rules left unclassified. */
  unclassified: number;
  /** Among rows labelled and predicted trip or received: the country agrees. */
  countryAgreement: { agree: number; of: number };
  /** Among rows labelled and predicted received: the visitor's level agrees. */
  levelAgreement: { agree: number; of: number };
  errors: { row: LabelledRow; predicted: Classification }[];
}

/** Precision and recall per class of the classifier against the hand labels. */
export function evaluate(rows: readonly LabelledRow[], concordance: Concordance): Evaluation {
  const predicted = rows.map((r) => classify(r.record, { siblings: r.siblings }, concordance));
  const classes = (['trip', 'received', 'not-visit'] as const).map((cls): ClassScore => {
    const labelledN = rows.filter((r) => r.label.class === cls).length;
    const predictedN = predicted.filter((p) => p.class === cls).length;
    const correct = rows.filter((r, i) => r.label.class === cls && predicted[i].class === cls).length;
    return {
      class: cls,
      labelled: labelledN,
      predicted: predictedN,
      correct,
      precision: predictedN ? correct / predictedN : null,
      recall: labelledN ? correct / labelledN : null,
    };
  });
  let cAgree = 0;
  let cOf = 0;
  let lAgree = 0;
  let lOf = 0;
  const errors: Evaluation['errors'] = [];
  rows.forEach((r, i) => {
    const p = predicted[i];
    const sameClass = p.class === r.label.class;
    if (sameClass && r.label.class !== 'not-visit') {
      cOf++;
      if (p.country === r.label.country) cAgree++;
    }
    if (sameClass && r.label.class === 'received') {
      lOf++;
      if (p.visitorLevel === r.label.level) lAgree++;
    }
    const wrong =
      !sameClass ||
      (r.label.class !== 'not-visit' && p.country !== r.label.country) ||
      (r.label.class === 'received' && p.visitorLevel !== r.label.level);
    if (wrong) errors.push({ row: r, predicted: p });
  });
  return {
    rows: rows.length,
    classes,
    unclassified: predicted.filter((p) => p.class === 'unclassified').length,
    countryAgreement: { agree: cAgree, of: cOf },
    levelAgreement: { agree: lAgree, of: lOf },
    errors,
  };
}
