import { attributeTagsField } from './attribute-fields.ts';
import { tagsColumn } from './column-builders.ts';
import type { FieldDef } from '../field.ts';

export const psychographicFields: FieldDef[] = [
  {
    id: 'interests', type: 'tags', category: 'psychographic', label: { en: 'Interests', ru: 'Интересы' },
    column: ({ ds }) => tagsColumn(ds.customers, (c) => c.tags),
  },
  attributeTagsField('values', 'psychographic', { en: 'Values', ru: 'Ценности' }),
  attributeTagsField('lifestyle', 'psychographic', { en: 'Lifestyle', ru: 'Образ жизни' }),
];
