import { useLang, useT } from '../i18n/i18n-context.tsx';
import { LANGS, type Lang } from '../i18n/lang.ts';
import { shellMessages } from './shell-messages.ts';

const NAMES: Record<Lang, string> = { en: 'English', ru: 'Русский' };

export function LanguageSwitch() {
  const { lang, setLang } = useLang();
  const t = useT(shellMessages);
  return (
    <label class="language">
      <span class="visually-hidden">{t('language')}</span>
      <select value={lang} onChange={(e) => setLang(e.currentTarget.value as Lang)}>
        {LANGS.map((l) => <option key={l} value={l} lang={l}>{NAMES[l]}</option>)}
      </select>
    </label>
  );
}
