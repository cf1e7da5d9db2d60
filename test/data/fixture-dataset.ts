import type { Customer } from '../../core/model/customer.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import { orderRowAt } from '../../core/data/edits.ts';
import type { OrderRow } from '../../core/data/records.ts';
import { sampleDataset, sampleImport } from './sample-dataset.ts';

/**
 * What the upgrade fixtures were written from: a small dataset with the awkward cases, then the
 * edits that were saved on top of it. Only used to (re)generate a fixture for a new version; the
 * frozen JSON files, not this code, are what the upgrade tests read.
 */
export function fixtureDataset(): { ds: Dataset; customerEdits: [number, Customer][]; orderEdits: [number, OrderRow][] } {
  const ds = sampleDataset(40, 300, 42);
  ds.customers[0] = {
    ...ds.customers[0],
    firstName: '',
    lastName: 'О\u0000Брайен 😀',
    externalIds: ['crm-1', 'shop;2'],
    attributes: { 'Любимый цвет': 'зелёный', '': 'empty header' },
    tags: ['a|b', ''],
  };
  ds.orders.orderId[7] = '#1007';
  ds.orders.amount[8] = 2 ** 33;
  ds.orders.amount[9] = -1250;
  ds.imports = [sampleImport('import-1', 1_790_000_000_000, 4)];
  const renamed: Customer = { ...ds.customers[5], lastName: 'Новикова', updatedAt: 1_790_000_100_000 };
  const added: Customer = { id: 'email:new@пример.рф', externalIds: [], emails: ['new@пример.рф'], phones: [], tags: [], attributes: {}, updatedAt: 1_790_000_200_000 };
  const refunded: OrderRow = { ...orderRowAt(ds.orders, 20), counted: 0, updatedAt: 1_790_000_300_000 };
  const phoned: OrderRow = { ...orderRowAt(ds.orders, 0), orderId: 'T-1', customer: 40, channel: 'phone', updatedAt: 1_790_000_400_000 };
  return { ds, customerEdits: [[5, renamed], [40, added]], orderEdits: [[20, refunded], [300, phoned]] };
}
