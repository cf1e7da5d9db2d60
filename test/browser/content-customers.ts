/**
 * The customers the stub background knows in the content-script tests (made up: no real data). Each
 * fixture page shows some of them; `nobody@example.org` / +7 999 000-00-00 is never known.
 */
import type { BadgeInfo, CardInfo, CustomerKeys } from '../../extension/messages.ts';

export interface StubCustomer {
  emails: string[];
  phones: string[];
  ids: string[];
  card: CardInfo;
}

const card = (customerId: string, name: string, segment: string, color: string, rfmCode: string, extra: Partial<CardInfo> = {}): CardInfo => {
  const [r, f, m] = rfmCode.split('-').map(Number);
  return {
    customerId, name, segment, color, rfmCode, segments: [{ name: 'VIP', color: '#7c3aed' }],
    recencyDays: 12, frequency: 7, monetary: 1_234_500, r, f, m,
    explanation: [`R ${r}: last order 12 days ago`, `F ${f}: 7 orders`, `M ${m}: 12,345.00 spent`],
    lastOrder: { time: Date.UTC(2026, 9, 30), amount: 250_000 }, aov: 176_357,
    moves: [{ at: Date.UTC(2026, 8, 1), scheme: 'RFM', from: 'Loyal', to: segment }],
    ...extra,
  };
};

export const STUB_CUSTOMERS: StubCustomer[] = [
  { emails: ['anna.petrova@example.com'], phones: ['+79123456789'], ids: ['hubspot:51234567890', 'salesforce:0035g00000AbCdEAAV', 'pipedrive:1234', 'amocrm:24681357', 'bitrix24:15', 'zoho:5123456000000234567'], card: card('c-anna', 'Anna Petrova', 'Champions', '#16a34a', '5-5-5') },
  { emails: ['boris.ivanov@example.ru'], phones: ['+79035550102'], ids: ['hubspot:51234567891', 'amocrm:24681358', 'bitrix24:16'], card: card('c-boris', 'Boris Ivanov', 'At Risk', '#dc2626', '2-4-4') },
  { emails: ['carla.mendes@example.com'], phones: ['+442079460958'], ids: ['hubspot:51234567892', 'salesforce:00Q5g00000XyZaBEAZ', 'pipedrive:1235', 'zoho:6123456000000345678'], card: card('c-carla', 'Carla Mendes', 'Loyal', '#2563eb', '4-4-3') },
];

const digits = (p: string) => p.replace(/\D/g, '').slice(-10);

/** The stub's answer: the first customer any of the keys names. */
export function stubLookup(keys: CustomerKeys): BadgeInfo | null {
  const hit = STUB_CUSTOMERS.find((c) =>
    keys.emails?.some((e) => c.emails.includes(e.toLowerCase())) ||
    keys.phones?.some((p) => c.phones.some((q) => digits(q) === digits(p))) ||
    keys.ids?.some((i) => c.ids.includes(i)),
  );
  if (!hit) return null;
  const { customerId, name, segment, color, rfmCode, segments } = hit.card;
  return { customerId, name, segment, color, rfmCode, segments };
}

export function stubCard(customerId: string): CardInfo | null {
  return STUB_CUSTOMERS.find((c) => c.card.customerId === customerId)?.card ?? null;
}
