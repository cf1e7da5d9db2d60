import { compileRule, type RuleEnv } from './compile-rule.ts';
import { count } from './member-set.ts';
import type { FieldLookup } from './validate-rule.ts';

export interface LiveCount {
  count: number;
  /** The first positions matched, ascending, at most the sample size asked for. */
  sample: number[];
  ms: number;
}

/**
 * The size of a rule while it is edited: compiled afresh (cheap), run on the cached columns of `env`.
 * Throws a RuleError while the rule is incomplete or wrong (the editor shows its problems instead).
 */
export function liveCount(rule: unknown, env: RuleEnv, lookupField: FieldLookup, sampleSize = 10): LiveCount {
  const started = performance.now();
  const set = compileRule(rule, lookupField)(env);
  const sample: number[] = [];
  for (let w = 0; w < set.length && sample.length < sampleSize; w++) {
    for (let word = set[w]; word !== 0 && sample.length < sampleSize; word &= word - 1) {
      sample.push((w << 5) + (31 - Math.clz32(word & -word)));
    }
  }
  return { count: count(set), sample, ms: performance.now() - started };
}
