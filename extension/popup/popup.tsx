import { useEffect, useState } from 'preact/hooks';
import { readSummary } from '../summary-store.ts';

const t = (key: string, ...substitutions: string[]) => chrome.i18n.getMessage(key, substitutions);

export function Popup() {
  const [customers, setCustomers] = useState(0);
  useEffect(() => {
    readSummary().then((s) => setCustomers(s?.customers ?? 0), () => setCustomers(0));
  }, []);
  const openManager = () => chrome.tabs.create({ url: chrome.runtime.getURL('extension/manager/index.html') });
  return (
    <main>
      <h1>{t('extName')}</h1>
      <p data-testid="customers">{t('popupCustomers', new Intl.NumberFormat(chrome.i18n.getUILanguage()).format(customers))}</p>
      <button type="button" onClick={openManager}>{t('popupOpenManager')}</button>
    </main>
  );
}
