import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dispatch, guardHandlers, hasHandler, UnknownMethodError } from '../../core/worker/handler-map.ts';

const map = {
  add: async (a: number, b: number) => a + b,
  fail: async () => {
    throw new Error('boom');
  },
};

describe('handler map', () => {
  it('calls a known handler with its arguments', async () => {
    await expect(dispatch(map, 'add', [2, 3])).resolves.toBe(5);
  });

  it('answers an unknown method with an UnknownMethodError naming it', async () => {
    await expect(dispatch(map, 'nope', [])).rejects.toThrow(UnknownMethodError);
    await expect(dispatch(map, 'nope', [])).rejects.toThrow('Unknown engine method "nope"');
  });

  it('never reaches inherited members such as toString, constructor or __proto__', async () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(hasHandler(map, name)).toBe(false);
      await expect(dispatch(map, name, [])).rejects.toThrow(UnknownMethodError);
    }
  });

  it('rejects every name that is not one of its own methods', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string().filter((s) => s !== 'add' && s !== 'fail'), async (name) => {
        await expect(dispatch(map, name, [])).rejects.toBeInstanceOf(UnknownMethodError);
      }),
    );
  });

  it('passes a handler error through unchanged', async () => {
    await expect(dispatch(map, 'fail', [])).rejects.toThrow('boom');
  });

  it('guarded view gives known handlers and a rejecting function for any other name', async () => {
    const guarded = guardHandlers(map) as typeof map & Record<string, () => Promise<unknown>>;
    await expect(guarded.add(1, 1)).resolves.toBe(2);
    await expect(guarded.unknownThing()).rejects.toThrow('Unknown engine method "unknownThing"');
    expect('add' in guarded).toBe(true);
    expect('toString' in guarded).toBe(false);
  });

  it('guarded view cannot be written to', () => {
    const guarded = guardHandlers(map) as Record<string, unknown>;
    expect(() => {
      guarded.add = () => 0;
    }).toThrow(TypeError);
  });
});
