/**
 * Runs the features that apply to the current URL, each with an AbortSignal; on an in-page navigation
 * aborts them all and runs them again once the page has rendered (the pattern of Refined GitHub's
 * feature manager, ../../shared/STYLE.md). CRM pages change URL with history.pushState in the page's own
 * world, which a content script cannot hook: the Navigation API's events and a cheap URL check on every
 * batch of DOM changes (a navigation always changes the DOM) catch it.
 */
export interface Feature {
  include: readonly RegExp[];
  init(signal: AbortSignal): void;
}

export interface AdapterManager {
  /** Aborts everything and starts again (settings changed). */
  restart(): void;
  stop(): void;
}

export function startManager(features: readonly Feature[], currentUrl: () => URL): AdapterManager {
  let controller = new AbortController();
  let href = location.href;
  let pending = false;
  const stopped = new AbortController();

  const run = () => {
    pending = false;
    if (stopped.signal.aborted) return;
    controller = new AbortController();
    const url = currentUrl().href;
    for (const feature of features) {
      if (!feature.include.some((pattern) => pattern.test(url))) continue;
      try {
        feature.init(controller.signal);
      } catch (error) {
        console.error('Segmenta:', error); // One broken adapter must not stop the others.
      }
    }
  };
  const restart = () => {
    controller.abort();
    if (pending) return;
    pending = true;
    // Once the new page has rendered: after the frame that shows it (a timer too, for background tabs).
    let done = false;
    const once = () => {
      if (!done) {
        done = true;
        run();
      }
    };
    requestAnimationFrame(() => setTimeout(once, 0));
    setTimeout(once, 100);
  };
  const check = () => {
    if (location.href === href) return;
    href = location.href;
    restart();
  };

  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  const options = { signal: stopped.signal };
  addEventListener('popstate', check, options);
  addEventListener('hashchange', check, options);
  const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', check, options);

  run();
  return {
    restart,
    stop() {
      stopped.abort();
      observer.disconnect();
      controller.abort();
    },
  };
}
