import type { EngineStatus } from '../core/worker/engine-api.ts';
import { formatCount } from './format.ts';

export function StatusLine({ status }: { status?: EngineStatus }) {
  return (
    <p class="status" role="status" aria-live="polite" data-testid="status">
      {status
        ? `${formatCount(status.customers)} customers · ${formatCount(status.orders)} orders · ${formatCount(status.scored)} scored`
        : 'Starting the engine…'}
    </p>
  );
}
