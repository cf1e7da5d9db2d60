import { isoOfDay } from '../model/dates.ts';
import type { Dataset } from '../model/dataset.ts';
import type { MetricsBase } from './metrics-base.ts';

/** Oldest age taken as real; older (or negative) ages are typing errors and count as unknown. */
export const MAX_AGE = 120;

/**
 * Per-customer persona attributes as small codes, computed once so that a persona per segment is a
 * pass over its members with counters (no string work per segment). Text values are kept as written
 * (trimmed); empty ones are unknown.
 */
export interface PersonaBase {
  metrics: MetricsBase;
  /** Whole years at the as-of date; -1 = unknown. */
  age: Int16Array;
  /** 0 = unknown, 1 = M, 2 = F. */
  gender: Uint8Array;
  /** Index into `cities` / `devices`, -1 = unknown. */
  city: Int32Array;
  cities: string[];
  device: Int32Array;
  devices: string[];
  /** Tags of customer c: `tagCodes[tagStart[c] .. tagStart[c + 1])`, indexes into `tags`. */
  tagStart: Int32Array;
  tagCodes: Int32Array;
  tags: string[];
  /** The orders' category and channel dictionaries (index 0 = empty = unknown). */
  categories: string[];
  channels: string[];
  /** Category and channel code of each order row (the order table's own columns). */
  orderCategory: Uint16Array;
  orderChannel: Uint16Array;
}

/** Whole years from `YYYY-MM-DD` to the as-of day, or -1 when not a date or outside 0..MAX_AGE. */
export function ageAt(birthDate: string | undefined, asOfIso: string): number {
  const m = birthDate === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!m) return -1;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  const [ay, amo, ad] = [+asOfIso.slice(0, 4), +asOfIso.slice(5, 7), +asOfIso.slice(8, 10)];
  const age = ay - y - (amo < mo || (amo === mo && ad < d) ? 1 : 0);
  return age >= 0 && age <= MAX_AGE ? age : -1;
}

export function personaBase(ds: Dataset, metrics: MetricsBase): PersonaBase {
  const size = metrics.size;
  const asOfIso = isoOfDay(metrics.asOfDay);
  const age = new Int16Array(size).fill(-1);
  const gender = new Uint8Array(size);
  const city = new Int32Array(size).fill(-1);
  const device = new Int32Array(size).fill(-1);
  const dictionary = () => {
    const index = new Map<string, number>();
    const values: string[] = [];
    const code = (v: string | undefined): number => {
      const s = v?.trim();
      if (!s) return -1;
      let i = index.get(s);
      if (i === undefined) {
        index.set(s, (i = values.length));
        values.push(s);
      }
      return i;
    };
    return { values, code };
  };
  const cityDict = dictionary();
  const deviceDict = dictionary();
  const tagDict = dictionary();
  const tagStart = new Int32Array(size + 1);
  const tagCodes: number[] = [];
  for (let c = 0; c < size; c++) {
    const customer = ds.customers[c];
    if (metrics.live[c] === 1) {
      age[c] = ageAt(customer.birthDate, asOfIso);
      gender[c] = customer.gender === 'M' ? 1 : customer.gender === 'F' ? 2 : 0;
      city[c] = cityDict.code(customer.city);
      device[c] = deviceDict.code(customer.device);
      for (const t of customer.tags) {
        const code = tagDict.code(t);
        if (code < 0) continue;
        let seen = false; // tags that differ only by spaces
        for (let k = tagStart[c]; k < tagCodes.length && !seen; k++) seen = tagCodes[k] === code;
        if (!seen) tagCodes.push(code);
      }
    }
    tagStart[c + 1] = tagCodes.length;
  }
  return {
    metrics,
    age,
    gender,
    city,
    cities: cityDict.values,
    device,
    devices: deviceDict.values,
    tagStart,
    tagCodes: Int32Array.from(tagCodes),
    tags: tagDict.values,
    categories: ds.orders.dict.category,
    channels: ds.orders.dict.channel,
    orderCategory: ds.orders.category,
    orderChannel: ds.orders.channel,
  };
}
