import * as v from 'valibot';
import type { FieldDef } from './field.ts';
import { OPERATORS_BY_TYPE, operatorAllowed } from './operators-by-type.ts';
import { OPERATOR_PHRASES } from './operator-labels.ts';
import type { Operator, Rule } from './rule.ts';
import { RuleError, type RuleProblem } from './rule-problem.ts';
import { ConditionSchema, nodeKind } from './rule-schema.ts';
import { checkOperand } from './validate-operand.ts';

export type FieldLookup = (id: string) => FieldDef | undefined;

export interface ValidateOptions {
  lookupField: FieldLookup;
  /** When given, `segment in / not_in` must name a known segment that is not deleted. */
  lookupSegment?: (id: string) => { name: string; deleted?: boolean } | undefined;
  /** Groups nested deeper than this are refused (default 32): deeper trees are mistakes, and recursion has limits. */
  maxDepth?: number;
}

export const MAX_RULE_DEPTH = 32;

const TYPE_WORDS: Record<FieldDef['type'], string> = {
  text: 'a text', number: 'a number', date: 'a date', tags: 'a list-of-tags', boolean: 'a yes/no', segment: 'a segment membership',
};
const GROUP_WORDS = { all: '“all of”', any: '“any of”' } as const;

const CONDITION_KEYS = new Set(['field', 'op', 'value', 'params']);

const step = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/**
 * Every problem of a rule (structure, then each condition against the field catalogue), each naming
 * its node by path. An empty list means the rule can be compiled and evaluated.
 */
export function validateRule(rule: unknown, options: ValidateOptions): RuleProblem[] {
  const problems: RuleProblem[] = [];
  walk(rule, '', 0, options, problems);
  return problems;
}

/** Throws a RuleError carrying every problem unless the rule is valid. */
export function assertValidRule(rule: unknown, options: ValidateOptions): asserts rule is Rule {
  const problems = validateRule(rule, options);
  if (problems.length) throw new RuleError(problems);
}

function walk(node: unknown, path: string, depth: number, options: ValidateOptions, out: RuleProblem[]): void {
  const maxDepth = options.maxDepth ?? MAX_RULE_DEPTH;
  if (depth > maxDepth) {
    out.push({ path, code: 'too_deep', message: `The rule is nested more than ${maxDepth} groups deep here; merge some groups.` });
    return;
  }
  const kind = nodeKind(node);
  if (kind === undefined) {
    out.push({ path, code: 'not_a_node', message: describeNonNode(node) });
    return;
  }
  const obj = node as Record<string, unknown>;
  if (kind === 'condition') {
    checkCondition(obj, path, options, out);
    return;
  }
  for (const key of Object.keys(obj)) {
    if (key !== kind) out.push({ path, code: 'unknown_key', message: `“${key}” is not part of a group; a group is just one of all, any or not. Remove it.` });
  }
  if (kind === 'not') {
    walk(obj.not, step(path, 'not'), depth + 1, options, out);
    return;
  }
  const children = obj[kind];
  if (!Array.isArray(children)) {
    out.push({ path, code: 'not_a_node', message: `An ${GROUP_WORDS[kind]} group holds a list of conditions and groups.` });
    return;
  }
  if (children.length === 0) {
    out.push({ path, code: 'empty_group', message: `This ${GROUP_WORDS[kind]} group is empty; add a condition to it or remove it.` });
  }
  children.forEach((child, i) => walk(child, `${step(path, kind)}[${i}]`, depth + 1, options, out));
}

function describeNonNode(node: unknown): string {
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    const keys = ['all', 'any', 'not', 'field'].filter((k) => k in node);
    if (keys.length > 1) return `This part mixes ${keys.join(' and ')}; each part is one condition or one group, so split it.`;
  }
  return 'Each part of a rule is a condition (field, op, value) or a group (all, any, not); this part is neither.';
}

