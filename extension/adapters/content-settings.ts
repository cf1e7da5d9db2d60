/**
 * The content script's settings, written by the options page to `chrome.storage.local` under
 * CONTENT_SETTINGS_KEY and read (never trusted blindly: parsed field by field) by the content script.
 */

export const CONTENT_SETTINGS_KEY = 'contentSettings';

export interface ContentSettings {
  /** An unknown customer gets no badge (`none`, the default) or a grey "not in Segmenta" one. */
  unknownBadge: 'none' | 'neutral';
  /** The generic adapter's extra CSS selectors, per site origin (`https://shop.example.com`). */
  customSelectors: Record<string, string[]>;
}

export const DEFAULT_CONTENT_SETTINGS: ContentSettings = { unknownBadge: 'none', customSelectors: {} };

const MAX_SELECTORS = 20;
const MAX_SELECTOR_LENGTH = 300;

/** Settings from storage, with defaults for anything missing or malformed. */
export function parseContentSettings(value: unknown): ContentSettings {
  if (typeof value !== 'object' || value === null) return DEFAULT_CONTENT_SETTINGS;
  const v = value as Record<string, unknown>;
  const unknownBadge = v.unknownBadge === 'neutral' ? 'neutral' : 'none';
  const customSelectors: Record<string, string[]> = {};
  if (typeof v.customSelectors === 'object' && v.customSelectors !== null && !Array.isArray(v.customSelectors)) {
    for (const [origin, list] of Object.entries(v.customSelectors as Record<string, unknown>)) {
      if (!Array.isArray(list)) continue;
      const selectors = list.filter((s): s is string => typeof s === 'string' && s.trim().length > 0 && s.length <= MAX_SELECTOR_LENGTH);
      if (selectors.length) customSelectors[origin] = selectors.slice(0, MAX_SELECTORS);
    }
  }
  return { unknownBadge, customSelectors };
}
