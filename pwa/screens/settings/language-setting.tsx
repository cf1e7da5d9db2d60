import { useLang, useT } from '../../i18n/i18n-context.tsx';
import { browserLang, LANGS, type Lang } from '../../i18n/lang.ts';
import { settingsMessages } from './settings-messages.ts';

const NAMES: Record<Lang, string> = { en: 'English', ru: 'Русский' };

/** The top bar's language choice plus "follow the browser", which forgets the choice. */
export function LanguageSetting() {
  const t = useT(settingsMessages);
  const { lang, chosen, setLang, followBrowser } = useLang();
  return (
    <section class="card settings-section" aria-labelledby="language-title">
      <h2 id="language-title">{t('language')}</h2>
      <div class="choices" role="radiogroup" aria-labelledby="language-title">
        <label class="choice">
          <input type="radio" name="language" value="browser" checked={!chosen} onChange={followBrowser} />
          {t('followBrowser', { name: NAMES[browserLang()] })}
        </label>
        {LANGS.map((l) => (
          <label key={l} class="choice" lang={l}>
            <input type="radio" name="language" value={l} checked={chosen && lang === l} onChange={() => setLang(l)} />
            {NAMES[l]}
          </label>
        ))}
      </div>
    </section>
  );
}

