import * as v from 'valibot';
import { ALL_OPERATORS } from './operators-by-type.ts';
import type { Condition, Operator, Rule } from './rule.ts';

/**
 * The structural schema of a rule (core/segments/rule.ts): what a rules file or a sync file must hold
 * before the catalogue is consulted. Nodes are strict objects so a typo (`"alll"`, `"feild"`) is an
 * error rather than a silently ignored key. Meaning (does the field exist, does the operator fit its
 * type, is the date real) is checked in validate-rule.ts, which also names each bad node by its path.
 */
const operand = v.union([
  v.string(),
  v.pipe(v.number(), v.finite()),
  v.array(v.string()),
  v.array(v.pipe(v.number(), v.finite())),
]);

export const ConditionSchema = v.strictObject({
  field: v.pipe(v.string(), v.minLength(1)),
  op: v.picklist(ALL_OPERATORS as Operator[]),
  value: v.optional(operand),
  params: v.optional(v.record(v.string(), v.union([v.string(), v.pipe(v.number(), v.finite())]))),
});

export const RuleSchema: v.GenericSchema<Rule> = v.lazy((input) => {
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    if ('all' in input) return v.strictObject({ all: v.array(RuleSchema) });
    if ('any' in input) return v.strictObject({ any: v.array(RuleSchema) });
    if ('not' in input) return v.strictObject({ not: RuleSchema });
  }
  return ConditionSchema as v.GenericSchema<Condition>;
});

/** Which kind of node an object is, by its keys; undefined when it is none (or several at once). */
export function nodeKind(node: unknown): 'all' | 'any' | 'not' | 'condition' | undefined {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const kinds = (['all', 'any', 'not', 'field'] as const).filter((k) => k in node);
  // A node with an operator but no field is a condition missing its field (reported as such).
  if (kinds.length === 0 && 'op' in node) return 'condition';
  if (kinds.length !== 1) return undefined;
  return kinds[0] === 'field' ? 'condition' : kinds[0];
}
