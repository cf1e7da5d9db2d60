import { describe, expect, it } from 'vitest';
import { createLookupService } from '../../../extension/background/lookup-service.ts';
import { buildLookupSnapshot, buildNameSnapshot } from '../../../extension/lookup/build-snapshot.ts';
import { emptyDataset } from '../../../core/engine/empty-dataset.ts';
import type { Customer } from '../../../core/model/customer.ts';
import type { Dataset } from '../../../core/model/dataset.ts';
import type { BackgroundRequest } from '../../../extension/messages.ts';

const customer = (id: string, email: string, lastName: string): Customer => ({
  id, externalIds: [id], emails: [email], phones: [], firstName: 'Anna', lastName, tags: [], attributes: {}, updatedAt: 0,
});
const dataset = (customers: Customer[]): Dataset => ({ ...emptyDataset(), customers });
const none = { segments: [], memberIds: [] };

describe('the background look-up service', () => {
  it('reads the snapshot once at start, answers from it, and reads it again on data-changed', async () => {
    let current = dataset([customer('c1', 'anna@example.com', 'Petrova')]);
    let reads = 0;
    const handle = createLookupService({
      snapshot: async () => (reads++, buildLookupSnapshot(current, none, 1)),
      names: async () => buildNameSnapshot(current, 1),
      moves: async () => undefined,
    });
    const lookup: BackgroundRequest = { type: 'lookup', customers: [{ emails: ['ANNA@example.com'] }, { emails: ['bob@example.com'] }] };
    expect(await handle(lookup, '1')).toMatchObject({ type: 'lookup', results: [{ customerId: 'c1', name: 'Anna Petrova' }, null] });
    expect(await handle(lookup, '1')).toMatchObject({ results: [{ customerId: 'c1' }, null] });
    expect(reads).toBe(1);
    current = dataset([customer('c1', 'anna@example.com', 'Petrova'), customer('c2', 'bob@example.com', 'Bobrov')]);
    expect(await handle({ type: 'data-changed' }, '1')).toEqual({ type: 'ok' });
    expect(reads).toBe(2);
    expect(await handle(lookup, '1')).toMatchObject({ results: [{ customerId: 'c1' }, { customerId: 'c2' }] });
  });

  it('reads the name keys only for a search that matches no identifier, and only once', async () => {
    let nameReads = 0;
    const ds = dataset([customer('c1', 'anna@example.com', 'Petrova'), customer('c2', 'pavel@example.com', 'Petrov')]);
    const handle = createLookupService({
      snapshot: async () => buildLookupSnapshot(ds, none, 1),
      names: async () => (nameReads++, buildNameSnapshot(ds, 1)),
      moves: async () => undefined,
    });
    expect(await handle({ type: 'search', query: 'anna@example.com' }, '1')).toMatchObject({ results: [{ customerId: 'c1' }] });
    expect(nameReads).toBe(0);
    const found = await handle({ type: 'search', query: 'petr' }, '1');
    expect(found.type === 'search' && found.results.map((r) => r.customerId).sort()).toEqual(['c1', 'c2']);
    await handle({ type: 'search', query: 'petrova' }, '1');
    expect(nameReads).toBe(1);
  });

  it('answers an empty store with nothing found, and a failed read the same way', async () => {
    const handle = createLookupService({ snapshot: async () => { throw new Error('no database'); }, names: async () => undefined, moves: async () => undefined });
    expect(await handle({ type: 'lookup', customers: [{ emails: ['a@b.c'] }] }, '1')).toEqual({ type: 'lookup', results: [null] });
    expect(await handle({ type: 'card', customerId: 'c1' }, '1')).toEqual({ type: 'card', card: null });
    expect(await handle({ type: 'search', query: 'anna' }, '1')).toEqual({ type: 'search', results: [] });
    expect(await handle({ type: 'ping' }, '9.9')).toEqual({ type: 'pong', version: '9.9' });
  });
});