function checkCondition(node: Record<string, unknown>, path: string, options: ValidateOptions, out: RuleProblem[]): void {
  const fieldId = typeof node.field === 'string' ? node.field : undefined;
  const push = (code: RuleProblem['code'], message: string): void => {
    out.push({ path, ...(fieldId !== undefined ? { field: fieldId } : {}), code, message });
  };
  // Structure first (valibot): stray keys, a field that is not a name, params that are not name → value.
  const parsed = v.safeParse(ConditionSchema, node);
  let structural = false;
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const key = issue.path?.[0]?.key;
      if (typeof key === 'string' && !CONDITION_KEYS.has(key)) {
        push('unknown_key', `“${key}” is not part of a condition (field, op, value, params); remove it.`);
        structural = true;
      } else if (key === 'field') {
        push('missing_field', 'This condition has no field; choose what it compares.');
        structural = true;
      } else if (key === 'params') {
        push('bad_param', 'Field parameters must be names with a number or a text each, e.g. {"days": 90}.');
        structural = true;
      }
      // Issues on `op` and `value` are reported below with the field's own wording.
    }
  }
  if (fieldId === undefined || fieldId === '') return;
  const field = options.lookupField(fieldId);
  if (!field) {
    push('unknown_field', fieldId.startsWith('attr:')
      ? `No imported column is called “${fieldId.slice(5)}”; it may have been renamed or not imported yet.`
      : `There is no field “${fieldId}”; choose a field from the list.`);
    return;
  }
  const label = field.label.en;
  const allowed = OPERATORS_BY_TYPE[field.type];
  const op = node.op;
  if (typeof op !== 'string' || !(op in OPERATOR_PHRASES)) {
    push('unknown_operator', `${op === undefined ? 'The condition on' : `“${String(op)}” is not an operator; the condition on`} “${label}” needs one of: ${allowed.map((o) => OPERATOR_PHRASES[o]).join(', ')}.`);
    return;
  }
  if (!operatorAllowed(field.type, op as Operator)) {
    push('operator_not_for_field', `“${label}” is ${TYPE_WORDS[field.type]} field, so “${OPERATOR_PHRASES[op as Operator]}” does not apply; use one of: ${allowed.map((o) => OPERATOR_PHRASES[o]).join(', ')}.`);
    return;
  }
  const operand = checkOperand(field, op as Operator, node.value);
  if (operand) push(operand.code, operand.message);
  if (!structural && node.params !== undefined) checkParams(field, node.params as Record<string, number | string>, push);
  if (field.type === 'segment' && !operand && options.lookupSegment) {
    const id = node.value as string;
    const segment = options.lookupSegment(id);
    if (!segment) push('unknown_segment', `There is no segment with id “${id}”; pick another segment or remove this condition.`);
    else if (segment.deleted) push('deleted_segment', `The segment “${segment.name}” has been deleted; pick another segment or remove this condition.`);
  }
}

function checkParams(
  field: FieldDef, params: Record<string, number | string>, push: (code: RuleProblem['code'], message: string) => void,
): void {
  const label = field.label.en;
  for (const [name, value] of Object.entries(params)) {
    const def = field.params?.find((p) => p.name === name);
    if (!def) {
      const known = field.params?.map((p) => p.name).join(', ');
      push('bad_param', `“${label}” has no setting “${name}”${known ? `; its settings are: ${known}` : ''}.`);
      continue;
    }
    if (def.type === 'text') {
      if (typeof value !== 'string') push('bad_param', `The “${def.label.en}” of “${label}” must be a text; got ${JSON.stringify(value)}.`);
      continue;
    }
    if (typeof value !== 'number') {
      push('bad_param', `The “${def.label.en}” of “${label}” must be a number; got ${JSON.stringify(value)}.`);
    } else if ((def.min !== undefined && value < def.min) || (def.max !== undefined && value > def.max)) {
      const range = def.min !== undefined && def.max !== undefined ? `from ${def.min} to ${def.max}`
        : def.min !== undefined ? `at least ${def.min}` : `at most ${def.max}`;
      push('bad_param', `The “${def.label.en}” of “${label}” must be ${range}; got ${value}.`);
    }
  }
}
