import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseEvent } from '../../core/import/campaign-event.ts';

describe('parseEvent', () => {
  test.each(['1', 'true', 'TRUE', 'yes', 'Y', 't', 'да', 'Да', 'ИСТИНА', '+', 'x', 'х', '✓', 'opened', 'Открыто', 'отправлено',
    'кликнул', 'перешёл', 'купила', "'1", ' yes '])('%j means the event happened', (s) => {
    expect(parseEvent(s)).toBe(true);
  });

  test.each(['0', 'false', 'FALSE', 'no', 'N', 'f', 'нет', 'Нет', 'ЛОЖЬ', '-', '—', '', '   ', 'не открыто', 'never'])(
    '%j means it did not', (s) => {
      expect(parseEvent(s)).toBe(false);
    });

  test.each(['2026-05-12 12:54:07', '12.05.2026', '12.05.2026 10:00', '5/12/2026 6:29:00', '2026-05-12T09:00:00Z', '2026-05-12 12:54:07 -0700'])(
    'a timestamp %j means it happened', (s) => {
      expect(parseEvent(s)).toBe(true);
    });

  test('a count means it happened when above zero', () => {
    fc.assert(fc.property(fc.nat(1_000_000), (n) => { expect(parseEvent(String(n))).toBe(n > 0); }));
  });

  test.each(['maybe', 'открыто?', '-1', '1.5', 'n/a', '32.13.2026'])('%j is not an event value', (s) => {
    expect(parseEvent(s)).toBeUndefined();
  });
});
