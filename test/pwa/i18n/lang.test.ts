import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserLang, clearLang, detectLang, hasSavedLang, saveLang } from '../../../pwa/i18n/lang.ts';

function stubBrowser(languages: string[]): void {
  const store = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  });
  vi.stubGlobal('navigator', { languages, language: languages[0] });
}

describe('the UI language', () => {
  beforeEach(() => stubBrowser(['de-DE', 'ru-RU']));
  afterEach(() => vi.unstubAllGlobals());

  it('follows the browser until a language is chosen: Russian for any ru* preference, else English', () => {
    expect(hasSavedLang()).toBe(false);
    expect(detectLang()).toBe('ru');
    stubBrowser(['en-GB', 'de']);
    expect(browserLang()).toBe('en');
  });

  it('keeps the choice over the browser, and follows the browser again once the choice is cleared', () => {
    saveLang('en');
    expect(hasSavedLang()).toBe(true);
    expect(detectLang()).toBe('en');
    expect(browserLang()).toBe('ru');
    clearLang();
    expect(hasSavedLang()).toBe(false);
    expect(detectLang()).toBe('ru');
  });
});
