import { behaviouralFields } from './behavioural.ts';
import { ATTR_PREFIX, customAttributeFields } from './custom-attributes.ts';
import { demographicFields } from './demographic.ts';
import { geographicFields } from './geographic.ts';
import { lastInteractionFields } from './last-interaction.ts';
import { loyaltyFields } from './loyalty.ts';
import { membershipFields } from './membership.ts';
import { needsFields } from './needs.ts';
import { orderMixFields } from './order-mix.ts';
import { psychographicFields } from './psychographic.ts';
import { recentOrderFields } from './recent-orders.ts';
import { rfmFields } from './rfm-fields.ts';
import { technographicFields } from './technographic.ts';
import type { Dataset } from '../../model/dataset.ts';
import type { FieldDef } from '../field.ts';

/** Every built-in field, in the order the rule editor lists them (issue #3, FIELDS.md). */
export const STATIC_FIELDS: readonly FieldDef[] = [
  ...demographicFields,
  ...geographicFields,
  ...psychographicFields,
  ...behaviouralFields,
  ...recentOrderFields,
  ...orderMixFields,
  ...lastInteractionFields,
  ...rfmFields,
  ...technographicFields,
  ...needsFields,
  ...loyaltyFields,
  ...membershipFields,
];

const byId = new Map(STATIC_FIELDS.map((f) => [f.id, f]));

/** The built-in fields, then one `attr:<header>` field per custom column of `ds` that no built-in field reads. */
export function fieldCatalogue(ds?: Dataset): FieldDef[] {
  return ds ? [...STATIC_FIELDS, ...customAttributeFields(ds)] : [...STATIC_FIELDS];
}

/** The field a rule names, or undefined; `attr:` fields exist only for a dataset that has the column. */
export function findField(id: string, ds?: Dataset): FieldDef | undefined {
  const field = byId.get(id);
  if (field || !ds || !id.startsWith(ATTR_PREFIX)) return field;
  return customAttributeFields(ds).find((f) => f.id === id);
}
