import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import { createEngineClient, type EngineClient } from '../../core/worker/client.ts';
import { engineHandlers } from '../../core/worker/engine-handlers.ts';
import { createEngine } from '../../core/engine/engine.ts';
import { guardHandlers } from '../../core/worker/handler-map.ts';
import { installErrorTransfer } from '../../core/worker/error-transfer.ts';
import type { ImportProgress } from '../../core/import/types.ts';

// The worker side exactly as core/worker/worker.ts wires it, over a MessageChannel instead of `self`.
let clients: EngineClient[] = [];
function connect(): EngineClient {
  installErrorTransfer();
  const { port1, port2 } = new MessageChannel();
  Comlink.expose(guardHandlers(engineHandlers(createEngine({ dbName: `client-test-${Math.random()}` }))), port1);
  const client = createEngineClient(port2);
  clients.push(client);
  return client;
}
afterEach(() => {
  for (const c of clients) c.close();
  clients = [];
});

const csv = (lines: string[]) => new File([lines.join('\n') + '\n'], 'x.csv', { type: 'text/csv' });

describe('engine client', () => {
  it('brings every problem of a refused rule across, each naming its node', async () => {
    const client = connect();
    const error = await client.saveSegment({ name: 'X', kind: 'dynamic', rule: { all: [{ field: 'nope', op: 'is', value: 'a' }, { field: 'age', op: 'contains', value: '3' }] } as never })
      .catch((e: unknown) => e as Error & { problems?: { path: string; code: string }[] });
    expect(error).toMatchObject({ name: 'RuleError' });
    expect(error.problems!.map((p) => [p.path, p.code])).toEqual([['all[0]', 'unknown_field'], ['all[1]', 'operator_not_for_field']]);
  });

  it('brings the problem of a refused sync file across, so the screen can say what is wrong', async () => {
    const client = connect();
    const error = await client.previewSync(new File(['not a sync file at all'], 'x.segmenta'))
      .then(() => ({}) as Error & { problem?: string }, (e: unknown) => e as Error & { problem?: string });
    expect(error).toMatchObject({ name: 'SyncFileError' });
    expect(['not-sync', 'damaged']).toContain(error.problem);
  });

  it('answers ping through the worker protocol', async () => {
    await expect(connect().ping()).resolves.toBe('pong');
  });

  it('answers an unknown method with an error and keeps serving afterwards', async () => {
    const client = connect() as EngineClient & { frobnicate(): Promise<unknown> };
    await expect(client.frobnicate()).rejects.toThrow('Unknown engine method "frobnicate"');
    await expect(client.ping()).resolves.toBe('pong');
  });

  it('passes a progress callback across and ends with a done report', async () => {
    const client = connect();
    const seen: ImportProgress[] = [];
    const summary = await client.importFiles(
      [csv(['customer_id,email,first_name,last_name', 'C1,a@x.ru,Anna,Ivanova', 'C2,b@x.ru,Boris,Petrov'])],
      {},
      (p) => seen.push(p),
    );
    // Node clones a File across a MessagePort as a plain Blob (its name is lost); browsers keep it.
    expect(summary.files[0]).toMatchObject({ rows: 2, customersNew: 2 });
    expect(seen.at(-1)).toMatchObject({ phase: 'done', fraction: 1 });
    await expect(client.status()).resolves.toMatchObject({ customers: 2, orders: 0 });
    await expect(client.lookup('bor')).resolves.toMatchObject([{ id: 'C2', name: 'Boris Petrov' }]);
  });

  it('is not thenable, so it can be awaited or returned from async code', async () => {
    const client = connect();
    const same = await Promise.resolve(client);
    expect(same).toBe(client);
  });
});
