import type { ColumnCache } from './column-cache.ts';
import type { FieldContext } from './field.ts';
import { and, andNot, emptySet, or, type MemberSet } from './member-set.ts';
import { applyOperator } from './operators/apply-operator.ts';
import { isAll, isAny, isNot, type Condition, type Rule } from './rule.ts';
import { assertValidRule, type FieldLookup } from './validate-rule.ts';

/** What a compiled rule runs against. */
export interface RuleEnv {
  ctx: FieldContext;
  /** Positions of live (non-deleted) customers: see live-members.ts. */
  live: MemberSet;
  columns: ColumnCache;
  /** Member sets of the segments `segment in / not_in` refer to. */
  segments?: ReadonlyMap<string, MemberSet>;
}

export type CompiledRule = (env: RuleEnv) => MemberSet;

/**
 * A rule as a function from an environment to its members, always a subset of `env.live`. Fields and
 * operands are resolved once here; columns come from the cache at each run. `{ not: r }` is the
 * complement of r within live customers, so `not not r` = r and De Morgan's laws hold exactly.
 * Throws a RuleError when the rule is not valid against the catalogue.
 */
export function compileRule(rule: unknown, lookupField: FieldLookup): CompiledRule {
  assertValidRule(rule, { lookupField });
  return compileNode(rule, lookupField);
}

function compileNode(rule: Rule, lookupField: FieldLookup): CompiledRule {
  if (isAll(rule)) {
    const parts = rule.all.map((r) => compileNode(r, lookupField));
    return (env) => parts.reduce((acc, part) => and(acc, part(env)), env.live);
  }
  if (isAny(rule)) {
    const parts = rule.any.map((r) => compileNode(r, lookupField));
    return (env) => parts.reduce((acc, part) => or(acc, part(env)), emptySet(env.ctx.ds.customers.length));
  }
  if (isNot(rule)) {
    const inner = compileNode(rule.not, lookupField);
    return (env) => andNot(env.live, inner(env));
  }
  return compileCondition(rule, lookupField);
}

function compileCondition(cond: Condition, lookupField: FieldLookup): CompiledRule {
  const field = lookupField(cond.field)!;
  if (field.type === 'segment') {
    const id = cond.value as string;
    const inside = cond.op === 'in';
    return (env) => {
      const set = env.segments?.get(id);
      if (!set) throw new Error(`Segment ${id} has not been evaluated before a rule that refers to it`);
      return inside ? and(env.live, set) : andNot(env.live, set);
    };
  }
  return (env) => {
    const col = env.columns.get(field, cond.params, env.ctx);
    return and(env.live, applyOperator(col, cond.op, cond.value, env.ctx.today));
  };
}

/** Ids of the segments a rule refers to (`segment in / not_in`), each once. */
export function segmentRefs(rule: Rule): string[] {
  const out = new Set<string>();
  const visit = (r: Rule): void => {
    if (isAll(r)) r.all.forEach(visit);
    else if (isAny(r)) r.any.forEach(visit);
    else if (isNot(r)) visit(r.not);
    else if (r.field === 'segment' && typeof r.value === 'string') out.add(r.value);
  };
  visit(rule);
  return [...out];
}
