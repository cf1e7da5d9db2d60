import { attributeTextField } from './attribute-fields.ts';
import { textColumn } from './column-builders.ts';
import type { FieldDef } from '../field.ts';

export const geographicFields: FieldDef[] = [
  {
    id: 'country', type: 'text', category: 'geographic', label: { en: 'Country', ru: 'Страна' },
    column: ({ ds }) => textColumn(ds.customers, (c) => c.country),
  },
  {
    id: 'region', type: 'text', category: 'geographic', label: { en: 'Region', ru: 'Регион' },
    column: ({ ds }) => textColumn(ds.customers, (c) => c.region),
  },
  {
    id: 'city', type: 'text', category: 'geographic', label: { en: 'City', ru: 'Город' },
    column: ({ ds }) => textColumn(ds.customers, (c) => c.city),
  },
  {
    id: 'language', type: 'text', category: 'geographic', label: { en: 'Language', ru: 'Язык' },
    column: ({ ds }) => textColumn(ds.customers, (c) => c.language),
  },
  attributeTextField('favouriteStore', 'geographic', { en: 'Favourite store', ru: 'Любимый магазин' }),
];
