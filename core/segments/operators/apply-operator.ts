import type { FieldColumn } from '../field.ts';
import type { MemberSet } from '../member-set.ts';
import { operatorAllowed } from '../operators-by-type.ts';
import type { BooleanOperator, DateOperator, NumberOperator, Operator, RuleValue, TagsOperator, TextOperator } from '../rule.ts';
import { booleanOperator } from './boolean.ts';
import { dateOperator } from './date.ts';
import { numberOperator } from './number.ts';
import { tagsOperator } from './tags.ts';
import { textOperator } from './text.ts';

/**
 * One condition over a column: the set of positions (all of the column, deleted customers included;
 * the compiler narrows to live customers). The operand is assumed valid (validate-rule.ts).
 */
export function applyOperator(col: FieldColumn, op: Operator, value: RuleValue | undefined, today: number): MemberSet {
  if (!operatorAllowed(col.type, op)) throw new Error(`Operator ${op} does not apply to a ${col.type} column`);
  switch (col.type) {
    case 'text': return textOperator(col, op as TextOperator, value);
    case 'number': return numberOperator(col, op as NumberOperator, value);
    case 'date': return dateOperator(col, op as DateOperator, value, today);
    case 'tags': return tagsOperator(col, op as TagsOperator, value);
    case 'boolean': return booleanOperator(col, op as BooleanOperator);
  }
}
