import { useEngineData } from '../../engine/engine-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { DeleteAllData } from './delete-all-data.tsx';
import { LanguageSetting } from './language-setting.tsx';
import { PhoneCountrySetting } from './phone-country-setting.tsx';
import { RfmSettingsForm } from './rfm-settings-form.tsx';
import { settingsMessages } from './settings-messages.ts';
import { StorageSetting } from './storage-setting.tsx';
import './settings.css';

/** RFM settings with the segment map, language, default phone country, storage, and deleting everything (issue #4). */
export function SettingsScreen() {
  const t = useT(settingsMessages);
  const { data: settings, error } = useEngineData((engine) => engine.settings(), []);
  return (
    <section class="settings" aria-labelledby="screen-title">
      <h1 id="screen-title">{t('title')}</h1>
      {error && <p class="error" role="alert">{t('loadFailed', { message: error.message })}</p>}
      {!settings && !error && <p>{t('loading')}</p>}
      {settings && <RfmSettingsForm settings={settings} />}
      <LanguageSetting />
      {settings && <PhoneCountrySetting country={settings.defaultPhoneCountry} />}
      <StorageSetting />
      <DeleteAllData />
    </section>
  );
}
