/**
 * The background's look-up snapshot: everything a badge or a card needs, written by the manager page
 * after each change and read by the service worker in one IndexedDB read (no decoding, no index
 * building), so a restarted worker answers its first look-up fast (issue #5: ≤ 150 ms for 100k).
 * Kept in its own small database (snapshot-db.ts), not in the engine's schema.
 */
import type { RfmInput, RfmScores } from '../../core/rfm/types.ts';
import type { TextColumn } from './text-column.ts';

export const SNAPSHOT_FORMAT = 1;

/** Key prefixes in `keys`: the kind of identifier, then its normalised value. */
export const KEY_EMAIL = 'e:';
export const KEY_PHONE = 'p:';
export const KEY_ID = 'i:';
/** Name search keys (popup): lower-cased, ё → е, one space. */
export const KEY_NAME = 'n:';

export interface LookupSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** ms since epoch when the manager wrote it. */
  builtAt: number;
  /** ms since epoch of the last import, when known. */
  importedAt?: number;
  /** Customers (live and tombstoned: positions match the engine's). */
  count: number;
  live: number;
  ids: TextColumn;
  names: TextColumn;
  /** Sorted prefixed identifier keys (ids, emails, phones); keyOwner[j] is the customer of keys[j]. Tombstoned customers have none. */
  keys: TextColumn;
  keyOwner: Uint32Array;
  /** For phones written without a country code on a CRM page. */
  defaultPhoneCountry: string;
  /** Undefined before the first scoring. */
  rfm?: { input: RfmInput; scores: RfmScores };
  /** Seconds (wall clock) and minor units of the newest counted order; NaN when none. */
  lastOrderTime: Float64Array;
  lastOrderAmount: Float64Array;
  /** The user's segments (issue #3), in the segment list's order. */
  userSegments: { name: string; color?: string }[];
  /** Customer i is in userSegments[members[k]] for memberEnds[i - 1] ≤ k < memberEnds[i]. */
  memberEnds: Uint32Array;
  members: Uint16Array;
}

/**
 * Name keys for the popup's search, a record of their own: they are most of the bytes (Cyrillic makes
 * the whole string two bytes a character), and page look-ups never need them, so a restarted worker
 * reads them only when the popup first searches.
 */
export interface NameSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  builtAt: number;
  /** Sorted `n:` keys; owner[j] is the customer of keys[j]. */
  keys: TextColumn;
  owner: Uint32Array;
}

/** Newest moves between segments per customer (engine.customerMoves), a record read at the first card. */
export interface MoveSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  builtAt: number;
  /** Scheme display names ('RFM' or the user's scheme names). */
  schemes: string[];
  /** Segment display names; a move's from/to index them, -1 = everyone else (null), -2 = not a customer yet (undefined). */
  labels: string[];
  /** Customer i's moves, newest first: ends[i - 1] ≤ k < ends[i]. */
  ends: Uint32Array;
  at: Float64Array;
  scheme: Uint16Array;
  from: Int32Array;
  to: Int32Array;
}
