/**
 * An adapter's `init(signal)`: scan the page, put a badge after each customer found, and keep the badges
 * in step with the DOM (issue #5). CRM pages render late and re-render often, so every batch of DOM changes
 * schedules one rescan (at most every SCAN_DELAY ms); badges whose content went away are removed; one badge
 * per customer, never two. All new customers of a batch are looked up in one message, and a badge is only
 * inserted once its answer is in, so the pages of customers not in the data are left untouched.
 */
import type { SiteAdapter } from '../adapters/site-adapter.ts';
import type { BadgeInfo, CustomerKeys } from '../messages.ts';
import { createBadgeView, type BadgeView, type CardLoader } from './badge-view.ts';
import { BATCH_MEASURE, markBadges, measureBatch, OBSERVE_MEASURE, START_MEASURE } from './timing.ts';

/** Short enough for the 200 ms budget (scan + message + render fit in the rest), long enough to batch a render. */
const SCAN_DELAY = 40;
const RETRY_AFTER = 2000;

export interface WatchOptions {
  adapter: SiteAdapter;
  url: () => URL;
  neutralForUnknown: boolean;
  lookup: (customers: CustomerKeys[]) => Promise<(BadgeInfo | null)[]>;
  card: CardLoader;
}

interface Badge {
  anchor: Node;
  key: string;
  view: BadgeView;
}

/** A stable key for a customer's identifiers (same identifiers in another order: same key). */
export function keysId(keys: CustomerKeys): string {
  const sorted = (list?: string[]) => (list ? [...list].sort() : []);
  return JSON.stringify([sorted(keys.emails), sorted(keys.phones), sorted(keys.ids)]);
}

export function watchAdapter(options: WatchOptions, signal: AbortSignal): void {
  const { adapter } = options;
  const badges = new Map<string, Badge>();
  const hosts = new WeakSet<Node>();
  const answers = new Map<string, BadgeInfo | null>();
  const asking = new Set<string>();
  let retryAt = 0;
  let timer: number | undefined;

  /** Where each customer is on the page as of the last scan (the badge goes there once the answer is in). */
  let placed = new Map<string, Node>();

  const shows = (key: string) => answers.get(key) != null || (answers.has(key) && options.neutralForUnknown);
  /** Puts the badge after the anchor. Unknown customers get no host at all: the page stays as it was. */
  const attach = (key: string, anchor: Node) => {
    const view = createBadgeView(options.card);
    hosts.add(view.host);
    (anchor as ChildNode).after(view.host);
    view.show(answers.get(key) ?? null, options.neutralForUnknown);
    badges.set(key, { anchor, key, view });
  };

  const ask = (wanted: Map<string, CustomerKeys>, measure: string) => {
    const keys = [...wanted.keys()];
    for (const k of keys) asking.add(k);
    options.lookup([...wanted.values()]).then(
      (results) => {
        if (signal.aborted) return;
        const start = performance.now();
        let shown = false;
        keys.forEach((k, i) => {
          answers.set(k, results[i] ?? null);
          asking.delete(k);
          const anchor = placed.get(k);
          if (anchor?.parentNode && !badges.has(k) && shows(k)) {
            attach(k, anchor);
            shown = true;
          }
        });
        if (shown) markBadges();
        measureBatch(start, measure);
      },
      () => {
        for (const k of keys) asking.delete(k);
        retryAt = performance.now() + RETRY_AFTER;
      },
    );
  };

  const scan = (measure = BATCH_MEASURE) => {
    timer = undefined;
    if (signal.aborted) return;
    const start = performance.now();
    const found = adapter.scan(document, options.url());
    const current = new Map<string, { anchor: Node; keys: CustomerKeys }>();
    for (const f of found) {
      const key = keysId(f.keys);
      if (!current.has(key)) current.set(key, f); // One badge per customer: the first place wins.
    }
    for (const [key, badge] of badges) {
      const now = current.get(key);
      const host = badge.view.host;
      // Gone with its content, moved, or the page re-rendered its container and dropped our host.
      if (!now || now.anchor !== badge.anchor || !badge.anchor.isConnected || !host.isConnected || host.parentNode !== badge.anchor.parentNode) {
        badge.view.remove();
        badges.delete(key);
      }
    }
    placed = new Map();
    const unknown = new Map<string, CustomerKeys>();
    let shown = false;
    for (const [key, { anchor, keys }] of current) {
      placed.set(key, anchor);
      if (badges.has(key) || !anchor.parentNode) continue;
      if (!answers.has(key)) {
        if (!asking.has(key)) unknown.set(key, keys);
      } else if (shows(key)) {
        attach(key, anchor);
        shown = true;
      }
    }
    if (unknown.size && performance.now() >= retryAt) ask(unknown, measure);
    if (shown) markBadges();
    measureBatch(start, measure);
  };

  const observer = new MutationObserver((records) => {
    const start = performance.now();
    // Our own insertions and removals of hosts are not page changes.
    const ours = records.every((r) => r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => hosts.has(n)));
    if (!ours && timer === undefined) timer = window.setTimeout(() => scan(), SCAN_DELAY);
    measureBatch(start, OBSERVE_MEASURE);
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href', 'email', 'value', 'data-id'] });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const badge of badges.values()) badge.view.remove();
    badges.clear();
  }, { once: true });

  // The first scan after the script was injected, and the first badges it answers, run cold code (first
  // compilation, the stylesheet's parse): a one-time cost of the page load, measured on its own.
  scan(firstRun ? START_MEASURE : BATCH_MEASURE);
  firstRun = false;
}

let firstRun = true;
