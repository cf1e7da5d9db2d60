import type { SegmentStatus } from '../../../core/worker/segments-api.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { segmentsMessages } from './segments-messages.ts';

/** Badges for what needs a look: matches nobody / everyone, outside the size bounds, unknown members, problems. */
export function SegmentFlags({ status }: { status: Partial<SegmentStatus> }) {
  const t = useT(segmentsMessages);
  const flags: { key: string; text: string; kind: 'warn' | 'danger' }[] = [];
  if (status.problems?.length) flags.push({ key: 'problems', text: t.plural('flagProblems', status.problems.length), kind: 'danger' });
  if (status.matchesNobody) flags.push({ key: 'nobody', text: t('flagNobody'), kind: 'warn' });
  if (status.matchesEveryone) flags.push({ key: 'everyone', text: t('flagEveryone'), kind: 'warn' });
  if (status.bounds === 'below') flags.push({ key: 'below', text: t('flagBelow'), kind: 'warn' });
  if (status.bounds === 'above') flags.push({ key: 'above', text: t('flagAbove'), kind: 'warn' });
  if (status.unknownMembers) flags.push({ key: 'unknown', text: t.plural('flagUnknownMembers', status.unknownMembers), kind: 'warn' });
  if (!flags.length) return null;
  return (
    <ul class="flags" aria-label={t('flags')}>
      {flags.map((f) => <li key={f.key} class={`flag flag-${f.kind}`}>{f.text}</li>)}
    </ul>
  );
}
