import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortByKeyBytes, type ByteKeys } from '../../core/rfm/sort-byte-keys.ts';

function keysOf(list: readonly Uint8Array[]): ByteKeys {
  const starts = new Int32Array(list.length + 1);
  list.forEach((k, i) => (starts[i + 1] = starts[i] + k.length));
  const bytes = new Uint8Array(starts[list.length]);
  list.forEach((k, i) => bytes.set(k, starts[i]));
  return { bytes, starts };
}

/** The order a comparison sort by bytes gives, ties by position. */
const byCompare = (list: readonly Uint8Array[], indexes: readonly number[]) =>
  [...indexes].sort((a, b) => Buffer.compare(list[a], list[b]) || a - b);

// Few byte values and shared prefixes longer than 8 bytes, so that keys tie on their first 8 bytes,
// differ only by trailing zeros, or repeat.
const key = fc
  .tuple(fc.constantFrom('', 'CUSTOMER-', 'C0', '\0\0\0\0\0\0\0\0'), fc.array(fc.constantFrom(0, 1, 0x30, 0x39, 0x80, 0xff), { maxLength: 12 }))
  .map(([prefix, rest]) => Uint8Array.from([...Buffer.from(prefix, 'latin1'), ...rest]));

describe('sorting keys by their bytes', () => {
  it('orders indexes as a byte-by-byte comparison does, a prefix first, equal keys in their given order', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), fc.infiniteStream(fc.boolean()), (list, pick) => {
        // A subset of the keys, in ascending index order as the writer passes them.
        const indexes = list.map((_, i) => i).filter(() => pick.next().value);
        expect(Array.from(sortByKeyBytes(keysOf(list), Int32Array.from(indexes)))).toEqual(byCompare(list, indexes));
      }),
    );
  });

  it('sorts a large bucket of keys sharing a long prefix (the radix path, not only insertion sort)', () => {
    const list = Array.from({ length: 2000 }, (_, i) => Buffer.from(`customer-number-${(i * 7919) % 2003}`));
    const indexes = list.map((_, i) => i);
    expect(Array.from(sortByKeyBytes(keysOf(list), Int32Array.from(indexes)))).toEqual(byCompare(list, indexes));
  });
});
