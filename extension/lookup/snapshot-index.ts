import type { BadgeInfo, CardInfo, CustomerKeys } from '../messages.ts';
import { emailKey, idKey, normaliseText, phoneKey } from './lookup-keys.ts';
import { segmentColor } from './segment-colors.ts';
import { KEY_NAME, type LookupSnapshot, type MoveSnapshot, type NameSnapshot } from './snapshot-format.ts';
import { lowerBound, textAt } from './text-column.ts';
import { NextClassExplainer } from './next-class.ts';

const BADGE_SEGMENTS = 3;

/**
 * Look-ups over a snapshot as it was read: binary search on the sorted keys, badge fields read
 * straight from the columns. Nothing is built at start, so the worker answers as soon as the read ends.
 */
export class SnapshotIndex {
  private explainer?: NextClassExplainer;

  constructor(readonly snapshot: LookupSnapshot) {}

  /** Customer position of the first key that matches (CRM ids, then emails, then phones), or -1. */
  find(keys: CustomerKeys): number {
    const country = this.snapshot.defaultPhoneCountry;
    for (const id of keys.ids ?? []) {
      const i = this.exact(idKey(id));
      if (i >= 0) return i;
    }
    for (const email of keys.emails ?? []) {
      const i = this.exact(emailKey(email));
      if (i >= 0) return i;
    }
    for (const phone of keys.phones ?? []) {
      const key = phoneKey(phone, country);
      const i = key ? this.exact(key) : -1;
      if (i >= 0) return i;
    }
    return -1;
  }

  /** Position of the customer whose own id is `customerId`, or -1. */
  byId(customerId: string): number {
    const { keys, keyOwner, ids } = this.snapshot;
    const key = idKey(customerId);
    for (let j = lowerBound(keys, key); j < keyOwner.length && textAt(keys, j) === key; j++) {
      if (textAt(ids, keyOwner[j]) === customerId) return keyOwner[j];
    }
    return -1;
  }

  /** Popup search: an exact email, phone or id, else (given the name keys) customers whose name starts with the query. */
  search(query: string, limit: number, names?: NameSnapshot): number[] {
    const q = query.trim();
    const exact = this.find(q.includes('@') ? { emails: [q] } : { ids: [q], phones: q.replace(/\D/g, '').length >= 7 ? [q] : [] });
    if (exact >= 0) return [exact];
    const prefix = KEY_NAME + normaliseText(q);
    if (!names || prefix.length < KEY_NAME.length + 2) return [];
    const { keys, owner } = names;
    const found = new Set<number>();
    for (let j = lowerBound(keys, prefix); j < owner.length && found.size < limit && textAt(keys, j).startsWith(prefix); j++) {
      found.add(owner[j]);
    }
    return [...found];
  }

  badge(i: number, segmentLimit = BADGE_SEGMENTS): BadgeInfo {
    const s = this.snapshot;
    const rfm = s.rfm;
    const segmentIndex = rfm ? rfm.scores.segment[i] : -1;
    const badge: BadgeInfo = {
      customerId: textAt(s.ids, i),
      name: textAt(s.names, i),
      color: segmentColor(segmentIndex),
      segments: [],
    };
    if (rfm && segmentIndex >= 0) {
      badge.segment = rfm.scores.settings.segmentMap.segments[segmentIndex];
      badge.rfmCode = `${rfm.scores.r[i]}-${rfm.scores.f[i]}-${rfm.scores.m[i]}`;
    }
    for (let k = i === 0 ? 0 : s.memberEnds[i - 1]; k < s.memberEnds[i] && badge.segments.length < segmentLimit; k++) {
      badge.segments.push({ ...s.userSegments[s.members[k]] });
    }
    return badge;
  }

  /** Prepares the cards' explanations ahead of the first card (the popup is open: a card is likely next). */
  prepareCards(): void {
    this.explainerOf()?.prepare();
  }

  /** The card of customer i; its moves come from `moves` when given. */
  card(i: number, moves?: MoveSnapshot): CardInfo {
    const s = this.snapshot;
    const input = s.rfm?.input;
    const scores = s.rfm?.scores;
    const explainer = this.explainerOf();
    const frequency = input ? input.frequency[i] : 0;
    const monetary = input ? input.monetary[i] : 0;
    const scored = scores !== undefined && scores.segment[i] >= 0;
    const card: CardInfo = {
      ...this.badge(i, Infinity),
      frequency,
      monetary,
      r: scored ? scores.r[i] : 0,
      f: scored ? scores.f[i] : 0,
      m: scored ? scores.m[i] : 0,
      explanation: explainer ? explainer.sentences(i) : [],
      moves: moves ? movesOf(moves, i) : [],
    };
    if (scored && input) card.recencyDays = input.recencyDays[i];
    if (!Number.isNaN(s.lastOrderTime[i])) card.lastOrder = { time: s.lastOrderTime[i], amount: s.lastOrderAmount[i] };
    if (frequency > 0) card.aov = Math.round(monetary / frequency);
    return card;
  }

  private explainerOf(): NextClassExplainer | undefined {
    const rfm = this.snapshot.rfm;
    if (rfm) this.explainer ??= new NextClassExplainer(rfm.input, rfm.scores);
    return this.explainer;
  }

  private exact(key: string): number {
    const j = lowerBound(this.snapshot.keys, key);
    return j < this.snapshot.keyOwner.length && textAt(this.snapshot.keys, j) === key ? this.snapshot.keyOwner[j] : -1;
  }
}


function movesOf(m: MoveSnapshot, i: number): CardInfo['moves'] {
  const place = (code: number) => (code >= 0 ? m.labels[code] : code === -1 ? null : undefined);
  const out: CardInfo['moves'] = [];
  for (let k = i === 0 ? 0 : m.ends[i - 1]; k < m.ends[i]; k++) {
    const move: CardInfo['moves'][number] = { at: m.at[k], scheme: m.schemes[m.scheme[k]] };
    const from = place(m.from[k]);
    const to = place(m.to[k]);
    if (from !== undefined) move.from = from;
    if (to !== undefined) move.to = to;
    out.push(move);
  }
  return out;
}
