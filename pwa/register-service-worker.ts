import { Workbox } from 'workbox-window';

type UpdateListener = (apply: () => void) => void;

const listeners = new Set<UpdateListener>();
let pending: (() => void) | undefined;

/** Browsers look for a new version on navigation only; an app left open for days checks hourly too. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the generated service worker (production builds only: the dev server has none).
 * A new version installs in the background and waits; `onUpdateAvailable` listeners are told, and
 * applying it asks the waiting worker to take over, then reloads once it controls the page, so a
 * screen being edited is never swapped under the user without asking.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`);
  const offer = () => announce(() => {
    void navigator.serviceWorker.getRegistration().then((registration) => {
      // Another tab may already have let it take over: nothing waits any more, and a reload is enough.
      if (!registration?.waiting) return window.location.reload();
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  wb.addEventListener('waiting', offer);
  wb.register().then(
    (registration) => {
      // The browser's own update check on this navigation may have found the new worker before
      // workbox-window listened for it: watch one still installing at registration.
      const installing = registration?.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed' && navigator.serviceWorker.controller) offer();
      });
      setInterval(() => void wb.update().catch(() => undefined), UPDATE_CHECK_MS);
    },
    (error: unknown) => console.warn('Service worker registration failed; the app works but not offline.', error),
  );
}

function announce(apply: () => void): void {
  pending = apply;
  for (const listener of listeners) listener(apply);
}

/** Calls `listener` with a function that installs the new version when one is waiting (now, if one already is); returns the unsubscribe. */
export function onUpdateAvailable(listener: UpdateListener): () => void {
  listeners.add(listener);
  if (pending) listener(pending);
  return () => listeners.delete(listener);
}
