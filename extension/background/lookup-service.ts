import type { BackgroundRequest, BackgroundResponse } from '../messages.ts';
import type { LookupSnapshot, MoveSnapshot, NameSnapshot } from '../lookup/snapshot-format.ts';
import { SnapshotIndex } from '../lookup/snapshot-index.ts';

const SEARCH_LIMIT = 10;

/**
 * Answers requests from the snapshot. The read starts when the service worker starts (not at the first
 * message), and `data-changed` replaces it; a request waits for the read in progress. The popup's name
 * keys are read when a search finds no identifier and the moves at the first card, or both ahead of time
 * on the popup's `ping`, sent when it opens (the card's explanations are prepared then too).
 */
export interface SnapshotReaders {
  snapshot(): Promise<LookupSnapshot | undefined>;
  names(): Promise<NameSnapshot | undefined>;
  moves(): Promise<MoveSnapshot | undefined>;
}

export function createLookupService(read: SnapshotReaders) {
  const load = () => read.snapshot().then((s) => s && new SnapshotIndex(s), () => undefined);
  let index = load();
  let names: Promise<NameSnapshot | undefined> | undefined;
  let moves: Promise<MoveSnapshot | undefined> | undefined;
  const nameKeys = () => (names ??= read.names().catch(() => undefined));
  const moveRecords = () => (moves ??= read.moves().catch(() => undefined));

  return async function handle(request: BackgroundRequest, version: string): Promise<BackgroundResponse> {
    switch (request.type) {
      case 'ping':
        // After answering: the popup shows at once, and the preparation runs while the user types.
        setTimeout(() => {
          void nameKeys();
          void moveRecords();
          void index.then((ix) => ix?.prepareCards());
        }, 0);
        return { type: 'pong', version };
      case 'data-changed':
        index = load();
        names = undefined;
        moves = undefined;
        await index;
        return { type: 'ok' };
      case 'lookup': {
        const ix = await index;
        return {
          type: 'lookup',
          results: request.customers.map((keys) => {
            const i = ix ? ix.find(keys) : -1;
            return i >= 0 && ix ? ix.badge(i) : null;
          }),
        };
      }
      case 'card': {
        const ix = await index;
        const i = ix ? ix.byId(request.customerId) : -1;
        return { type: 'card', card: i >= 0 && ix ? ix.card(i, await moveRecords()) : null };
      }
      case 'search': {
        const ix = await index;
        if (!ix) return { type: 'search', results: [] };
        const limit = request.limit ?? SEARCH_LIMIT;
        let found = ix.search(request.query, limit);
        if (found.length === 0) found = ix.search(request.query, limit, await nameKeys());
        return { type: 'search', results: found.map((i) => ix.badge(i)) };
      }
    }
  };
}
