/**
 * Every message the extension's parts exchange (issue #5). The background refuses anything that is
 * not one of these shapes, or that comes from anyone but this extension's own content scripts and
 * pages (../shared/STYLE.md: the receiver checks who sent it, then its shape). Content scripts send
 * only `lookup` and `card`; extension pages may send any request.
 */

/** The identifiers an adapter found for one customer on the page (any may be absent). */
export interface CustomerKeys {
  emails?: string[];
  phones?: string[];
  /** The CRM's own record ids, prefixed by the CRM as imports write them (`hubspot:123`, `bitrix24:15`), or plain customer ids. */
  ids?: string[];
}

/** What a badge shows: the customer's RFM segment (colour + name) and RFM code. */
export interface BadgeInfo {
  customerId: string;
  name: string;
  /** RFM segment name in the map in force (English names; the UI translates the default ones). */
  segment?: string;
  /** `#rrggbb` of the segment. */
  color: string;
  /** `r-f-m` classes, e.g. `5-4-3`; undefined for a customer without orders. */
  rfmCode?: string;
  /** Up to 3 of the user's segments the customer is in. */
  segments: { name: string; color?: string }[];
}

/** What the card behind a badge shows. */
export interface CardInfo extends BadgeInfo {
  recencyDays?: number;
  frequency: number;
  /** Integer minor units. */
  monetary: number;
  r: number;
  f: number;
  m: number;
  /** One sentence per dimension: its class and what would move the customer up. */
  explanation: string[];
  lastOrder?: { time: number; amount: number };
  /** Average order value, minor units. */
  aov?: number;
  /** Newest first, at most 5. */
  moves: { at: number; scheme: string; from?: string | null; to?: string | null }[];
}

export type BackgroundRequest =
  | { type: 'ping' }
  /** A batch: one list of keys per customer on the page; a list page with 50 contacts is one message. */
  | { type: 'lookup'; customers: CustomerKeys[] }
  | { type: 'card'; customerId: string }
  /** Popup search: email, phone, name or id. */
  | { type: 'search'; query: string; limit?: number }
  /** The manager page saved new data: reload the index. */
  | { type: 'data-changed' };

export type BackgroundResponse =
  | { type: 'pong'; version: string }
  /** results[i] answers customers[i]; null = not in the data. */
  | { type: 'lookup'; results: (BadgeInfo | null)[] }
  | { type: 'card'; card: CardInfo | null }
  | { type: 'search'; results: BadgeInfo[] }
  | { type: 'ok' }
  | { type: 'error'; message: string };

/** Requests a content script may send (it runs beside page scripts: the least it can ask for). */
export const CONTENT_SCRIPT_REQUESTS: readonly BackgroundRequest['type'][] = ['lookup', 'card'];

const MAX_BATCH = 500;
const MAX_KEYS = 20;
const MAX_TEXT = 320;

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_TEXT;
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= MAX_KEYS && v.every(isText);

function isKeys(v: unknown): v is CustomerKeys {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const k = v as Record<string, unknown>;
  if (Object.keys(k).some((name) => name !== 'emails' && name !== 'phones' && name !== 'ids')) return false;
  return (k.emails === undefined || isTextList(k.emails)) && (k.phones === undefined || isTextList(k.phones)) && (k.ids === undefined || isTextList(k.ids));
}

/** The request, checked field by field and bounded in size, or undefined. */
export function parseBackgroundRequest(value: unknown): BackgroundRequest | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const m = value as Record<string, unknown>;
  const only = (...names: string[]) => Object.keys(m).every((n) => n === 'type' || names.includes(n));
  switch (m.type) {
    case 'ping':
    case 'data-changed':
      return only() ? { type: m.type } : undefined;
    case 'lookup':
      return only('customers') && Array.isArray(m.customers) && m.customers.length <= MAX_BATCH && m.customers.every(isKeys)
        ? { type: 'lookup', customers: m.customers as CustomerKeys[] } : undefined;
    case 'card':
      return only('customerId') && isText(m.customerId) ? { type: 'card', customerId: m.customerId } : undefined;
    case 'search':
      return only('query', 'limit') && isText(m.query) && (m.limit === undefined || (Number.isInteger(m.limit) && (m.limit as number) > 0 && (m.limit as number) <= 50))
        ? { type: 'search', query: m.query, ...(m.limit !== undefined ? { limit: m.limit as number } : {}) } : undefined;
    default:
      return undefined;
  }
}
