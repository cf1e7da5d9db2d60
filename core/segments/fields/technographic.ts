import { booleanColumn, textColumn } from './column-builders.ts';
import { namesApp, osOfDevice } from './os-of-device.ts';
import { orderAggregates } from './order-aggregates.ts';
import type { FieldDef } from '../field.ts';

/** Memoised per distinct text: devices repeat across customers. */
function memo<T>(fn: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined && !seen.has(s)) seen.set(s, (v = fn(s)));
    return v as T;
  };
}

export const technographicFields: FieldDef[] = [
  {
    id: 'device', type: 'text', category: 'technographic', label: { en: 'Device', ru: 'Устройство' },
    column: ({ ds }) => textColumn(ds.customers, (c) => c.device),
  },
  {
    id: 'os', type: 'text', category: 'technographic', label: { en: 'Operating system', ru: 'Операционная система' },
    column: ({ ds }) => {
      const os = memo(osOfDevice);
      return textColumn(ds.customers, (c) => (c.device === undefined ? undefined : os(c.device)));
    },
  },
  {
    id: 'appUser', type: 'boolean', category: 'technographic', label: { en: 'App user', ru: 'Пользуется приложением' },
    column: ({ ds, today }) => {
      const channels = orderAggregates(ds, today).channel;
      const appChannel = channels.dict.map(namesApp);
      const appDevice = memo(namesApp);
      const { offsets, codes } = channels;
      return booleanColumn(ds.customers, (c, i) => {
        for (let k = offsets[i]; k < offsets[i + 1]; k++) if (appChannel[codes[k]]) return true;
        return c.device !== undefined && appDevice(c.device);
      });
    },
  },
  {
    id: 'emailDomain', type: 'text', category: 'technographic', label: { en: 'Email domain', ru: 'Домен почты' },
    column: ({ ds }) => textColumn(ds.customers, (c) => {
      const e = c.emails[0];
      const at = e === undefined ? -1 : e.lastIndexOf('@');
      return at < 0 ? undefined : e.slice(at + 1);
    }),
  },
];
