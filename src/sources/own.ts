/**
 * A lookup in a code table that never reaches Object.prototype: a file cell reading `constructor`
 * or `__proto__` is an unknown code, not a function (found by fuzzing).
 */
export function own<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
