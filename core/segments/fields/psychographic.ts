import { attributeIndex, attributeOf } from './attribute-match.ts';
import { tagsColumn } from './column-builders.ts';
import { splitList } from './text-values.ts';
import type { AttributeFieldKey } from './attribute-match.ts';
import type { FieldDef, Label } from '../field.ts';

/** Tags read from a custom column holding a list (`sport, travel`), matched by header synonyms. */
function attributeTagsField(id: AttributeFieldKey, label: Label): FieldDef {
  return {
    id, type: 'tags', category: 'psychographic', label,
    column: ({ ds }) => {
      const headers = attributeIndex(ds).byField.get(id);
      return tagsColumn(ds.customers, (c) => splitList(attributeOf(c, headers)));
    },
  };
}

export const psychographicFields: FieldDef[] = [
  {
    id: 'interests', type: 'tags', category: 'psychographic', label: { en: 'Interests', ru: 'Интересы' },
    column: ({ ds }) => tagsColumn(ds.customers, (c) => c.tags),
  },
  attributeTagsField('values', { en: 'Values', ru: 'Ценности' }),
  attributeTagsField('lifestyle', { en: 'Lifestyle', ru: 'Образ жизни' }),
];
