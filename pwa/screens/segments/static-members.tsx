import { useState } from 'preact/hooks';
import type { MemberChangeResult } from '../../../core/worker/segments-api.ts';
import { useEngine, useEngineData } from '../../engine/engine-context.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { splitList } from './rule/rule-edit.ts';
import { segmentsMessages } from './segments-messages.ts';

const PAGE = 20;

/** A static segment's members: paste emails, phones or ids to add or remove (unmatched listed back); remove one by one. */
export function StaticMembers({ segmentId }: { segmentId: string }) {
  const t = useT(segmentsMessages);
  const fmt = useFormat();
  const { engine, changed } = useEngine();
  const [text, setText] = useState('');
  const [offset, setOffset] = useState(0);
  const [result, setResult] = useState<MemberChangeResult>();
  const [error, setError] = useState<string>();
  const members = useEngineData((e) => e.segmentMembers(segmentId, { offset, limit: PAGE }), [segmentId, offset]);

  const apply = async (change: { add?: string[]; remove?: string[] }) => {
    setError(undefined);
    try {
      setResult(await engine.changeMembers(segmentId, change));
      changed();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const entries = splitList(text);
  const total = members.data?.total ?? 0;
  return (
    <section class="card static-members" aria-labelledby="members-title">
      <h2 id="members-title">{t('members')}</h2>
      <label for="members-paste">{t('pasteMembers')}</label>
      <textarea id="members-paste" rows={5} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <div class="toolbar">
        <button type="button" class="primary" disabled={!entries.length} onClick={() => apply({ add: entries })}>{t('addMembers')}</button>
        <button type="button" disabled={!entries.length} onClick={() => apply({ remove: entries })}>{t('removeMembers')}</button>
      </div>
      <div aria-live="polite">
        {result && (
          <p class="summary" data-testid="members-result">
            {t('membersChanged', { added: fmt.count(result.added), removed: fmt.count(result.removed) })}
          </p>
        )}
        {result && result.unmatched.length > 0 && (
          <div class="unmatched">
            <p class="error">{t.plural('unmatched', result.unmatched.length)}</p>
            <ul data-testid="unmatched">{result.unmatched.map((u) => <li key={u}>{u}</li>)}</ul>
          </div>
        )}
        {error && <p role="alert" class="error">{error}</p>}
      </div>
      <h3>{t.plural('membersTotal', total)}</h3>
      <ul class="member-list">
        {members.data?.rows.map((c) => (
          <li key={c.id}>
            <a href={`/customers/${encodeURIComponent(c.id)}`}>{c.name || c.email || c.id}</a>
            {c.email && c.name ? <span class="muted"> · {c.email}</span> : null}
            <button type="button" class="remove" aria-label={t('removeMember', { name: c.name || c.email || c.id })} onClick={() => apply({ remove: [c.id] })}>✕</button>
          </li>
        ))}
      </ul>
      {total > PAGE && (
        <div class="toolbar">
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>{t('previous')}</button>
          <span>{t('pageOf', { from: fmt.count(offset + 1), to: fmt.count(Math.min(total, offset + PAGE)), total: fmt.count(total) })}</span>
          <button type="button" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>{t('next')}</button>
        </div>
      )}
    </section>
  );
}
