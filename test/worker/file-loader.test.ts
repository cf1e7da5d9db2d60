import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { workerFileLoader } from '../../core/worker/file-loader.ts';
import type { LoadRequest, LoadResponse } from '../../core/worker/file-loader-worker.ts';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const blob = (text: string) => new Blob([text]);

/** A stand-in for the loader worker: answers each request as `answer` says. */
function fakeWorker(answer: (req: LoadRequest, reply: (r: LoadResponse) => void, fail: () => void) => void): () => Worker {
  return () => {
    const w = {
      onmessage: null as ((e: MessageEvent<LoadResponse>) => void) | null,
      onerror: null as (() => void) | null,
      postMessage(req: LoadRequest) {
        queueMicrotask(() => answer(req, (r) => w.onmessage?.({ data: r } as MessageEvent<LoadResponse>), () => w.onerror?.()));
      },
      terminate() {},
    };
    return w as unknown as Worker;
  };
}

describe('workerFileLoader', () => {
  it('gives the bytes and the hash the worker sends', async () => {
    const load = workerFileLoader(fakeWorker(async (req, reply) => {
      const bytes = await req.file.arrayBuffer();
      reply({ id: req.id, bytes });
      reply({ id: req.id, hex: 'from-worker' });
    }));
    const a = load(blob('a,b\n1,2\n'));
    expect(new TextDecoder().decode(await a.bytes)).toBe('a,b\n1,2\n');
    expect(await a.hash).toBe('from-worker');
  });

  it('reads and hashes here when the worker reports an error for a file', async () => {
    const load = workerFileLoader(fakeWorker((req, reply) => reply({ id: req.id, error: 'NotReadableError' })));
    const text = 'x,y\n3,4\n';
    const r = load(blob(text));
    expect(new TextDecoder().decode(await r.bytes)).toBe(text);
    expect(await r.hash).toBe(sha256(new TextEncoder().encode(text)));
  });

  it('reads and hashes here when the worker fails, and for every later file', async () => {
    let started = 0;
    const load = workerFileLoader(() => {
      started++;
      return fakeWorker((_req, _reply, fail) => fail())();
    });
    const first = load(blob('1'));
    expect(await first.hash).toBe(sha256(new TextEncoder().encode('1')));
    const second = load(blob('22'));
    expect(new TextDecoder().decode(await second.bytes)).toBe('22');
    expect(started).toBe(1);
  });

  it('reads and hashes here when no worker can start', async () => {
    const load = workerFileLoader(() => {
      throw new Error('no workers here');
    });
    const r = load(blob('abc'));
    expect(await r.hash).toBe(sha256(new TextEncoder().encode('abc')));
  });
});
