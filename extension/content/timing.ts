/**
 * The content script's own cost, on the page's Performance timeline (issue #5: under 5 ms of main-thread
 * time per batch of DOM changes, badges within 200 ms). Only durations and times go there, never
 * customer data; tests read them with performance.getEntriesByName.
 */
/** One scan of the page (or filling badges from a lookup answer): the work a batch of DOM changes causes. */
export const BATCH_MEASURE = 'segmenta:batch';
/** The first scan after the content script was injected (page load) and its first badges: cold code, not a batch of changes. */
export const START_MEASURE = 'segmenta:start';
/** The MutationObserver callback itself (it only schedules the scan). */
export const OBSERVE_MEASURE = 'segmenta:observe';
/** Badges were filled in with their customers. */
export const BADGE_MARK = 'segmenta:badge';

const KEEP = 500;
let count = 0;

/** Records main-thread time from `start` (performance.now()) to now. */
export function measureBatch(start: number, name = BATCH_MEASURE): void {
  // User-timing entries are kept until cleared, and a CRM tab stays open all day.
  if (++count > KEEP) {
    performance.clearMeasures(BATCH_MEASURE);
    performance.clearMeasures(OBSERVE_MEASURE);
    performance.clearMeasures(START_MEASURE);
    performance.clearMarks(BADGE_MARK);
    count = 0;
  }
  performance.measure(name, { start, end: performance.now() });
}

export function markBadges(): void {
  performance.mark(BADGE_MARK);
}
