import { useState } from 'preact/hooks';
import type { Movement, SnapshotInfo } from '../../../core/worker/segments-api.ts';
import { useEngineData } from '../../engine/engine-context.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT, type Translate } from '../../i18n/i18n-context.tsx';
import { dashboardMessages } from './dashboard-messages.ts';
import { MovementTable } from './movement-table.tsx';
import { SankeyChart, type FlowData } from './sankey-chart.tsx';
import { rfmLabel } from './segment-label.ts';

type Key = Parameters<Translate<keyof typeof dashboardMessages.en>>[0];

/** Pick a scheme and two snapshots; the movement between them as a Sankey or a matrix. */
export function MovementPanel({ snapshots: given }: { snapshots: SnapshotInfo[] }) {
  // Time order (a sync may append older snapshots after newer ones).
  const snapshots = [...given].sort((a, b) => a.takenAt - b.takenAt || (a.id < b.id ? -1 : 1));
  const t = useT(dashboardMessages);
  const f = useFormat();
  const { data: schemes = [] } = useEngineData((e) => e.schemes(), []);
  const [scheme, setScheme] = useState('rfm');
  const [view, setView] = useState<'sankey' | 'matrix'>('sankey');
  const last = snapshots.length - 1;
  const [picked, setPicked] = useState<{ from?: string; to?: string }>({});
  const fromId = snapshots.some((s) => s.id === picked.from) ? picked.from! : defaultFrom(snapshots);
  const toId = snapshots.some((s) => s.id === picked.to) ? picked.to! : snapshots[last]?.id;
  const schemeId = scheme === 'rfm' || schemes.some((s) => s.id === scheme) ? scheme : 'rfm';
  const enough = snapshots.length >= 2;
  const { data: movement, error } = useEngineData(
    (e) => (enough && fromId && toId ? e.movement(schemeId, fromId, toId) : Promise.resolve(undefined)),
    [schemeId, fromId, toId, enough],
  );

  const reason = (r: string) => (`reason_${r}` in dashboardMessages.en ? t(`reason_${r}` as Key) : r);
  const option = (s: SnapshotInfo) => <option key={s.id} value={s.id}>{t('snapshotOption', { date: f.date(s.takenAt, true), reason: reason(s.reason) })}</option>;

  if (!enough) return <p class="hint">{t('oneSnapshot')}</p>;
  const flow = movement && toFlow(movement, t, f.date);
  return (
    <>
      <div class="toolbar">
        <label class="field">
          {t('scheme')}
          <select value={schemeId} onChange={(e) => setScheme(e.currentTarget.value)}>
            <option value="rfm">{t('rfmScheme')}</option>
            {schemes.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </label>
        <label class="field">
          {t('fromSnapshot')}
          <select value={fromId} onChange={(e) => setPicked((p) => ({ ...p, from: e.currentTarget.value }))}>{snapshots.map(option)}</select>
        </label>
        <label class="field">
          {t('toSnapshot')}
          <select value={toId} onChange={(e) => setPicked((p) => ({ ...p, to: e.currentTarget.value }))}>{snapshots.map(option)}</select>
        </label>
        <div class="segmented" role="group" aria-label={t('view')}>
          {(['sankey', 'matrix'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>{t(v)}</button>
          ))}
        </div>
      </div>
      {error && <p class="error" role="alert">{t('error', { message: error.message })}</p>}
      {!movement && !error && <p data-loading>{t('loading')}</p>}
      {flow && (view === 'sankey'
        ? <><SankeyChart flow={flow} /><MovementTable flow={flow} hidden /></>
        : <MovementTable flow={flow} />)}
    </>
  );
}

const MONTH_MS = 30 * 86_400_000;

/**
 * The snapshot to compare the newest with, unless the user picks one: the newest that is at least a month
 * older (a month of movement), else the oldest. The previous snapshot would often show no movement at all:
 * editing a segment records one without moving anybody in the RFM scheme.
 */
function defaultFrom(snapshots: SnapshotInfo[]): string | undefined {
  const newest = snapshots.at(-1);
  if (!newest) return undefined;
  const older = snapshots.slice(0, -1).filter((s) => s.takenAt <= newest.takenAt - MONTH_MS);
  return (older.at(-1) ?? snapshots[0]).id;
}

/** Labels in the UI language ("everyone else", "new", "gone" are the engine's last two of each side). */
function toFlow(m: Movement, t: Translate<Key>, date: (ms: number, withTime?: boolean) => string): FlowData {
  const name = (l: string) => (m.schemeId === 'rfm' ? rfmLabel(l, t.lang) : l);
  const side = (labels: string[], lastKey: Key) =>
    labels.map((l, i) => (i === labels.length - 2 ? t('everyoneElse') : i === labels.length - 1 ? t(lastKey) : name(l)));
  const fromLabels = side(m.fromLabels, 'new');
  const toLabels = side(m.toLabels, 'gone');
  let moved = 0;
  m.counts.forEach((row, r) => row.forEach((n, c) => { if (fromLabels[r] !== toLabels[c]) moved += n; }));
  return { fromLabels, toLabels, counts: m.counts, fromDate: date(m.from.takenAt, true), toDate: date(m.to.takenAt, true), moved };
}
