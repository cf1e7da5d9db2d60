/**
 * The one way into the engine from a page: a typed client over the Comlink-wrapped worker.
 * Function arguments (progress callbacks) are wrapped in `Comlink.proxy` here, so callers never
 * import Comlink themselves.
 */
import * as Comlink from 'comlink';
import type { EngineApi } from './engine-api.ts';

// Display names shared by the engine and the pages; a plain table, so pages take it from here (engine boundary).
export { segmentLabelRu } from '../rfm/segment-labels-ru.ts';

export interface EngineClient extends EngineApi {
  /** Releases the Comlink proxy and terminates the worker when the client started it. */
  close(): void;
}

/** Starts the engine worker; bundlers (Vite) emit it as its own chunk from this `new URL` form. */
export function startEngineWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'segmenta-engine' });
}

/** A client over `endpoint` (a Worker, or any Comlink endpoint such as a MessagePort); starts the worker when omitted. */
export function createEngineClient(endpoint?: Comlink.Endpoint): EngineClient {
  const worker = endpoint ? undefined : startEngineWorker();
  const remote = Comlink.wrap<EngineApi>(endpoint ?? worker!);
  const call = (method: string, args: unknown[]): Promise<unknown> => {
    const wired = args.map((a) => (typeof a === 'function' ? Comlink.proxy(a) : a));
    // Comlink's Remote type cannot be indexed by a runtime name; the EngineClient type below is the contract.
    return (remote as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method](...wired);
  };
  const close = () => {
    remote[Comlink.releaseProxy]();
    worker?.terminate();
  };
  const client = new Proxy({} as EngineClient, {
    get(_, name) {
      if (name === 'close') return close;
      // Not thenable, so `await createEngineClient()` and returning it from async code stay safe.
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (...args: unknown[]) => call(name, args);
    },
  });
  return client;
}
