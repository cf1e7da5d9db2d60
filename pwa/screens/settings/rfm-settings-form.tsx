import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../../core/worker/engine-api.ts';
import { useEngine } from '../../engine/engine-context.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { DimensionRuleField } from './dimension-rule-field.tsx';
import { ProblemList } from './problem-list.tsx';
import { CLASS_CHOICES, DIMENSIONS, toDraft, withClasses, type RfmDraft } from './rfm-draft.ts';
import { SegmentMapEditor } from './segment-map-editor.tsx';
import { settingsMessages } from './settings-messages.ts';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; scored: number } | { kind: 'refused'; problems: string[] };

/** The RFM settings as a draft: edited freely, checked and applied by the engine on Save (which re-scores everything). */
export function RfmSettingsForm({ settings }: { settings: Settings }) {
  const t = useT(settingsMessages);
  const f = useFormat();
  const { engine, changed } = useEngine();
  const saved = toDraft(settings);
  const [draft, setDraft] = useState<RfmDraft>(saved);
  // What the draft started from: the stored settings when it was last reset or saved.
  const [base, setBase] = useState(() => JSON.stringify(saved));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  // Stored settings changed elsewhere (a clear, a new day's as-of): start again from them. The reload
  // that follows our own save matches `base`, so an edit begun meanwhile is kept.
  useEffect(() => {
    const stored = JSON.stringify(saved);
    if (stored !== base) { setBase(stored); setDraft(saved); }
  }, [JSON.stringify(saved)]);
  const dirty = JSON.stringify(draft) !== base;
  const edit = (next: RfmDraft) => { setDraft(next); if (state.kind !== 'saving') setState({ kind: 'idle' }); };
  const rfm = draft.rfm;
  const setClasses = async (classes: number) => edit(withClasses(draft, classes, await engine.segmentMapFor(classes, rfm.segmentMap)));

  const save = async (event: Event) => {
    event.preventDefault();
    setState({ kind: 'saving' });
    try {
      await engine.updateSettings({ rfm: draft.rfm, asOfFollowsToday: draft.asOfFollowsToday });
      const stored = toDraft(await engine.settings());
      setBase(JSON.stringify(stored));
      setDraft(stored);
      const status = await engine.status();
      setState({ kind: 'saved', scored: status.scored });
      changed();
    } catch (error) {
      const problems = (error as { problems?: unknown }).problems;
      setState({ kind: 'refused', problems: Array.isArray(problems) ? problems.map(String) : [String((error as Error).message ?? error)] });
    }
  };

  return (
    <form class="card settings-section" aria-labelledby="rfm-title" onSubmit={save}>
      <h2 id="rfm-title">{t('rfm')}</h2>
      <p class="hint">{t('rfmHint')}</p>
      <div class="field-row">
        <label class="field">
          <span>{t('asOf')}</span>
          <input
            type="date"
            value={rfm.asOf}
            disabled={draft.asOfFollowsToday}
            aria-describedby="as-of-hint"
            onInput={(e) => edit({ ...draft, rfm: { ...rfm, asOf: e.currentTarget.value } })}
          />
        </label>
        <label class="choice">
          <input type="checkbox" checked={draft.asOfFollowsToday} onChange={(e) => edit({ ...draft, asOfFollowsToday: e.currentTarget.checked })} />
          {t('asOfToday')}
        </label>
      </div>
      <p class="hint" id="as-of-hint">{t('asOfHint')}</p>
      <label class="field">
        <span>{t('classes')}</span>
        <select value={String(rfm.classes)} aria-describedby="classes-hint" onChange={(e) => void setClasses(Number(e.currentTarget.value))}>
          {CLASS_CHOICES.map((k) => <option key={k} value={String(k)}>{f.count(k)}</option>)}
        </select>
      </label>
      <p class="hint" id="classes-hint">{t('classesHint', { k: rfm.classes })}</p>
      <div class="dimensions">
        {DIMENSIONS.map((d) => (
          <DimensionRuleField key={d} dimension={d} classes={rfm.classes} rule={rfm[d]} onChange={(rule) => edit({ ...draft, rfm: { ...rfm, [d]: rule } })} />
        ))}
      </div>
      <SegmentMapEditor
        map={rfm.segmentMap}
        classes={rfm.classes}
        onChange={(segmentMap) => edit({ ...draft, rfm: { ...rfm, segmentMap } })}
      />
      <div class="toolbar actions">
        <button type="submit" class="primary" disabled={!dirty || state.kind === 'saving'}>{t('save')}</button>
        <button type="button" disabled={!dirty || state.kind === 'saving'} onClick={() => edit(JSON.parse(base) as RfmDraft)}>{t('discard')}</button>
      </div>
      <div aria-live="polite" class="save-result" data-testid="rfm-save-result">
        {state.kind === 'saving' && <p>{t('saving')}</p>}
        {state.kind === 'saved' && <p class="summary">{t('saved', { n: f.count(state.scored) })}</p>}
        {state.kind === 'idle' && dirty && <p class="hint">{t('unsaved')}</p>}
      </div>
      {state.kind === 'refused' && <ProblemList title={t('cannotSave')} problems={state.problems} role="alert" />}
    </form>
  );
}
