/** The card behind a badge: RFM values, scores and why, segments, last order, AOV, recent moves. */
import type { CardInfo } from '../messages.ts';
import { t, uiLanguage } from './i18n.ts';
import { segmentLabel } from './segment-label.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

/** Replaces the container's content with the card (text only: nothing from the data becomes markup). */
export function renderCard(container: HTMLElement, card: CardInfo): void {
  const lang = uiLanguage();
  const money = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  const amount = (minor: number) => money.format(minor / 100);

  const title = el('h2', card.name);
  const sub = el('p', [card.segment ? segmentLabel(card.segment) : '', card.rfmCode ?? t('badgeNoOrders')].filter(Boolean).join(' · '), 'sub');
  const facts = el('dl');
  const fact = (label: string, value: string) => facts.append(el('dt', label), el('dd', value));
  if (card.recencyDays !== undefined) fact(t('cardRecency'), t('cardDays', String(card.recencyDays)));
  fact(t('cardFrequency'), String(card.frequency));
  fact(t('cardMonetary'), amount(card.monetary));
  if (card.rfmCode) fact(t('cardScores'), `${card.r} · ${card.f} · ${card.m}`);
  if (card.lastOrder) fact(t('cardLastOrder'), `${date.format(card.lastOrder.time)} · ${amount(card.lastOrder.amount)}`);
  if (card.aov !== undefined) fact(t('cardAov'), amount(card.aov));

  const parts: Node[] = [title, sub, facts];
  if (card.explanation.length) {
    const list = el('ul');
    for (const line of card.explanation) list.append(el('li', line));
    parts.push(list);
  }
  if (card.segments.length) {
    const chips = el('div');
    for (const s of card.segments) {
      const chip = el('span', s.name, 'chip');
      if (s.color && /^#[0-9a-f]{6}$/i.test(s.color)) chip.style.setProperty('--seg', s.color);
      chips.append(chip);
    }
    parts.push(el('h3', t('cardSegments')), chips);
  }
  if (card.moves.length) {
    const list = el('ul');
    for (const move of card.moves.slice(0, 5)) {
      const from = move.from ? segmentLabel(move.from) : '—';
      const to = move.to ? segmentLabel(move.to) : '—';
      list.append(el('li', `${date.format(move.at)} · ${move.scheme}: ${from} → ${to}`));
    }
    parts.push(el('h3', t('cardMoves')), list);
  }
  container.replaceChildren(...parts);
}
