import { useMemo, useState } from 'preact/hooks';
import { useEngine } from '../../engine/engine-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { settingsMessages } from './settings-messages.ts';

/** Countries users of Segmenta mostly sell in first (CIS), then other common ones; any stored code is kept too. */
const COUNTRIES = ['RU', 'BY', 'KZ', 'UZ', 'KG', 'TJ', 'TM', 'AM', 'AZ', 'GE', 'MD', 'UA', 'EE', 'LV', 'LT', 'RS', 'TR', 'IL', 'AE',
  'CN', 'IN', 'DE', 'FR', 'IT', 'ES', 'NL', 'PL', 'CZ', 'FI', 'GB', 'US', 'CA'];

/** Saved on change: it only affects how phones are read at the next import or edit. */
export function PhoneCountrySetting({ country }: { country: string }) {
  const t = useT(settingsMessages);
  const { engine, changed } = useEngine();
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  const options = useMemo(() => {
    const names = new Intl.DisplayNames(t.lang, { type: 'region' });
    const codes = COUNTRIES.includes(country) ? COUNTRIES : [country, ...COUNTRIES];
    return codes.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, t.lang));
  }, [t.lang, country]);
  const choose = async (code: string) => {
    try {
      await engine.updateSettings({ defaultPhoneCountry: code });
      setMessage({ text: t('phoneCountrySaved', { name: options.find((o) => o.code === code)?.name ?? code }) });
      changed();
    } catch (error) {
      setMessage({ text: t('failed', { message: (error as Error).message }), error: true });
    }
  };
  return (
    <section class="card settings-section" aria-labelledby="phone-title">
      <h2 id="phone-title">{t('phoneCountry')}</h2>
      <label class="field">
        <span class="visually-hidden">{t('phoneCountry')}</span>
        <select value={country} aria-describedby="phone-hint" onChange={(e) => void choose(e.currentTarget.value)}>
          {options.map((o) => <option key={o.code} value={o.code}>{o.name} ({o.code})</option>)}
        </select>
      </label>
      <p class="hint" id="phone-hint">{t('phoneCountryHint')}</p>
      <p aria-live="polite" class={message?.error ? 'error' : 'summary'}>{message?.text}</p>
    </section>
  );
}
