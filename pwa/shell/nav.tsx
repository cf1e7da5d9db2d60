import { useLocation } from 'preact-iso';
import { useT } from '../i18n/i18n-context.tsx';
import { shellMessages } from './shell-messages.ts';

const SECTIONS = [
  { path: '/', key: 'dashboard', icon: '◧' },
  { path: '/customers', key: 'customers', icon: '☰' },
  { path: '/segments', key: 'segments', icon: '◔' },
  { path: '/schemes', key: 'schemes', icon: '⇅' },
  { path: '/import', key: 'import', icon: '⇪' },
  { path: '/sync', key: 'sync', icon: '⇄' },
  { path: '/settings', key: 'settings', icon: '⚙' },
] as const;

/** The sections: a side bar on wide screens, a bottom tab bar on phones (style.css). */
export function Nav() {
  const t = useT(shellMessages);
  const { path } = useLocation();
  const current = (p: string) => (p === '/' ? path === '/' : path === p || path.startsWith(`${p}/`));
  return (
    <nav class="nav" aria-label={t('nav')}>
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.path}>
            <a href={s.path} aria-current={current(s.path) ? 'page' : undefined}>
              <span class="nav-icon" aria-hidden="true">{s.icon}</span>
              <span class="nav-label">{t(s.key)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
