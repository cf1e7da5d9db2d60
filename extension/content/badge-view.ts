/**
 * One badge on the page: an empty light-DOM `span` hosting a closed shadow root (issue #5). The page sees
 * only the empty span with a fixed inline style; the segment, code, name and card live in the shadow
 * tree, which page scripts cannot reach (`host.shadowRoot` is null, selectors and innerText do not enter it).
 * A span rather than a custom element: a page could define a custom element of our name and run its
 * own code on our host before we attach the shadow.
 */
import type { BadgeInfo, CardInfo } from '../messages.ts';
import { BADGE_CSS } from './badge-styles.ts';
import { renderCard } from './card-view.ts';
import { t } from './i18n.ts';
import { segmentLabel } from './segment-label.ts';

// Inline and !important: beats any page rule on `span` (even `* { display: none !important }`).
const HOST_STYLE = 'all: initial !important; display: inline-block !important; vertical-align: middle !important; position: static !important;';
const OPEN_DELAY = 150;
const CLOSE_DELAY = 250;

export interface BadgeView {
  /** The light-DOM element the page sees. */
  readonly host: HTMLElement;
  /** Fills the badge: a known customer, or null for an unknown one (no badge, or the neutral one). */
  show(info: BadgeInfo | null, neutralForUnknown: boolean): void;
  remove(): void;
}

export type CardLoader = (customerId: string) => Promise<CardInfo | null>;

let sheet: CSSStyleSheet | undefined;
/** One parsed stylesheet shared by every badge's shadow root (a <style> per badge would be parsed per badge). */
function sharedSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(BADGE_CSS);
  }
  return sheet;
}

export function createBadgeView(loadCard: CardLoader): BadgeView {
  const host = document.createElement('span');
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  root.adoptedStyleSheets = [sharedSheet()];
  const badge = document.createElement('button');
  badge.type = 'button';
  badge.className = 'badge';
  badge.hidden = true;
  const card = document.createElement('div');
  card.className = 'card';
  card.setAttribute('popover', 'manual');
  card.setAttribute('role', 'dialog');
  root.append(badge, card);

  let customer: BadgeInfo | null = null;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;

  const place = () => {
    const r = badge.getBoundingClientRect();
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    const left = Math.max(8, Math.min(r.left, innerWidth - width - 8));
    const below = r.bottom + 6;
    card.style.left = `${left}px`;
    card.style.top = `${below + height > innerHeight - 8 ? Math.max(8, r.top - height - 6) : below}px`;
  };
  const open = () => {
    clearTimeout(closeTimer);
    if (!customer || card.matches(':popover-open')) return;
    const id = customer.customerId;
    card.replaceChildren(document.createTextNode(t('cardLoading')));
    card.showPopover();
    place();
    badge.setAttribute('aria-expanded', 'true');
    loadCard(id).then(
      (info) => {
        if (customer?.customerId !== id) return;
        if (info) renderCard(card, info);
        else card.replaceChildren(document.createTextNode(t('cardUnavailable')));
        if (card.matches(':popover-open')) place();
      },
      () => card.replaceChildren(document.createTextNode(t('cardUnavailable'))),
    );
  };
  const close = () => {
    clearTimeout(openTimer);
    if (card.matches(':popover-open')) card.hidePopover();
    card.replaceChildren(); // Nothing of the card stays in the tree once closed.
    badge.setAttribute('aria-expanded', 'false');
  };
  const later = (fn: () => void, ms: number) => window.setTimeout(fn, ms);

  badge.addEventListener('pointerenter', (e) => {
    if (e.pointerType !== 'mouse') return; // Touch opens on tap (click) only.
    clearTimeout(closeTimer);
    openTimer = later(open, OPEN_DELAY);
  });
  for (const target of [badge, card] as HTMLElement[]) {
    target.addEventListener('pointerleave', (e: PointerEvent) => {
      if (e.pointerType !== 'mouse') return;
      clearTimeout(openTimer);
      closeTimer = later(close, CLOSE_DELAY);
    });
  }
  card.addEventListener('pointerenter', () => clearTimeout(closeTimer));
  badge.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation(); // The badge often sits inside a CRM link or row that would navigate.
    if (card.matches(':popover-open')) close();
    else open();
  });
  root.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape') {
      close();
      badge.focus();
    }
  });

  return {
    host,
    show(info, neutralForUnknown) {
      customer = info;
      close();
      if (!info && !neutralForUnknown) {
        badge.hidden = true;
        badge.replaceChildren();
        return;
      }
      const dot = document.createElement('span');
      dot.className = 'dot';
      if (info) {
        badge.style.setProperty('--seg', info.color);
        const segment = info.segment ? segmentLabel(info.segment) : (info.segments[0]?.name ?? '');
        const name = document.createElement('span');
        name.textContent = segment;
        const code = document.createElement('span');
        code.className = 'code';
        code.textContent = info.rfmCode ?? t('badgeNoOrders');
        badge.replaceChildren(dot, name, code);
        badge.setAttribute('aria-label', t('badgeOpenCard', [segment, info.rfmCode].filter(Boolean).join(' ')));
        badge.setAttribute('aria-haspopup', 'dialog');
        badge.setAttribute('aria-expanded', 'false');
        badge.disabled = false;
      } else {
        badge.style.removeProperty('--seg');
        const text = document.createElement('span');
        text.className = 'neutral';
        text.textContent = t('badgeUnknown');
        badge.replaceChildren(dot, text);
        badge.removeAttribute('aria-label');
        badge.removeAttribute('aria-haspopup');
        badge.disabled = true;
      }
      badge.hidden = false;
    },
    remove() {
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      close();
      host.remove();
    },
  };
}
