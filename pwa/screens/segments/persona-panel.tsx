import { useState } from 'preact/hooks';
import type { SegmentSummary } from '../../../core/worker/segments-api.ts';
import type { ValueShare } from '../../../core/metrics/persona.ts';
import { useEngine, useEngineData } from '../../engine/engine-context.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { segmentsMessages } from './segments-messages.ts';

/** Who the segment's customers are (computed), with a name and description the user can edit and save. */
export function PersonaPanel({ summary }: { summary: SegmentSummary }) {
  const t = useT(segmentsMessages);
  const fmt = useFormat();
  const { engine, changed } = useEngine();
  const seg = summary.segment;
  const persona = useEngineData((e) => e.persona(seg.id), [seg.id]);
  const [edit, setEdit] = useState<{ name?: string; description?: string }>({});
  const [note, setNote] = useState<{ ok: boolean; text: string }>();
  const p = persona.data;
  if (!p) return null;
  const generated = p.text[t.lang];
  const name = edit.name ?? seg.persona?.name ?? generated.name;
  const description = edit.description ?? seg.persona?.description ?? generated.description;
  const list = (items: ValueShare[]) => items.map((v) => `${v.value} ${fmt.percent(v.share, 0)}`).join(', ') || '—';
  const save = async () => {
    try {
      await engine.saveSegment({ id: seg.id, name: seg.name, kind: seg.kind, ...(seg.rule ? { rule: seg.rule } : {}), persona: { name, description } });
      setNote({ ok: true, text: t('personaSaved') });
      changed();
    } catch (err) {
      setNote({ ok: false, text: (err as Error).message });
    }
  };
  return (
    <section class="card persona" aria-labelledby="persona-title">
      <h2 id="persona-title">{t('persona')}</h2>
      <dl class="metrics">
        <div><dt>{t('pAge')}</dt><dd>{p.age ? t('pAgeRange', { p25: p.age.p25, median: p.age.median, p75: p.age.p75 }) : '—'}</dd></div>
        <div><dt>{t('pGender')}</dt><dd>{t('pGenderShares', { female: fmt.percent(p.gender.female, 0), male: fmt.percent(p.gender.male, 0) })}</dd></div>
        <div><dt>{t('pCities')}</dt><dd>{list(p.cities)}</dd></div>
        <div><dt>{t('pInterests')}</dt><dd>{list(p.interests)}</dd></div>
        <div><dt>{t('pDevices')}</dt><dd>{list(p.devices)}</dd></div>
        <div><dt>{t('pCategories')}</dt><dd>{list(p.categories)}</dd></div>
        <div><dt>{t('pChannels')}</dt><dd>{list(p.channels)}</dd></div>
      </dl>
      <div class="form-row">
        <label for="persona-name">{t('personaName')}</label>
        <input id="persona-name" type="text" value={name} onInput={(e) => setEdit({ ...edit, name: e.currentTarget.value })} />
      </div>
      <div class="form-row">
        <label for="persona-description">{t('personaDescription')}</label>
        <textarea id="persona-description" rows={4} value={description} onInput={(e) => setEdit({ ...edit, description: e.currentTarget.value })} />
      </div>
      <div class="toolbar">
        <button type="button" onClick={save}>{t('personaSave')}</button>
        {note && <p role={note.ok ? 'status' : 'alert'} class={note.ok ? 'summary' : 'error'}>{note.text}</p>}
      </div>
    </section>
  );
}
