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
    rfmGrid: () => engine.rfmGrid(),
    overallMetrics: (request) => engine.overallMetrics(request),
    fields: () => engine.fields(),
    segments: () => engine.segments(),
    segmentTemplates: () => engine.segmentTemplates(),
    saveSegment: (input) => engine.saveSegment(input),
    createFromTemplate: (templateId, lang) => engine.createFromTemplate(templateId, lang),
    deleteSegment: (id) => engine.deleteSegment(id),
    previewRule: (rule, sampleSize) => engine.previewRule(rule, sampleSize),
    freezeSegment: (id, name) => engine.freezeSegment(id, name),
    changeMembers: (id, change) => engine.changeMembers(id, change),
    segmentMembers: (id, page) => engine.segmentMembers(id, page),
    schemes: () => engine.schemes(),
    saveScheme: (input) => engine.saveScheme(input),
    deleteScheme: (id) => engine.deleteScheme(id),
    overlap: (segmentIds) => engine.overlap(segmentIds),
    evaluateSegments: () => engine.evaluateSegments(),
    snapshots: () => engine.snapshots(),
    movement: (schemeId, from, to) => engine.movement(schemeId, from, to),
    customerMoves: (customerId) => engine.customerMoves(customerId),
    sizeHistory: (segmentId) => engine.sizeHistory(segmentId),
    segmentMetrics: (segmentIds, request) => engine.segmentMetrics(segmentIds, request),
    fitClv: () => engine.fitClv(),
    persona: (segmentId) => engine.persona(segmentId),
    campaignResults: (segmentId) => engine.campaignResults(segmentId),
    exportSegment: (segmentId, request) => engine.exportSegment(segmentId, request),
    rejectedRows: (importId, page) => engine.rejectedRows(importId, page),
    checkSegmentMap: (map, classes) => engine.checkSegmentMap(map, classes),
    segmentMapFor: (classes, map) => engine.segmentMapFor(classes, map),
  };
}
