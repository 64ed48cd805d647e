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
    super(message);
    this.name = 'InputError';
    this.location = options.location ?? {};
    this.hint = options.hint;
    this.suggestions = options.suggestions ?? [];
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
