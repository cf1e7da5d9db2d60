/** What is wrong with one node of a rule; `message` is a plain sentence a marketer can act on. */
export interface RuleProblem {
  /** Path of the node from the root, e.g. `all[1].any[0].not`; '' is the whole rule. */
  path: string;
  /** The condition's field id, when the node is a condition. */
  field?: string;
  code: RuleProblemCode;
  message: string;
}

export type RuleProblemCode =
  | 'not_a_node' | 'unknown_key' | 'empty_group' | 'too_deep'
  | 'missing_field' | 'unknown_field' | 'unknown_operator' | 'operator_not_for_field'
  | 'value_not_expected' | 'bad_value' | 'bad_date' | 'unordered_pair' | 'bad_param'
  | 'unknown_segment' | 'deleted_segment' | 'segment_cycle';

/** A rule that cannot be saved or evaluated, with every problem found (not just the first). */
export class RuleError extends Error {
  readonly problems: RuleProblem[];
  constructor(problems: RuleProblem[]) {
    const first = problems[0];
    const where = first?.path ? ` (at ${first.path})` : '';
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    super(`${first?.message ?? 'Invalid rule'}${where}${more}`);
    this.name = 'RuleError';
    this.problems = problems;
  }
}
