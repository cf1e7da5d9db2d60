import { useT } from '../../../i18n/i18n-context.tsx';
import { useRuleBuilder } from './rule-context.tsx';
import { ruleMessages, type RuleMessageKey } from './rule-messages.ts';

/** The problems the engine found at exactly this node (English: its own sentence; Russian: by code). */
export function NodeProblems({ path, id }: { path: string; id: string }) {
  const t = useT(ruleMessages);
  const mine = useRuleBuilder().problems.filter((p) => p.path === path);
  if (!mine.length) return null;
  return (
    <ul class="node-problems" id={id} data-path={path}>
      {mine.map((p, i) => (
        <li key={i} class="error">{t.lang === 'en' ? p.message : t(`problem_${p.code}` as RuleMessageKey)}</li>
      ))}
    </ul>
  );
}
