import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_SETTINGS, parseContentSettings } from '../../extension/adapters/content-settings.ts';

describe('content script settings from storage', () => {
  it('falls back to no badge for unknown customers and no selectors', () => {
    expect(parseContentSettings(undefined)).toEqual(DEFAULT_CONTENT_SETTINGS);
    expect(parseContentSettings('neutral')).toEqual(DEFAULT_CONTENT_SETTINGS);
    expect(parseContentSettings({ unknownBadge: 'loud' }).unknownBadge).toBe('none');
  });

  it('keeps the neutral badge choice and valid selectors per site, dropping the rest', () => {
    const parsed = parseContentSettings({
      unknownBadge: 'neutral',
      customSelectors: { 'https://shop.example.com': ['.customer-email', '', 42, 'x'.repeat(301)], 'https://bad.example.com': 'td.email' },
    });
    expect(parsed).toEqual({ unknownBadge: 'neutral', customSelectors: { 'https://shop.example.com': ['.customer-email'] } });
  });

  it('keeps at most 20 selectors for a site', () => {
    const list = Array.from({ length: 30 }, (_, i) => `.c${i}`);
    expect(parseContentSettings({ customSelectors: { 'https://a.example': list } }).customSelectors['https://a.example']).toHaveLength(20);
  });
});
