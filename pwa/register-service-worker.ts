import { Workbox } from 'workbox-window';

/** Registers the generated service worker (production builds only: the dev server has none). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  new Workbox(`${import.meta.env.BASE_URL}sw.js`).register().catch((error: unknown) => {
    console.warn('Service worker registration failed; the app works but not offline.', error);
  });
}
