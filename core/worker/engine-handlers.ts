import type { EngineApi } from './engine-api.ts';

/**
 * The worker's handler map: exactly the EngineApi methods, one line each, so an engine object's
 * other members (its store, caches, helpers) are never reachable from a page. The literal is typed
 * EngineApi: a missing, extra or misspelt method is a compile error.
 */
export function engineHandlers(engine: EngineApi): EngineApi {
  return {
    ping: () => engine.ping(),
    status: () => engine.status(),
    importFiles: (files, options, onProgress) => engine.importFiles(files, options, onProgress),
    loadDemo: (onProgress) => engine.loadDemo(onProgress),
    cancelImport: () => engine.cancelImport(),
    listCustomers: (q) => engine.listCustomers(q),
    lookup: (query, limit) => engine.lookup(query, limit),
    canonicalRfmCsv: () => engine.canonicalRfmCsv(),
    clear: () => engine.clear(),
    inspectFile: (file, overrides) => engine.inspectFile(file, overrides),
    importHistory: () => engine.importHistory(),
    rejectedRowsCsv: (importId) => engine.rejectedRowsCsv(importId),
    customerCard: (id) => engine.customerCard(id),
    settings: () => engine.settings(),
    updateSettings: (change) => engine.updateSettings(change),
    updateCustomer: (id, edit) => engine.updateCustomer(id, edit),
    deleteCustomer: (id) => engine.deleteCustomer(id),
  };
}
