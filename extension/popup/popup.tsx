import { useEffect, useRef, useState } from 'preact/hooks';
import type { BadgeInfo, CardInfo } from '../messages.ts';
import { readSummary } from '../summary-store.ts';
import { customerCard, pingBackground, searchCustomers } from './background-client.ts';
import { CustomerCard } from './customer-card.tsx';
import { readRecent, rememberRecent, type RecentLookup } from './recent-lookups.ts';

const t = (key: string, ...substitutions: string[]) => chrome.i18n.getMessage(key, substitutions);

/** Quick look-up: an email, phone, name or id gives the RFM card (issue #5: within 50 ms). */
export function Popup() {
  const [customers, setCustomers] = useState(0);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<BadgeInfo[]>();
  const [card, setCard] = useState<CardInfo | null>(null);
  const [recent, setRecent] = useState<RecentLookup[]>([]);
  // Answers arrive out of order when typing fast: only the newest query's answer is shown.
  const latest = useRef(0);

  useEffect(() => {
    readSummary().then((s) => setCustomers(s?.customers ?? 0), () => setCustomers(0));
    readRecent().then(setRecent, () => setRecent([]));
    pingBackground().catch(() => {});
  }, []);

  const show = async (customerId: string) => {
    const found = await customerCard(customerId);
    setCard(found);
    if (found) setRecent(await rememberRecent({ customerId: found.customerId, name: found.name }));
  };

  const search = async (text: string) => {
    setQuery(text);
    if (text.trim().length < 2) {
      latest.current++;
      return setResults(undefined);
    }
    const asked = ++latest.current;
    const found = await searchCustomers(text);
    if (asked !== latest.current) return;
    setResults(found);
    if (found.length === 1) await show(found[0].customerId);
    else setCard(null);
  };

  const openManager = () => chrome.tabs.create({ url: chrome.runtime.getURL('extension/manager/index.html') });
  return (
    <main>
      <h1>{t('extName')}</h1>
      <p data-testid="customers">{t('popupCustomers', new Intl.NumberFormat(chrome.i18n.getUILanguage()).format(customers))}</p>
      <input
        type="search"
        aria-label={t('popupSearchLabel')}
        placeholder={t('popupSearchLabel')}
        value={query}
        onInput={(e) => void search(e.currentTarget.value)}
      />
      {results && results.length === 0 && <p role="status">{t('popupNoResults')}</p>}
      {results && results.length > 1 && (
        <ul class="results">
          {results.map((r) => (
            <li key={r.customerId}>
              <button type="button" onClick={() => void show(r.customerId)}>{r.name || r.customerId}</button>
            </li>
          ))}
        </ul>
      )}
      {card && <CustomerCard card={card} />}
      {recent.length > 0 && (
        <section>
          <h2>{t('popupRecent')}</h2>
          <ul class="recent">
            {recent.map((r) => (
              <li key={r.customerId}>
                <button type="button" onClick={() => void show(r.customerId)}>{r.name || r.customerId}</button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <button type="button" onClick={openManager}>{t('popupOpenManager')}</button>
    </main>
  );
}
