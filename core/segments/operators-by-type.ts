import type { FieldType } from './field.ts';
import type { Operator } from './rule.ts';

/** The operators a field of each type accepts, in the order an editor offers them. */
export const OPERATORS_BY_TYPE: Record<FieldType, readonly Operator[]> = {
  text: ['is', 'is_not', 'contains', 'starts_with', 'in_list', 'is_empty', 'is_not_empty'],
  number: ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'between', 'is_empty', 'is_not_empty'],
  date: ['before', 'after', 'between', 'in_last_days', 'more_than_days_ago', 'anniversary_within', 'is_empty', 'is_not_empty'],
  tags: ['any', 'all', 'none', 'is_empty', 'is_not_empty'],
  boolean: ['is_true', 'is_false', 'is_empty'],
  segment: ['in', 'not_in'],
};

export const ALL_OPERATORS: readonly Operator[] = [...new Set(Object.values(OPERATORS_BY_TYPE).flat())];

export const operatorAllowed = (type: FieldType, op: Operator): boolean => OPERATORS_BY_TYPE[type].includes(op);
