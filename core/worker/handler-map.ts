/**
 * A guarded handler map: the worker exposes one object of named methods, and a call to any other
 * name answers an UnknownMethodError instead of crashing or reaching the prototype
 * (the pattern of Actual's `server/app.ts`; ../shared/STYLE.md).
 */

export class UnknownMethodError extends Error {
  constructor(readonly method: string) {
    super(`Unknown engine method "${method}"`);
    this.name = 'UnknownMethodError';
  }
}

/** True when `name` is one of the map's own methods (never an inherited one such as `toString`). */
export function hasHandler(map: object, name: PropertyKey): boolean {
  return Object.hasOwn(map, name) && typeof (map as Record<PropertyKey, unknown>)[name] === 'function';
}

/** Calls handler `method` with `args`; rejects with UnknownMethodError when there is none. */
export async function dispatch(map: object, method: string, args: unknown[]): Promise<unknown> {
  if (!hasHandler(map, method)) throw new UnknownMethodError(method);
  const handler = (map as Record<string, (...a: unknown[]) => unknown>)[method];
  return handler.apply(map, args);
}

/**
 * The object to give `Comlink.expose`: reading a known name gives its handler, reading any other
 * string gives a function that rejects with UnknownMethodError, so Comlink sends the error back.
 */
export function guardHandlers<T extends object>(map: T): T {
  return new Proxy(map, {
    get(target, name) {
      if (typeof name !== 'string') return undefined;
      if (hasHandler(target, name)) return (...args: unknown[]) => dispatch(target, name, args);
      return () => Promise.reject(new UnknownMethodError(name));
    },
    set: () => false,
    has: (target, name) => hasHandler(target, name),
  });
}
