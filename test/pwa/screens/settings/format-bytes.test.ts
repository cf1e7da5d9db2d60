import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../../pwa/screens/settings/format-bytes.ts';

describe('formatBytes', () => {
  it('uses the largest 1,024-based unit that keeps the number at least 1, in the UI language', () => {
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(5 * 1024 ** 3, 'en')).toBe('5 GB');
    expect(formatBytes(1.25 * 1024 ** 2, 'ru')).toMatch(/^1,3\sМБ$/);
  });
});
