import type { Concordance } from '../../countries/concordance.js';
import type { PartyKind } from '../../security/vocabulary.js';
import type { SipriDelivery } from './parseRegister.js';
import type { SipriTidyRow } from './parseTidy.js';
import { classifySipriParty, type SipriParty } from './parties.js';

/**
 * The seam between SIPRI's two files, stated once: a year before `registerFrom` comes from the tidy
 * table (360info, 1950-2021), a year from `registerFrom` on from the register's deliveries (by
 * delivery year, 1995-2024). The tidy table's rows for 1995-2021 are never used, so no year counts
 * both; the register is the publisher's own and newer export.
 */
export const registerFrom = 1995;

export type ArmsSource = 'register' | 'tidy';

/** The file a year's aggregates are read from. */
export function armsSourceFor(year: number): ArmsSource {
  return year >= registerFrom ? 'register' : 'tidy';
}

/** Supplier x recipient x year TIV, with the lines it was summed from. */
export interface ArmsAggregate {
  supplier: string;
  supplierKind: PartyKind;
  supplierName: string;
  recipient: string;
  recipientKind: PartyKind;
  recipientName: string;
  year: number;
  /** Millions of TIV; null when every register line of the aggregate has an empty TIV. */
  tiv: number | null;
  source: ArmsSource;
  sourceFile: string;
  /** First line summed; with `lines`, the provenance of the aggregate. */
  sourceLine: number;
  /** How many lines were summed (always 1 for the tidy table). */
  lines: number;
}

export interface AggregateResult {
  rows: ArmsAggregate[];
  /** Tidy-table rows of register years, left out by the seam rule. */
  tidyDropped: number;
  /** Register lines with an empty TIV (no deliveries identified), counted but adding nothing. */
  registerEmptyTiv: number;
}

/** Applies the seam and sums the register by supplier, recipient and delivery year. */
export function aggregateArms(
  tidy: { file: string; rows: readonly SipriTidyRow[] },
  register: { file: string; rows: readonly SipriDelivery[] },
  concordance: Concordance,
): AggregateResult {
  const parties = new Map<string, SipriParty>();
  const party = (name: string, file: string, line: number, field: string): SipriParty => {
    let p = parties.get(name);
    if (!p) {
      p = classifySipriParty(name, concordance, { file, line, field });
      parties.set(name, p);
    }
    return p;
  };
  const out: ArmsAggregate[] = [];
  let tidyDropped = 0;
  for (const r of tidy.rows) {
    if (armsSourceFor(r.year) !== 'tidy') {
      tidyDropped++;
      continue;
    }
    const s = party(r.supplier, tidy.file, r.line, 'supplier');
    const t = party(r.recipient, tidy.file, r.line, 'recipient');
    out.push({
      supplier: s.id,
      supplierKind: s.kind,
      supplierName: r.supplier,
      recipient: t.id,
      recipientKind: t.kind,
      recipientName: r.recipient,
      year: r.year,
      tiv: r.tiv,
      source: 'tidy',
      sourceFile: tidy.file,
      sourceLine: r.line,
      lines: 1,
    });
  }
  const sums = new Map<string, ArmsAggregate>();
  let registerEmptyTiv = 0;
  for (const d of register.rows) {
    if (armsSourceFor(d.year) !== 'register') continue;
    const s = party(d.supplier, register.file, d.line, 'Supplier');
    const t = party(d.recipient, register.file, d.line, 'Recipient');
    const key = `${d.supplier}\u0000${d.recipient}\u0000${d.year}`;
    let a = sums.get(key);
    if (!a) {
      a = {
        supplier: s.id,
        supplierKind: s.kind,
        supplierName: d.supplier,
        recipient: t.id,
        recipientKind: t.kind,
        recipientName: d.recipient,
        year: d.year,
        tiv: null,
        source: 'register',
        sourceFile: register.file,
        sourceLine: d.line,
        lines: 0,
      };
      sums.set(key, a);
    }
    a.lines++;
    if (d.tiv === null) registerEmptyTiv++;
    else a.tiv = (a.tiv ?? 0) + d.tiv;
  }
  for (const a of sums.values()) {
    // Sums of two-decimal figures: round away float noise (0.1 + 0.2), never SIPRI's precision.
    if (a.tiv !== null) a.tiv = Math.round(a.tiv * 1e6) / 1e6;
    out.push(a);
  }
  out.sort(
    (a, b) =>
      a.year - b.year || a.recipient.localeCompare(b.recipient) || a.supplier.localeCompare(b.supplier),
  );
  return { rows: out, tidyDropped, registerEmptyTiv };
}
