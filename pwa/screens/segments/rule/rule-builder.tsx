import { useMemo } from 'preact/hooks';
import type { FieldInfo, RuleProblem } from '../../../../core/worker/segments-api.ts';
import type { Rule } from '../../../../core/segments/rule.ts';
import { RuleBuilderProvider } from './rule-context.tsx';
import { RuleGroup } from './rule-group.tsx';
import './rule-builder.css';

/** The visual rule builder: the root group and everything nested in it; problems shown at their nodes. */
export function RuleBuilder({ rule, onChange, fields, segments, problems }: {
  rule: Rule; onChange(rule: Rule): void; fields: FieldInfo[]; segments: { id: string; name: string }[]; problems: RuleProblem[];
}) {
  const ctx = useMemo(() => ({ fields, fieldById: new Map(fields.map((f) => [f.id, f])), segments, problems }), [fields, segments, problems]);
  return (
    <RuleBuilderProvider value={ctx}>
      <ul class="rule-builder">
        <RuleGroup node={rule} path="" onChange={onChange} />
      </ul>
    </RuleBuilderProvider>
  );
}
