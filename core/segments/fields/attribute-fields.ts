import { attributeIndex, attributeOf } from './attribute-match.ts';
import { tagsColumn, textColumn } from './column-builders.ts';
import { splitList } from './text-values.ts';
import type { AttributeFieldKey } from './attribute-match.ts';
import type { FieldCategory, FieldDef, Label } from '../field.ts';

/** A text field read from the custom column whose header is a synonym of the field (see attribute-match.ts). */
export function attributeTextField(id: AttributeFieldKey, category: FieldCategory, label: Label): FieldDef {
  return {
    id, type: 'text', category, label,
    column: ({ ds }) => {
      const headers = attributeIndex(ds).byField.get(id);
      return textColumn(ds.customers, (c) => attributeOf(c, headers));
    },
  };
}

/** Tags read from a custom column holding a list (`sport, travel`), matched by header synonyms. */
export function attributeTagsField(id: AttributeFieldKey, category: FieldCategory, label: Label): FieldDef {
  return {
    id, type: 'tags', category, label,
    column: ({ ds }) => {
      const headers = attributeIndex(ds).byField.get(id);
      return tagsColumn(ds.customers, (c) => splitList(attributeOf(c, headers)));
    },
  };
}
