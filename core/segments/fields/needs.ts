import { attributeTextField } from './attribute-fields.ts';
import { booleanColumn } from './column-builders.ts';
import type { FieldDef } from '../field.ts';

/** How a customer can be reached and whether they agreed to be. */
export const needsFields: FieldDef[] = [
  attributeTextField('preferredContactChannel', 'needs', { en: 'Preferred contact channel', ru: 'Предпочтительный канал связи' }),
  {
    id: 'consent', type: 'boolean', category: 'needs', label: { en: 'Marketing consent', ru: 'Согласие на рассылку' },
    column: ({ ds }) => booleanColumn(ds.customers, (c) => c.consent),
  },
  {
    id: 'hasEmail', type: 'boolean', category: 'needs', label: { en: 'Has email', ru: 'Есть email' },
    column: ({ ds }) => booleanColumn(ds.customers, (c) => c.emails.length > 0),
  },
  {
    id: 'hasPhone', type: 'boolean', category: 'needs', label: { en: 'Has phone', ru: 'Есть телефон' },
    column: ({ ds }) => booleanColumn(ds.customers, (c) => c.phones.length > 0),
  },
];
