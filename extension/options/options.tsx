import { useEffect, useState } from 'preact/hooks';
import { CRM_SITES, type CrmSite } from './crm-sites.ts';
import { isGranted, registerSite, unregisterSite } from './content-script-registration.ts';
import { CustomSites } from './custom-sites-form.tsx';

const t = (key: string) => chrome.i18n.getMessage(key);

/** One switch per CRM: on = its hosts granted and its content script registered. */
export function Options() {
  const [on, setOn] = useState<Record<string, boolean>>({});
  const [problem, setProblem] = useState('');

  useEffect(() => {
    Promise.all(CRM_SITES.map(async (s) => [s.id, await isGranted(s.origins)] as const)).then((pairs) => setOn(Object.fromEntries(pairs)));
  }, []);

  const toggle = async (site: CrmSite, input: HTMLInputElement) => {
    const wanted = input.checked;
    setProblem('');
    try {
      if (wanted) {
        // First thing in the click handler: Chrome asks only during a user gesture.
        const granted = await chrome.permissions.request({ origins: site.origins });
        if (!granted) {
          // The state did not change, so Preact would leave the box as the click left it.
          input.checked = false;
          return setProblem(t('optionsDenied'));
        }
        await registerSite({ id: site.id, matches: site.origins });
      } else {
        await unregisterSite(site.id);
        await chrome.permissions.remove({ origins: site.origins });
      }
      setOn((prev) => ({ ...prev, [site.id]: wanted }));
    } catch (e) {
      input.checked = !wanted;
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <h2>{t('optionsCrmHeading')}</h2>
      <p class="hint">{t('optionsCrmHint')}</p>
      <ul>
        {CRM_SITES.map((site) => (
          <li key={site.id}>
            <label>
              <input
                type="checkbox"
                role="switch"
                data-testid={`crm-${site.id}`}
                checked={on[site.id] === true}
                aria-checked={on[site.id] === true}
                onChange={(e) => void toggle(site, e.currentTarget)}
              />
              {site.label}
            </label>
          </li>
        ))}
      </ul>
      {problem && <p role="alert">{problem}</p>}
      <CustomSites />
    </main>
  );
}
