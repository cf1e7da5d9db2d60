/** Field readers for restoring what a file holds: a value of the wrong type reads as absent. */
export type Loose = Record<string, unknown>;

export const isObject = (x: unknown): x is Loose => typeof x === 'object' && x !== null && !Array.isArray(x);
export const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
export const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);
export const bool = (x: unknown): boolean | undefined => (typeof x === 'boolean' ? x : undefined);
export const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);

export function stringRecord(x: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isObject(x)) for (const [k, v] of Object.entries(x)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** The fields of `x` not in `known`, or undefined when there are none. */
export function unknownFields(x: Loose, known: ReadonlySet<string>): Loose | undefined {
  let out: Loose | undefined;
  for (const k of Object.keys(x)) if (!known.has(k)) (out ??= {})[k] = x[k];
  return out;
}

/** Copies the optional fields of `names` that pass `read` from `from` to `to`. */
export function copyOptional<T extends object>(to: T, from: Loose, names: readonly (keyof T & string)[], read: (x: unknown) => unknown): void {
  for (const name of names) {
    const value = read(from[name]);
    if (value !== undefined) (to as Loose)[name] = value;
  }
}
