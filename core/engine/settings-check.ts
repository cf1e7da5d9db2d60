import { checkSegmentMap } from '../rfm/segment-map-check.ts';
import { rfmSettingsProblems } from '../rfm/validate-settings.ts';
import type { Settings } from '../model/dataset.ts';

/** Settings the user tried to save, refused with every problem found (spec: checked before saving). */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`These settings cannot be saved:\n- ${problems.join('\n- ')}`);
    this.name = 'SettingsError';
  }
}

export function settingsProblems(settings: Settings): string[] {
  const problems = rfmSettingsProblems(settings.rfm);
  const check = checkSegmentMap(settings.rfm.segmentMap, settings.rfm.classes);
  for (const segment of check.unreachable) problems.push(`No cell of the segment map reaches the segment "${segment}".`);
  if (!/^[A-Z]{2}$/.test(settings.defaultPhoneCountry)) problems.push(`The default phone country must be a two-letter code such as RU, got "${settings.defaultPhoneCountry}".`);
  return [...new Set(problems)];
}
