import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCanonicalRfmBytes } from '../../core/rfm/canonical-bytes.ts';
import { formatCanonicalRfm } from '../../core/rfm/canonical-csv.ts';
import { defaultRfmSettings } from '../../core/rfm/default-settings.ts';
import { scoreRfm } from '../../core/rfm/score.ts';
import type { ByteKeys } from '../../core/rfm/sort-byte-keys.ts';
import type { RfmInput } from '../../core/rfm/types.ts';

const encoder = new TextEncoder();

function utf8Keys(ids: readonly string[]): ByteKeys {
  const encoded = ids.map((id) => encoder.encode(id));
  const starts = new Int32Array(ids.length + 1);
  encoded.forEach((k, i) => (starts[i + 1] = starts[i] + k.length));
  const bytes = new Uint8Array(starts[ids.length]);
  encoded.forEach((k, i) => bytes.set(k, starts[i]));
  return { bytes, starts };
}

// Characters that need quoting, non-ASCII on both sides of the surrogate range (UTF-16 order differs
// from byte order there), and an astral character.
const id = fc.array(fc.constantFrom('a', 'B', '0', '9', ',', '"', '\n', '\r', ' ', 'я', 'ё', '\u00e9', '\ue000', '\uffff', '😀'), { maxLength: 6 }).map((u) => u.join(''));
const customer = fc.record({
  id,
  recency: fc.integer({ min: 0, max: 5000 }),
  frequency: fc.integer({ min: 0, max: 3 * 10 ** 6 }),
  monetary: fc.oneof(fc.integer({ min: 0, max: 10 ** 6 }), fc.maxSafeInteger(), fc.integer({ min: -(10 ** 4), max: 0 })),
});

describe('canonical RFM output as bytes', () => {
  it('is byte for byte the UTF-8 of formatCanonicalRfm for the same ids and values', () => {
    fc.assert(
      fc.property(fc.array(customer, { maxLength: 120 }), fc.integer({ min: 3, max: 10 }), (customers, classes) => {
        const ids = customers.map((c) => c.id);
        const input: RfmInput = {
          count: customers.length,
          recencyDays: Int32Array.from(customers, (c) => c.recency),
          frequency: Int32Array.from(customers, (c) => c.frequency),
          monetary: Float64Array.from(customers, (c) => Math.abs(c.monetary) <= Number.MAX_SAFE_INTEGER ? c.monetary : 0),
        };
        const settings = { ...defaultRfmSettings('2026-11-01') };
        const scores = scoreRfm(input, classes === 5 ? settings : { ...settings, classes, segmentMap: gridMap(classes) });
        const want = encoder.encode(formatCanonicalRfm(ids, input, scores));
        expect(Buffer.from(formatCanonicalRfmBytes(utf8Keys(ids), input, scores)).equals(Buffer.from(want))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('writes only the header when nobody is scored', () => {
    const input: RfmInput = { count: 1, recencyDays: Int32Array.of(0), frequency: Int32Array.of(0), monetary: Float64Array.of(0) };
    const scores = scoreRfm(input, defaultRfmSettings('2026-11-01'));
    expect(new TextDecoder().decode(formatCanonicalRfmBytes(utf8Keys(['x']), input, scores))).toBe(
      'customer_id,recency_days,frequency,monetary,r,f,m,segment\n',
    );
  });

  it('refuses a monetary sum that is not a whole number of minor units, as the string writer does', () => {
    const input: RfmInput = { count: 1, recencyDays: Int32Array.of(1), frequency: Int32Array.of(1), monetary: Float64Array.of(0.5) };
    const scores = scoreRfm(input, defaultRfmSettings('2026-11-01'));
    expect(() => formatCanonicalRfmBytes(utf8Keys(['x']), input, scores)).toThrow(RangeError);
  });
});

/** A k×k segment map with a segment per FM column, names that need quoting included. */
function gridMap(k: number) {
  const segments = Array.from({ length: k }, (_, i) => (i % 2 ? `Seg "${i}", quoted` : `Сегмент ${i}`));
  return { segments, cells: Array.from({ length: k }, () => Array.from({ length: k }, (_, fm) => fm)) };
}
