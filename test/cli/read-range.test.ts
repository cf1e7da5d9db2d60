import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lineAlignedSplits, readRange } from '../../cli/read-range.ts';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'segmenta-range-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = fc.array(fc.string({ unit: fc.constantFrom('a', ',', '\r', 'я'), maxLength: 30 }), { maxLength: 40 }).map((l) => l.join('\n'));

describe('reading byte ranges', () => {
  it('delivers exactly the bytes of the range', () => {
    const path = join(dir, 'bytes.bin');
    const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7) & 255));
    writeFileSync(path, bytes);
    const got: Buffer[] = [];
    readRange(path, 123, 4321, (chunk) => void got.push(Buffer.from(chunk)));
    expect(Buffer.concat(got).equals(bytes.subarray(123, 4321))).toBe(true);
  });

  it('splits only just after a line feed, in increasing order, with a longer first range', () => {
    fc.assert(
      fc.property(lines, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 }), (text, parts, from, headStart) => {
        const path = join(dir, 'lines.csv');
        const bytes = Buffer.from(text);
        writeFileSync(path, bytes);
        const start = Math.min(from, bytes.length);
        const starts = lineAlignedSplits(path, bytes.length, parts, start, headStart);
        expect(starts[0]).toBe(start);
        expect(starts.length).toBeLessThanOrEqual(parts);
        for (let k = 1; k < starts.length; k++) {
          expect(starts[k]).toBeGreaterThan(starts[k - 1]);
          expect(starts[k]).toBeLessThan(bytes.length);
          expect(bytes[starts[k] - 1]).toBe(0x0a);
          // Nothing before the even share (plus the head start) of the bytes.
          expect(starts[k] - start).toBeGreaterThanOrEqual(headStart + Math.floor(((bytes.length - start - headStart) * k) / parts));
        }
      }),
    );
  });
});
