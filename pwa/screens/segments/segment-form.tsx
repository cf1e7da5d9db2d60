import { useLocation } from 'preact-iso';
import { useMemo, useState } from 'preact/hooks';
import type { FieldInfo, RuleProblem, SegmentSummary } from '../../../core/worker/segments-api.ts';
import type { Rule } from '../../../core/segments/rule.ts';
import type { SizeBounds } from '../../../core/segments/segment.ts';
import { useEngine } from '../../engine/engine-context.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { BoundsEditor } from './bounds-editor.tsx';
import { RuleBuilder } from './rule/rule-builder.tsx';
import { newCondition } from './rule/rule-edit.ts';
import { RulePreview } from './rule-preview.tsx';
import { SegmentFlags } from './segment-flags.tsx';
import { SegmentPanels } from './segment-panels.tsx';
import { segmentsMessages } from './segments-messages.ts';
import { StaticMembers } from './static-members.tsx';
import { useRulePreview } from './use-rule-preview.ts';

/** The builder always edits a group at the root; a rule that is one condition (templates) is shown inside "all of". */
const asGroup = (rule: Rule | undefined): Rule =>
  !rule ? { all: [newCondition()] } : 'field' in rule ? { all: [rule] } : rule;

/** Name, description, rule (live preview) or members, size bounds; save; then the panels of a saved segment. */
export function SegmentForm({ summary, kind: newKind, fields, segments }: {
  summary?: SegmentSummary; kind: 'dynamic' | 'static'; fields: FieldInfo[]; segments: SegmentSummary[];
}) {
  const t = useT(segmentsMessages);
  const fmt = useFormat();
  const { engine, changed } = useEngine();
  const { route } = useLocation();
  const seg = summary?.segment;
  const kind = seg?.kind ?? newKind;
  const [name, setName] = useState(seg?.name ?? '');
  const [description, setDescription] = useState(seg?.description ?? '');
  const [rule, setRuleState] = useState<Rule>(() => asGroup(seg?.rule));
  const [color, setColor] = useState(seg?.color ?? '#1f3a5f');
  const [bounds, setBounds] = useState<SizeBounds | undefined>(seg?.bounds);
  const [saveProblems, setSaveProblems] = useState<RuleProblem[]>();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  const preview = useRulePreview(kind === 'dynamic' ? rule : undefined);
  const others = useMemo(() => segments.filter((s) => s.segment.id !== seg?.id).map((s) => ({ id: s.segment.id, name: s.segment.name })), [segments, seg?.id]);
  const setRule = (r: Rule) => { setRuleState(r); setSaveProblems(undefined); };
  const problems = saveProblems ?? preview?.problems ?? [];

  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setMessage(undefined);
    try {
      const saved = await engine.saveSegment({
        ...(seg ? { id: seg.id } : {}), name, kind, description, color, bounds: bounds ?? null,
        ...(kind === 'dynamic' ? { rule } : {}),
      });
      setSaveProblems(undefined);
      setMessage({ ok: true, text: t('saved', { count: t.plural('customersCount', saved.size) }) });
      changed();
      if (!seg) route(`/segments/${encodeURIComponent(saved.segment.id)}`);
    } catch (err) {
      const problems = (err as { problems?: RuleProblem[] }).problems;
      if (problems?.length) setSaveProblems(problems);
      const text = !problems?.length ? (err as Error).message
        : !name.trim() ? t('nameRequired') : t.plural('saveRefused', problems.length);
      setMessage({ ok: false, text });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="screen-title" class="segment-editor">
      <p><a href="/segments">← {t('backToList')}</a></p>
      <h1 id="screen-title">{seg ? seg.name : kind === 'static' ? t('newStatic') : t('newSegment')}</h1>
      {summary && (
        <div class="segment-status">
          <span>{t.plural('customersCount', summary.size)} · {fmt.percent(summary.share)}</span>
          <span class="badge">{t(kind === 'static' ? 'kindStatic' : 'kindDynamic')}</span>
          <SegmentFlags status={summary} />
        </div>
      )}
      <div class={kind === 'dynamic' ? 'editor-layout' : ''}>
        <form class="segment-form" onSubmit={save} noValidate>
          <div class="form-row">
            <label for="segment-name">{t('name')}</label>
            <input id="segment-name" type="text" required value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </div>
          <div class="form-row">
            <label for="segment-description">{t('description')}</label>
            <textarea id="segment-description" rows={2} value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
          </div>
          <div class="form-row color-row">
            <label for="segment-color">{t('color')}</label>
            <input id="segment-color" type="color" value={color} onInput={(e) => setColor(e.currentTarget.value)} />
          </div>
          {kind === 'dynamic' && (
            <fieldset class="rule-fieldset">
              <legend>{t('rule')}</legend>
              <RuleBuilder rule={rule} onChange={setRule} fields={fields} segments={others} problems={problems} />
            </fieldset>
          )}
          {kind === 'dynamic' && preview?.count !== undefined && (
            // Phones and tablets: the preview sits below the form, so the count follows the editing (the preview announces it).
            <p class="live-count-bar" aria-hidden="true">{t.plural('customersCount', preview.count)} · {fmt.percent(preview.share ?? 0)}</p>
          )}
          <BoundsEditor bounds={bounds} onChange={setBounds} />
          <div class="toolbar">
            <button type="submit" class="primary" disabled={busy}>{seg ? t('save') : kind === 'static' ? t('createStatic') : t('create')}</button>
            {message && <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'summary' : 'error'}>{message.text}</p>}
          </div>
        </form>
        {kind === 'dynamic' && <RulePreview preview={preview} />}
      </div>
      {seg && kind === 'static' && <StaticMembers segmentId={seg.id} />}
      {summary && <SegmentPanels summary={summary} />}
    </section>
  );
}
