/**
 * Editing a rule tree in the builder: immutable steps on the JSON the engine reads (core/segments/rule.ts),
 * paths named as the engine's problems name them (`all[1].any[0].not`).
 */
import type { FieldInfo } from '../../../../core/worker/segments-api.ts';
import type { Condition, Operator, Rule, RuleValue } from '../../../../core/segments/rule.ts';

export type GroupKind = 'all' | 'any' | 'not';
export type NodeKind = GroupKind | 'condition';

/** What a value editor enters for an operator of a field type. */
export type ValueShape = 'none' | 'text' | 'list' | 'number' | 'numberPair' | 'date' | 'datePair' | 'days' | 'segment';

const NO_VALUE: ReadonlySet<Operator> = new Set(['is_empty', 'is_not_empty', 'is_true', 'is_false']);
const DAYS: ReadonlySet<Operator> = new Set(['in_last_days', 'more_than_days_ago', 'anniversary_within']);

export function valueShape(type: FieldInfo['type'], op: Operator): ValueShape {
  if (NO_VALUE.has(op) || type === 'boolean') return 'none';
  switch (type) {
    case 'text': return op === 'in_list' ? 'list' : 'text';
    case 'tags': return 'list';
    case 'number': return op === 'between' ? 'numberPair' : 'number';
    case 'date': return DAYS.has(op) ? 'days' : op === 'between' ? 'datePair' : 'date';
    case 'segment': return 'segment';
  }
}

export const nodeKind = (node: Rule): NodeKind =>
  'all' in node ? 'all' : 'any' in node ? 'any' : 'not' in node ? 'not' : 'condition';

/** The children a group shows: a `not` holds one. */
export function childrenOf(node: Rule): Rule[] {
  if ('all' in node) return node.all;
  if ('any' in node) return node.any;
  if ('not' in node) return [node.not];
  return [];
}

export function withChildren(kind: 'all' | 'any', children: Rule[]): Rule {
  return kind === 'all' ? { all: children } : { any: children };
}

/** The path of a group's i-th child, as the engine's problems name it. */
export function childPath(path: string, kind: GroupKind, i: number): string {
  const key = kind === 'not' ? 'not' : `${kind}[${i}]`;
  return path ? `${path}.${key}` : key;
}

export const newCondition = (): Condition => ({ field: '', op: 'is' });

/**
 * A group as another kind, keeping its content: `not` wraps the one child (several are kept as an
 * inner group of the old kind); leaving `not` puts its child in the new group.
 */
export function changeGroupKind(node: Rule, kind: GroupKind): Rule {
  const from = nodeKind(node);
  if (from === kind || from === 'condition') return node;
  const children = childrenOf(node);
  if (kind === 'not') {
    if (children.length === 1) return { not: children[0] };
    return { not: children.length === 0 ? newCondition() : withChildren(from as 'all' | 'any', children) };
  }
  return withChildren(kind, children);
}

/** A condition on a newly picked field: its first operator, its parameters at their defaults, no value. */
export function withField(field: FieldInfo): Condition {
  const params = field.params?.length ? Object.fromEntries(field.params.map((p) => [p.name, p.default])) : undefined;
  return { field: field.id, op: field.operators[0], ...(params ? { params } : {}) };
}

/** The condition with another operator; a value that no longer fits is dropped (the engine refuses leftovers). */
export function withOperator(cond: Condition, field: FieldInfo | undefined, op: Operator): Condition {
  const { value, ...rest } = cond;
  const keep = field && value !== undefined && valueShape(field.type, cond.op) === valueShape(field.type, op) && valueShape(field.type, op) !== 'none';
  return { ...rest, op, ...(keep ? { value } : {}) };
}

export function withValue(cond: Condition, value: RuleValue | undefined): Condition {
  const { value: _old, ...rest } = cond;
  return value === undefined ? rest : { ...rest, value };
}

/** Lines or commas of a pasted list, trimmed, blanks dropped. */
export function splitList(text: string): string[] {
  return text.split(/[\n,;]/).map((s) => s.trim()).filter((s) => s !== '');
}
