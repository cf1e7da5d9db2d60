import type { Operator } from './rule.ts';

/** How an operator reads in English after a field's name, for messages ("City is one of"). */
export const OPERATOR_PHRASES: Record<Operator, string> = {
  is: 'is', is_not: 'is not', contains: 'contains', starts_with: 'starts with', in_list: 'is one of',
  is_empty: 'is empty', is_not_empty: 'is not empty',
  eq: 'equals', ne: 'does not equal', lt: 'is less than', lte: 'is at most', gt: 'is more than', gte: 'is at least',
  between: 'is between',
  before: 'is before', after: 'is after', in_last_days: 'is in the last N days', more_than_days_ago: 'is more than N days ago',
  anniversary_within: 'has its anniversary within N days',
  any: 'has any of', all: 'has all of', none: 'has none of',
  is_true: 'is yes', is_false: 'is no',
  in: 'is in segment', not_in: 'is not in segment',
};
