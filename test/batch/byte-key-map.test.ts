import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ByteKeyMap } from '../../core/batch/byte-key-map.ts';

const utf8 = new TextEncoder();
const decode = (b: Uint8Array, s: number, e: number) => new TextDecoder().decode(b.subarray(s, e));

describe('byte key interning', () => {
  it('gives equal byte strings the same index and different ones different indexes', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), (words) => {
        const map = new ByteKeyMap(4);
        const seen = new Map<string, number>();
        for (const w of words) {
          const bytes = utf8.encode(`[${w}]`);
          const idx = map.intern(bytes, 1, bytes.length - 1);
          if (!seen.has(w)) seen.set(w, seen.size);
          expect(idx).toBe(seen.get(w));
        }
        expect(map.keys(decode)).toEqual([...seen.keys()]);
      }),
    );
  });

  it('keeps working past many rehashes', () => {
    const map = new ByteKeyMap();
    for (let i = 0; i < 50_000; i++) map.intern(utf8.encode(`C${i}`), 0, String(i).length + 1);
    expect(map.size).toBe(50_000);
    expect(map.intern(utf8.encode('C49999'), 0, 6)).toBe(49_999);
  });
});
