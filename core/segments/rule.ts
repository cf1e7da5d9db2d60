/**
 * A segment rule: a JSON tree of AND / OR / NOT groups nested to any depth, with conditions at the
 * leaves (issue #3). Stored in segments, exchanged in sync files and `--rules` files, so its shape is
 * a format: add operators and fields, never change what one means.
 *
 * ```json
 * { "all": [
 *   { "field": "city", "op": "in_list", "value": ["Москва", "Санкт-Петербург"] },
 *   { "any": [ { "field": "rfmSegment", "op": "is", "value": "Champions" },
 *              { "not": { "field": "ordersInLastDays", "params": { "days": 90 }, "op": "lt", "value": 2 } } ] } ] }
 * ```
 */
export type Rule = AllGroup | AnyGroup | NotGroup | Condition;

export interface AllGroup { all: Rule[] }
export interface AnyGroup { any: Rule[] }
export interface NotGroup { not: Rule }

export type TextOperator = 'is' | 'is_not' | 'contains' | 'starts_with' | 'in_list' | 'is_empty' | 'is_not_empty';
export type NumberOperator = 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte' | 'between' | 'is_empty' | 'is_not_empty';
export type DateOperator =
  | 'before' | 'after' | 'between' | 'in_last_days' | 'more_than_days_ago' | 'anniversary_within' | 'is_empty' | 'is_not_empty';
export type TagsOperator = 'any' | 'all' | 'none' | 'is_empty' | 'is_not_empty';
export type BooleanOperator = 'is_true' | 'is_false' | 'is_empty';
/** Membership of another segment (field `segment`). */
export type SegmentOperator = 'in' | 'not_in';
export type Operator = TextOperator | NumberOperator | DateOperator | TagsOperator | BooleanOperator | SegmentOperator;

/**
 * Operand by operator: a string (text is/contains/starts_with, dates as `YYYY-MM-DD`, a segment id),
 * a number (number comparisons, N of `in_last_days` / `more_than_days_ago` / `anniversary_within`),
 * a pair for `between` (inclusive), a list for `in_list` and tag operators; none for the `is_*` tests.
 */
export type RuleValue = string | number | [number, number] | [string, string] | string[];

export interface Condition {
  /** Catalogue field id (`city`, `ordersInLastDays`, …) or `attr:<column header>` for an imported custom column. */
  field: string;
  op: Operator;
  value?: RuleValue;
  /** Field parameters, e.g. `{ "days": 90 }` for orders in the last N days. */
  params?: Record<string, number | string>;
}

export const isAll = (r: Rule): r is AllGroup => 'all' in r;
export const isAny = (r: Rule): r is AnyGroup => 'any' in r;
export const isNot = (r: Rule): r is NotGroup => 'not' in r;
export const isCondition = (r: Rule): r is Condition => 'field' in r;
