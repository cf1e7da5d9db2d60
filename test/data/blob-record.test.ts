import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toBlobRecord, unpackChunks, type BlobRecord } from '../../core/data/blob-record.ts';

const typedArb = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 9 }).map((xs) => Uint8Array.from(xs)),
  fc.array(fc.integer({ min: -128, max: 127 }), { maxLength: 9 }).map((xs) => Int8Array.from(xs)),
  fc.array(fc.integer({ min: 0, max: 65535 }), { maxLength: 9 }).map((xs) => Uint16Array.from(xs)),
  fc.array(fc.integer({ min: -32768, max: 32767 }), { maxLength: 9 }).map((xs) => Int16Array.from(xs)),
  fc.array(fc.nat(), { maxLength: 9 }).map((xs) => Uint32Array.from(xs)),
  fc.array(fc.integer(), { maxLength: 9 }).map((xs) => Int32Array.from(xs)),
  fc.array(fc.double(), { maxLength: 9 }).map((xs) => Float64Array.from(xs)),
);

/** Records shaped like the codecs' output: nested objects and arrays of numbers, strings, typed arrays. */
const recordArb = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    typedArb,
    fc.integer(),
    fc.string(),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('kind', 'data', 'bits', 'values', 'index'), tie('value'), { maxKeys: 4 }),
  ),
})).value.map((v) => ({ chunk: 3, v }));

describe('chunks stored as a body and one Blob', () => {
  it('give back every typed array, number and string they held, in place', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(recordArb, { maxLength: 3 }), async (records) => {
        const stored = records.map(toBlobRecord);
        expect(stored.every((r) => r.data instanceof Blob)).toBe(true);
        expect(await unpackChunks(stored)).toEqual(records);
      }),
      { numRuns: 200 },
    );
  });

  it('align every array to its element size, whatever came before it', async () => {
    const record = { chunk: 0, a: new Uint8Array([1, 2, 3]), b: new Float64Array([0.5, -0, NaN]), c: new Uint16Array([7]), d: new Int32Array([-1]) };
    const stored = toBlobRecord(record);
    expect(stored.data.size).toBe(8 + 24 + 2 + 2 + 4);
    const [back] = await unpackChunks<typeof record>([stored]);
    expect(back).toEqual(record);
    expect(Object.is(back.b[1], -0)).toBe(true);
  });

  it('keep only the bytes of a view, not the whole buffer behind it', () => {
    const big = new Uint8Array(1000);
    expect(toBlobRecord({ chunk: 0, a: big.subarray(10, 20) }).data.size).toBe(10);
  });

  it('pass chunks stored before Blobs (storage format 1) through unchanged', async () => {
    const old = { chunk: 0, rows: 2, data: new Uint8Array([1, 2]) };
    const packed = toBlobRecord({ chunk: 1, rows: 1, data: new Uint8Array([3]) });
    expect(await unpackChunks<unknown>([old, packed])).toEqual([old, { chunk: 1, rows: 1, data: new Uint8Array([3]) }]);
  });

  it('refuse a body that points outside its data or names an unknown array kind', async () => {
    const stored = toBlobRecord({ chunk: 0, a: new Uint32Array([1, 2]) });
    const outside: BlobRecord = { ...stored, body: { chunk: 0, a: { $view: 'Uint32Array', at: 4, length: 2 } } };
    await expect(unpackChunks([outside])).rejects.toThrow(RangeError);
    const unknown: BlobRecord = { ...stored, body: { chunk: 0, a: { $view: 'constructor', at: 0, length: 1 } } };
    await expect(unpackChunks([unknown])).rejects.toThrow(RangeError);
  });
});
