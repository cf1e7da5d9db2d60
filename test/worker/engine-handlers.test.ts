import { describe, expect, it } from 'vitest';
import { engineHandlers } from '../../core/worker/engine-handlers.ts';
import { createStubEngine } from '../../core/worker/engine-stub.ts';
import { dispatch, UnknownMethodError } from '../../core/worker/handler-map.ts';

describe('engine handlers', () => {
  it('expose exactly the EngineApi methods', () => {
    expect(Object.keys(engineHandlers(createStubEngine())).sort()).toEqual(
      ['canonicalRfmCsv', 'cancelImport', 'clear', 'importFiles', 'listCustomers', 'lookup', 'ping', 'status'].sort(),
    );
  });

  it('keep the engine object\'s other members out of reach', async () => {
    const engine = Object.assign(createStubEngine(), { secret: async () => 'leaked' });
    const handlers = engineHandlers(engine);
    await expect(dispatch(handlers, 'secret', [])).rejects.toBeInstanceOf(UnknownMethodError);
    await expect(dispatch(handlers, 'ping', [])).resolves.toBe('pong');
  });
});
