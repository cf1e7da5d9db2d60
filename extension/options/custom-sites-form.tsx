import { useEffect, useState } from 'preact/hooks';
import { registerSite, unregisterSite } from './content-script-registration.ts';
import { customScriptId, originPattern, parseOrigin, readCustomSites, writeCustomSites, type CustomSite } from './custom-sites.ts';

const t = (key: string) => chrome.i18n.getMessage(key);

/** Any other site: the user's origin, requested as an optional host permission, plus optional selectors. */
export function CustomSites() {
  const [sites, setSites] = useState<CustomSite[]>([]);
  const [origin, setOrigin] = useState('');
  const [selectors, setSelectors] = useState('');
  const [problem, setProblem] = useState('');

  useEffect(() => {
    readCustomSites().then(setSites, () => setSites([]));
  }, []);

  const add = async (e: Event) => {
    e.preventDefault();
    setProblem('');
    const parsed = parseOrigin(origin);
    if (!parsed) return setProblem(t('optionsBadOrigin'));
    try {
      const pattern = originPattern(parsed);
      if (!(await chrome.permissions.request({ origins: [pattern] }))) return setProblem(t('optionsDenied'));
      const site: CustomSite = { origin: parsed, selectors: selectors.split('\n').map((s) => s.trim()).filter(Boolean) };
      const next = [...sites.filter((s) => s.origin !== parsed), site];
      await writeCustomSites(next);
      await registerSite({ id: customScriptId(parsed), matches: [pattern] });
      setSites(next);
      setOrigin('');
      setSelectors('');
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    }
  };

  const remove = async (site: CustomSite) => {
    await unregisterSite(customScriptId(site.origin));
    const next = sites.filter((s) => s.origin !== site.origin);
    await writeCustomSites(next);
    // Another custom site on the same host (another port) keeps the shared pattern.
    if (!next.some((s) => originPattern(s.origin) === originPattern(site.origin))) {
      await chrome.permissions.remove({ origins: [originPattern(site.origin)] });
    }
    setSites(next);
  };

  return (
    <section>
      <h2>{t('optionsCustomHeading')}</h2>
      <p class="hint">{t('optionsCustomHint')}</p>
      <ul>
        {sites.map((s) => (
          <li key={s.origin}>
            <span>{s.origin}</span>
            {s.selectors.length > 0 && <code>{s.selectors.join(', ')}</code>}
            <button type="button" onClick={() => void remove(s)}>{t('optionsRemove')}</button>
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void add(e)}>
        <label>
          {t('optionsOrigin')}
          <input type="url" required placeholder="https://crm.example.com" value={origin} onInput={(e) => setOrigin(e.currentTarget.value)} />
        </label>
        <label>
          {t('optionsSelectors')}
          <textarea rows={3} value={selectors} onInput={(e) => setSelectors(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('optionsAdd')}</button>
      </form>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
