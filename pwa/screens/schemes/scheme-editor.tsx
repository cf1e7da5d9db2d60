import { useState } from 'preact/hooks';
import type { SchemeSummary, SegmentSummary } from '../../../core/worker/segments-api.ts';
import { useEngine } from '../../engine/engine-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { moveItem } from './move-item.ts';
import { SchemeOrderList, type OrderItem } from './scheme-order-list.tsx';
import { schemesMessages } from './schemes-messages.ts';

/** One scheme: rename, delete, its ordered segments with their counts, add a segment. Every change is saved at once. */
export function SchemeEditor({ scheme, segments }: { scheme: SchemeSummary; segments: SegmentSummary[] }) {
  const t = useT(schemesMessages);
  const { engine, changed } = useEngine();
  const [name, setName] = useState(scheme.name);
  const [pending, setPending] = useState<string[]>();
  const [busy, setBusy] = useState(false);
  // Kept as a message key, so it follows a language switch.
  const [note, setNote] = useState<{ key: 'saving' | 'saved' | 'moved' | 'error'; params?: Record<string, string | number> }>();
  const [confirming, setConfirming] = useState(false);
  const [adding, setAdding] = useState('');
  const ids = pending ?? scheme.segmentIds;
  const byId = new Map(segments.map((s) => [s.segment.id, s.segment]));
  const countOf = new Map(scheme.segmentIds.map((id, i) => [id, scheme.counts[i]]));
  const items: OrderItem[] = ids.map((id) => ({
    id, name: byId.get(id)?.name ?? id, color: byId.get(id)?.color,
    // Counts belong to the saved order; while a new one is saving they would mislead.
    count: pending ? undefined : countOf.get(id),
  }));
  const addable = segments.filter((s) => !ids.includes(s.segment.id));

  const failed = (error: unknown) => setNote({ key: 'error', params: { message: error instanceof Error ? error.message : String(error) } });

  async function save(change: { name?: string; segmentIds?: string[] }, done?: { name: string; position: number }) {
    setBusy(true);
    setNote({ key: 'saving' });
    if (change.segmentIds) setPending(change.segmentIds);
    try {
      await engine.saveScheme({ id: scheme.id, name: change.name ?? scheme.name, segmentIds: change.segmentIds ?? scheme.segmentIds });
      setNote(done ? { key: 'moved', params: done } : { key: 'saved' });
      changed();
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
      setPending(undefined);
    }
  }

  const move = (from: number, to: number) => {
    if (to < 0 || to >= ids.length || from === to) return;
    void save({ segmentIds: moveItem(ids, from, to) }, { name: items[from].name, position: to + 1 });
  };

  async function remove() {
    setBusy(true);
    try {
      await engine.deleteScheme(scheme.id);
      changed();
    } catch (error) {
      failed(error);
      setBusy(false);
    }
  }

  const titleId = `scheme-${scheme.id}`;
  return (
    <article class="card scheme" aria-labelledby={titleId} data-scheme-id={scheme.id}>
      <h3 id={titleId}>{scheme.name}</h3>
      <form class="toolbar" onSubmit={(e) => { e.preventDefault(); if (name.trim() && name.trim() !== scheme.name) void save({ name }); }}>
        <label class="field">
          {t('name')}
          <input type="text" value={name} required onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={busy || !name.trim() || name.trim() === scheme.name}>{t('rename')}</button>
        {confirming ? (
          <>
            <button type="button" class="danger" disabled={busy} onClick={() => void remove()}>{t('confirmDelete', { name: scheme.name })}</button>
            <button type="button" onClick={() => setConfirming(false)}>{t('keep')}</button>
          </>
        ) : (
          <button type="button" class="danger" disabled={busy} onClick={() => setConfirming(true)}>{t('delete')}</button>
        )}
      </form>
      {items.length ? (
        <SchemeOrderList label={t('order', { name: scheme.name })} items={items} busy={busy} onMove={move}
          onRemove={(i) => void save({ segmentIds: ids.filter((_, k) => k !== i) })} />
      ) : (
        <p class="hint">{t('empty')}</p>
      )}
      <p class="everyone-else">
        <span>{t('everyoneElse')}</span> <span data-testid="everyone-else">{t.plural('customers', scheme.everyoneElse)}</span>
      </p>
      {addable.length > 0 && (
        <form class="toolbar" onSubmit={(e) => {
          e.preventDefault();
          const id = adding || addable[0].segment.id;
          void save({ segmentIds: [...ids, id] });
          setAdding('');
        }}>
          <label class="field">
            {t('addSegment')}
            <select value={adding || addable[0].segment.id} onChange={(e) => setAdding(e.currentTarget.value)}>
              {addable.map((s) => <option key={s.segment.id} value={s.segment.id}>{s.segment.name}</option>)}
            </select>
          </label>
          <button type="submit" disabled={busy}>{t('add')}</button>
        </form>
      )}
      <p class={note?.key === 'error' ? 'error' : 'hint'} role="status" aria-live="polite">{note ? t(note.key, note.params) : ''}</p>
    </article>
  );
}
