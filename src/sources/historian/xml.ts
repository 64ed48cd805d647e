import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isIsoDate } from '../../dates.js';
import { InputError } from '../../errors.js';

/**
 * Reading the Office of the Historian's XML (visits, travels, presidents, code tables) with
 * fast-xml-parser. Every record comes back with where it is in its file: the 1-based position of
 * the element among its siblings and the line its start tag is on, so a stored row (and any error)
 * names its publisher element exactly.
 */

/** One repeated element of a file (a <visit>, a <trip>, a <president>), with its location. */
export interface XmlRecord {
  /** The parsed element: child elements as strings or objects, attributes as `@name`. */
  node: Record<string, unknown>;
  /** 1-based position among the file's elements of this name. */
  position: number;
  /** 1-based line of the element's start tag. */
  line: number;
}

const metaSymbol = XMLParser.getMetaDataSymbol() as unknown as symbol;

/**
 * Checks that `text` is well-formed XML whose root is `root`, and returns every `record` element
 * under the root in document order. A file that is cut short, not XML, or has another root is an
 * InputError naming the file, the line and the element concerned.
 */
export function readXmlRecords(text: string, file: string, root: string, record: string): XmlRecord[] {
  const lines = lineStarts(text);
  const checked = XMLValidator.validate(text);
  if (checked !== true) throw malformed(text, file, record, lines, checked.err);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    captureMetaData: true,
    isArray: (name) => name === record,
  });
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(text) as Record<string, unknown>;
  } catch (error) {
    // The validator lets a few malformations through (a broken <?xml ...?> declaration, found by
    // fuzzing); the parser's own error then becomes an InputError like the validator's.
    const at = /line:?\s*(\d+)/i.exec((error as Error).message);
    throw new InputError(`not well-formed XML: ${(error as Error).message}`, {
      location: { file, line: at ? Math.max(1, Number(at[1])) : 1, field: root },
    });
  }
  const top = doc[root];
  if (top === undefined) {
    const found = Object.keys(doc).filter((k) => k !== '?xml');
    throw new InputError(`expected a <${root}> document, found <${found[0] ?? 'nothing'}>`, {
      location: { file, line: 1, field: found[0] ?? root },
    });
  }
  if (top === '' || typeof top !== 'object') return [];
  const items = ((top as Record<string, unknown>)[record] ?? []) as Record<string, unknown>[];
  let tags: number[] | null = null;
  return items.map((node, i) => {
    const meta = (node as Record<symbol, { startIndex?: number } | undefined>)?.[metaSymbol];
    let index = meta?.startIndex;
    if (index === undefined) {
      // An empty element (<visit></visit>) parses to a string without metadata: take the i-th start
      // tag of that name instead, so every record still has a real line (found by fuzzing).
      tags ??= [...text.matchAll(new RegExp(`<${record}[\\s/>]`, 'g'))].map((m) => m.index ?? 0);
      index = tags[i] ?? 0;
    }
    return {
      node,
      position: i + 1,
      line: lineOf(lines, index),
    };
  });
}

function malformed(
  text: string,
  file: string,
  record: string,
  lines: number[],
  err: { code: string; msg: string; line: number },
): InputError {
  // A file cut short leaves its last record open: name that record and where it starts.
  const unclosed = /^Invalid '\[(.*)\]' found\.$/s.exec(err.msg) ?? /^Unclosed tag '([^']+)'/.exec(err.msg);
  if (unclosed) {
    const open = unclosed[1]
      .split(',')
      .map((s) => s.trim().replace(/^"|"$/g, ''))
      .filter(Boolean);
    const innermost = open[open.length - 1] ?? record;
    const tag = `<${innermost}`;
    let at = -1;
    // (i > 0: lastIndexOf(tag, -1) searches from 0 again, which looped forever on '<pres'; found by fuzzing)
    for (let i = text.lastIndexOf(tag); i >= 0; i = i > 0 ? text.lastIndexOf(tag, i - 1) : -1) {
      const next = text[i + tag.length];
      if (next === '>' || next === ' ' || next === '/' || next === '\n' || next === '\t' || next === '\r') {
        at = i;
        break;
      }
    }
    const ordinal =
      innermost === record && at >= 0 ? countTags(text.slice(0, at + tag.length + 1), record) : 0;
    return new InputError(
      `XML is cut short: <${innermost}>${ordinal ? ` (${record} #${ordinal})` : ''} is never closed`,
      {
        location: { file, line: at >= 0 ? lineOf(lines, at) : err.line, field: innermost },
        hint: 'the file looks truncated; fetch it again from the publisher',
      },
    );
  }
  const tag = /tag '([^']+)'/.exec(err.msg)?.[1];
  return new InputError(`XML is not well-formed: ${err.msg}`, {
    location: { file, line: err.line, field: tag ?? record },
  });
}

function countTags(text: string, name: string): number {
  const re = new RegExp(`<${name}[\\s/>]`, 'g');
  return text.match(re)?.length ?? 0;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Text of a child element: trimmed, the XML's line-wrapping folded to single spaces; '' when empty. */
export function childText(node: Record<string, unknown>, name: string): string | undefined {
  const v = node[name];
  if (v === undefined) return undefined;
  if (v === null) return '';
  if (typeof v === 'object') {
    const text = (v as Record<string, unknown>)['#text'];
    return text === undefined ? '' : foldSpace(String(text));
  }
  return foldSpace(String(v));
}

/** An attribute of a child element (`<from id="kenya">`), or undefined. */
export function childAttribute(
  node: Record<string, unknown>,
  name: string,
  attribute: string,
): string | undefined {
  const v = node[name];
  if (v === null || typeof v !== 'object') return undefined;
  const a = (v as Record<string, unknown>)[`@${attribute}`];
  return a === undefined ? undefined : String(a).trim();
}

export function foldSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A required ISO date child (yyyy-mm-dd, a real calendar day), else an InputError at the record. */
export function requiredDate(rec: XmlRecord, name: string, file: string, what: string): string {
  const raw = childText(rec.node, name);
  const location = { file, line: rec.line, field: name };
  if (raw === undefined || raw === '') {
    throw new InputError(`${what} #${rec.position} has no <${name}>`, { location });
  }
  if (!isIsoDate(raw)) {
    throw new InputError(`${what} #${rec.position}: <${name}> '${raw}' is not a date (yyyy-mm-dd)`, {
      location,
    });
  }
  return raw;
}
