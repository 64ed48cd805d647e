/**
 * One error type for bad input, wherever it comes from: a publisher file, a CLI flag, an API
 * parameter. It carries where the problem is so that every face can say it precisely:
 * the CLI prints it and exits 2, the API answers 400 (or 404 for an unknown entity).
 */
export interface InputLocation {
  /** File name (basename or project-relative path), when the input is a file. */
  file?: string;
  /** 1-based physical line in the file (CSV) or record number. */
  line?: number;
  /** Column, XML element or parameter name. */
  field?: string;
}

export type InputErrorKind = 'invalid' | 'unknown' | 'unavailable';

/** Longest echoed value (a quoted cell, a field name, a suggestion) in an error, in characters. */
export const maxEchoed = 80;
/**
 * Longest message, and longest hint (hints list known values: regions, columns): a 50 MB single-line
 * file must not come back whole on stderr.
 */
const maxMessage = 1000;
const maxHint = 2000;

/** `text` cut to `max` characters, ending with an ellipsis when cut. */
export function capText(text: string, max = maxEchoed): string {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}

/**
 * Every value echoed in a message is capped here, once for all parsers: a quoted run ('...' or
 * "...") longer than `maxEchoed` is cut, then the whole message to `maxMessage`.
 */
function capMessage(message: string, max = maxMessage): string {
  // Cut first (a regex over 50 MB overflows), keeping room for a quoted run to close.
  const head = message.length > 4 * max ? message.slice(0, 4 * max) : message;
  const quoted = head.replace(/'([^']{81,})'|"([^"]{81,})"/g, (_m, single?: string, double?: string) =>
    single !== undefined ? `'${capText(single)}'` : `"${capText(double ?? '')}"`,
  );
  return capText(quoted, max);
}

export class InputError extends Error {
  readonly location: InputLocation;
  readonly hint: string | undefined;
  /** Close matches, for unknown names and codes. */
  readonly suggestions: readonly string[];
  /** `unknown` names an entity (country, loan, ...) that does not exist: HTTP 404 rather than 400. */
  readonly kind: InputErrorKind;

  constructor(
    message: string,
    options: {
      location?: InputLocation;
      hint?: string;
      suggestions?: readonly string[];
      kind?: InputErrorKind;
    } = {},
  ) {
    super(capMessage(message));
    this.name = 'InputError';
    const location = options.location ?? {};
    this.location = location.field === undefined ? location : { ...location, field: capText(location.field) };
    this.hint = options.hint === undefined ? undefined : capMessage(options.hint, maxHint);
    this.suggestions = (options.suggestions ?? []).slice(0, 20).map((x) => capText(x));
    this.kind = options.kind ?? 'invalid';
  }

  /** A one-line description: `file:line: field: message (hint)`. */
  describe(): string {
    const { file, line, field } = this.location;
    const where = [file && (line ? `${file}:${line}` : file), field && `field '${field}'`]
      .filter(Boolean)
      .join(', ');
    const tail = [
      this.suggestions.length ? `did you mean ${this.suggestions.join(', ')}?` : '',
      this.hint ?? '',
    ].filter(Boolean);
    return `${where ? `${where}: ` : ''}${this.message}${tail.length ? ` (${tail.join('; ')})` : ''}`;
  }

  /** The same error with a file (and optionally a line) attached, keeping what is already known. */
  at(location: InputLocation): InputError {
    return new InputError(this.message, {
      location: { ...location, ...stripUndefined(this.location) },
      hint: this.hint,
      suggestions: this.suggestions,
      kind: this.kind,
    });
  }
}

function stripUndefined(location: InputLocation): InputLocation {
  return Object.fromEntries(Object.entries(location).filter(([, v]) => v !== undefined));
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
