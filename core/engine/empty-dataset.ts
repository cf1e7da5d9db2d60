import { defaultRfmSettings } from '../rfm/default-settings.ts';
import type { Dataset, Settings } from '../model/dataset.ts';
import type { OrderTable } from '../model/orders.ts';
import { localToday } from './compute-scores.ts';

export function emptyOrders(): OrderTable {
  return {
    length: 0,
    orderId: [],
    customer: new Int32Array(0),
    time: new Float64Array(0),
    amount: new Float64Array(0),
    counted: new Uint8Array(0),
    items: new Uint32Array(0),
    currency: new Uint16Array(0),
    channel: new Uint16Array(0),
    category: new Uint16Array(0),
    dict: { currency: [''], channel: [''], category: [''] },
    updatedAt: new Float64Array(0),
  };
}

/** `updatedAt` 0 by default: settings nobody chose lose to any settings a sync file brings (issue #6). */
export function defaultSettings(now = 0): Settings {
  return { rfm: defaultRfmSettings(localToday()), defaultPhoneCountry: 'RU', updatedAt: now };
}

export function emptyDataset(settings: Settings = defaultSettings()): Dataset {
  return { customers: [], orders: emptyOrders(), imports: [], settings };
}
