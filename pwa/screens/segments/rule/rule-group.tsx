import type { Condition, Rule } from '../../../../core/segments/rule.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { NodeProblems } from './node-problems.tsx';
import { changeGroupKind, childPath, childrenOf, newCondition, nodeKind, withChildren, type GroupKind } from './rule-edit.ts';
import { RuleCondition } from './rule-condition.tsx';
import { ruleMessages } from './rule-messages.ts';

const KINDS: GroupKind[] = ['all', 'any', 'not'];

/** A group (all / any / not) nested to any depth: its type, its children, add a condition or a group, remove. */
export function RuleGroup({ node, path, onChange, onRemove, depth = 0 }: {
  node: Rule; path: string; onChange(r: Rule): void; onRemove?: () => void; depth?: number;
}) {
  const t = useT(ruleMessages);
  const kind = nodeKind(node) as GroupKind;
  const children = childrenOf(node);
  const idBase = `group-${path.replace(/[^\w]/g, '-') || 'root'}`;
  const setChild = (i: number, child: Rule) =>
    onChange(kind === 'not' ? { not: child } : withChildren(kind, children.map((c, j) => (j === i ? child : c))));
  const removeChild = (i: number) => onChange(withChildren(kind as 'all' | 'any', children.filter((_, j) => j !== i)));
  // A `not` holds one part: it can be replaced (removed) only through the group itself.
  const canAdd = kind !== 'not';
  return (
    <li class={`rule-group depth-${depth % 4}`} data-path={path}>
      <div role="group" aria-label={`${t(`group_${kind}`)}: ${t(`groupHint_${kind}`)}`}>
        <div class="group-head">
          <select id={`${idBase}-type`} aria-label={`${t('groupType')}: ${t(`group_${kind}`)}`} value={kind}
            onChange={(e) => onChange(changeGroupKind(node, e.currentTarget.value as GroupKind))}>
            {KINDS.map((k) => <option key={k} value={k}>{t(`group_${k}`)}</option>)}
          </select>
          <span class="group-hint">{t(`groupHint_${kind}`)}</span>
          {onRemove && <button type="button" class="remove" aria-label={t('removeGroup')} title={t('removeGroup')} onClick={onRemove}>✕</button>}
        </div>
        <NodeProblems path={path} id={`${idBase}-problems`} />
        <ul class="rule-children">
          {children.map((child, i) => {
            const p = childPath(path, kind, i);
            const remove = canAdd ? () => removeChild(i) : undefined;
            return nodeKind(child) === 'condition'
              ? <RuleCondition key={i} cond={child as Condition} path={p} onChange={(c) => setChild(i, c)} onRemove={remove} />
              : <RuleGroup key={i} node={child} path={p} depth={depth + 1} onChange={(c) => setChild(i, c)} onRemove={remove} />;
          })}
        </ul>
        {canAdd && (
          <div class="group-actions">
            <button type="button" onClick={() => onChange(withChildren(kind, [...children, newCondition()]))}>+ {t('addCondition')}</button>
            <button type="button" onClick={() => onChange(withChildren(kind, [...children, { all: [newCondition()] }]))}>+ {t('addGroup')}</button>
          </div>
        )}
      </div>
    </li>
  );
}
