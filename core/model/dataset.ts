import type { CampaignTable } from './campaigns.ts';
import type { Customer } from './customer.ts';
import type { ImportRecord } from './import-record.ts';
import type { OrderTable } from './orders.ts';
import type { RfmInput, RfmScores, RfmSettings } from '../rfm/types.ts';

/** Per-customer RFM inputs and scores, index i = customers[i]; recomputed after every change. */
export interface CustomerScores {
  input: RfmInput;
  scores: RfmScores;
  /** Day numbers of first and last counted order (-1 when none). */
  firstDay: Int32Array;
  lastDay: Int32Array;
  computedAt: number;
}

export interface Settings {
  rfm: RfmSettings;
  /** Unless false, `rfm.asOf` follows today's date at every recomputation (spec: default as-of = today). */
  asOfFollowsToday?: boolean;
  /** ISO-2 country used to normalise phones written without a country code. */
  defaultPhoneCountry: string;
  /** Stable random id of this device (core/sync/device-id.ts): the source of its sync files; never synced. */
  deviceId?: string;
  updatedAt: number;
}

/** Everything one device holds, in memory in the worker; `core/data` persists it. */
export interface Dataset {
  /** Position = the index used by `orders.customer`; tombstoned customers keep their slot. */
  customers: Customer[];
  orders: OrderTable;
  scores?: CustomerScores;
  imports: ImportRecord[];
  settings: Settings;
  /** Imported campaign results, when any file had them. */
  campaigns?: CampaignTable;
}
