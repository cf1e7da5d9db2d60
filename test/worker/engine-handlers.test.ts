import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { engineHandlers } from '../../core/worker/engine-handlers.ts';
import { createEngine } from '../../core/engine/engine.ts';
import { dispatch, UnknownMethodError } from '../../core/worker/handler-map.ts';

describe('engine handlers', () => {
  it('expose exactly the EngineApi methods', () => {
    expect(Object.keys(engineHandlers(createEngine({ dbName: `handlers-test-${Math.random()}` }))).sort()).toEqual(
      [
        'canonicalRfmCsv', 'cancelImport', 'clear', 'importFiles', 'listCustomers', 'lookup', 'ping', 'status',
        'inspectFile', 'importHistory', 'rejectedRowsCsv', 'customerCard', 'settings', 'updateSettings',
        'updateCustomer', 'deleteCustomer', 'loadDemo',
        // issue #3: segments
        'fields', 'segments', 'segmentTemplates', 'saveSegment', 'createFromTemplate', 'deleteSegment', 'previewRule',
        'freezeSegment', 'changeMembers', 'segmentMembers', 'schemes', 'saveScheme', 'deleteScheme', 'overlap',
        'evaluateSegments', 'snapshots', 'movement', 'customerMoves', 'sizeHistory', 'segmentMetrics', 'fitClv',
        'persona', 'campaignResults', 'exportSegment', 'rfmGrid', 'overallMetrics',
        // issue #4: the import wizard
        'rejectedRows',
        // issue #4: settings' segment map editor
        'checkSegmentMap', 'segmentMapFor',
        // issue #6: sync by file
        'exportSync', 'previewSync', 'applySync', 'backupInfo', 'restoreBackup',
      ].sort(),
    );
  });

  it('keep the engine object\'s other members out of reach', async () => {
    const engine = Object.assign(createEngine({ dbName: `handlers-test-${Math.random()}` }), { secret: async () => 'leaked' });
    const handlers = engineHandlers(engine);
    await expect(dispatch(handlers, 'secret', [])).rejects.toBeInstanceOf(UnknownMethodError);
    await expect(dispatch(handlers, 'ping', [])).resolves.toBe('pong');
  });
});
