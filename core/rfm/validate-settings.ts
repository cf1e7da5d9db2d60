import { dayOfIso } from '../model/dates.ts';
import { checkSegmentMap } from './segment-map-check.ts';
import type { DimensionRule, RfmSettings } from './types.ts';

export const MIN_CLASSES = 3;
export const MAX_CLASSES = 10;

/** Problems that make settings unusable for scoring, as English sentences; empty when they are fine. */
export function rfmSettingsProblems(settings: RfmSettings): string[] {
  const problems: string[] = [];
  const k = settings.classes;
  if (!Number.isInteger(k) || k < MIN_CLASSES || k > MAX_CLASSES) {
    problems.push(`The number of classes must be a whole number from ${MIN_CLASSES} to ${MAX_CLASSES}, not ${k}.`);
    return problems;
  }
  if (dayOfIso(settings.asOf) === undefined) problems.push(`The as-of date "${settings.asOf}" is not a YYYY-MM-DD calendar date.`);
  problems.push(...ruleProblems('recency', settings.recency, k));
  problems.push(...ruleProblems('frequency', settings.frequency, k));
  problems.push(...ruleProblems('monetary', settings.monetary, k));
  const map = settings.segmentMap;
  if (map.cells.length !== k || map.cells.some((row) => row.length !== k)) {
    problems.push(`The segment map must be a ${k} × ${k} grid for ${k} classes.`);
  } else {
    for (const [r, fm] of checkSegmentMap(map, k).uncovered) problems.push(`The segment map leaves cell r ${r}, FM ${fm} without a segment.`);
  }
  return problems;
}

function ruleProblems(name: string, rule: DimensionRule, k: number): string[] {
  if (rule.kind === 'quantile') return [];
  const b = rule.bounds;
  if (b.length !== k - 1) return [`Fixed ${name} thresholds need ${k - 1} boundaries for ${k} classes, not ${b.length}.`];
  if (b.some((x) => !Number.isFinite(x))) return [`Fixed ${name} thresholds must be numbers.`];
  for (let i = 1; i < b.length; i++) {
    if (!(b[i] > b[i - 1])) return [`Fixed ${name} thresholds must ascend strictly (${b[i - 1]} is followed by ${b[i]}).`];
  }
  if (name === 'recency' && b[0] < 0) return ['Fixed recency thresholds count days and cannot be negative.'];
  return [];
}

/** Throws a RangeError listing every problem of unusable settings. */
export function assertRfmSettings(settings: RfmSettings): void {
  const problems = rfmSettingsProblems(settings);
  if (problems.length > 0) throw new RangeError(`Invalid RFM settings: ${problems.join(' ')}`);
}
