import { InputError } from '../errors.js';

/**
 * Reading a claim file's fields with errors that name the field's path (`claims[1].country`).
 * Claims arrive as untyped JSON; every checker reads its fields through these.
 */
export class Fields {
  constructor(
    private readonly obj: Record<string, unknown>,
    readonly path: string,
    readonly file?: string,
  ) {}

  static of(value: unknown, path: string, file?: string): Fields {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new InputError(`expected an object`, { location: { file, field: path } });
    }
    return new Fields(value as Record<string, unknown>, path, file);
  }

  /** Throws an error naming this object's field `key` (for checks across fields). */
  fail(key: string, message: string, hint?: string): never {
    throw new InputError(message, { location: { file: this.file, field: `${this.path}.${key}` }, hint });
  }

  has(key: string): boolean {
    return this.obj[key] !== undefined && this.obj[key] !== null;
  }

  string(key: string): string {
    const v = this.obj[key];
    if (typeof v !== 'string' || v.trim() === '')
      this.fail(key, v === undefined ? 'missing field' : 'expected a non-empty string');
    return (v as string).trim();
  }

  optionalString(key: string): string | undefined {
    return this.has(key) ? this.string(key) : undefined;
  }

  number(key: string, { min = -Infinity, max = Infinity } = {}): number {
    const v = this.obj[key];
    if (typeof v !== 'number' || !Number.isFinite(v))
      this.fail(key, v === undefined ? 'missing field' : 'expected a number');
    if ((v as number) < min || (v as number) > max)
      this.fail(key, `expected a number from ${min} to ${max}, got ${v}`);
    return v as number;
  }

  optionalNumber(key: string, range?: { min?: number; max?: number }): number | undefined {
    return this.has(key) ? this.number(key, range) : undefined;
  }

  year(key: string): number {
    const y = this.number(key, { min: 1800, max: 2100 });
    if (!Number.isInteger(y)) this.fail(key, `expected a year, got ${y}`);
    return y;
  }

  optionalYear(key: string): number | undefined {
    return this.has(key) ? this.year(key) : undefined;
  }

  date(key: string): string {
    const s = this.string(key);
    const t = Date.parse(`${s}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== s) {
      this.fail(key, `expected a date yyyy-mm-dd, got '${s}'`);
    }
    return s;
  }

  boolean(key: string, fallback: boolean): boolean {
    if (!this.has(key)) return fallback;
    const v = this.obj[key];
    if (typeof v !== 'boolean') this.fail(key, 'expected true or false');
    return v as boolean;
  }

  oneOf<const T extends string>(key: string, allowed: readonly T[], fallback?: T): T {
    if (!this.has(key) && fallback !== undefined) return fallback;
    const s = this.string(key);
    if (!allowed.includes(s as T)) this.fail(key, `unknown value '${s}'`, `one of ${allowed.join(', ')}`);
    return s as T;
  }

  object(key: string): Fields {
    if (!this.has(key)) this.fail(key, 'missing field');
    return Fields.of(this.obj[key], `${this.path}.${key}`, this.file);
  }

  /** Fails on any key not in `known`: a misspelt field is an error, not silently ignored. */
  only(known: readonly string[]): void {
    for (const key of Object.keys(this.obj)) {
      if (!known.includes(key)) this.fail(key, 'unknown field', `known fields: ${known.join(', ')}`);
    }
  }
}
