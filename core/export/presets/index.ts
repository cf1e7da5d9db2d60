import { genericPreset } from './generic.ts';
import { mailchimpPreset } from './mailchimp.ts';
import { sendpulsePreset } from './sendpulse.ts';
import { unisenderPreset } from './unisender.ts';
import type { ExportPreset } from '../export-column.ts';

export const EXPORT_PRESETS: readonly ExportPreset[] = [genericPreset, mailchimpPreset, unisenderPreset, sendpulsePreset];

export type ExportPresetId = ExportPreset['id'];

export function presetById(id: ExportPresetId): ExportPreset {
  const preset = EXPORT_PRESETS.find((p) => p.id === id);
  if (!preset) throw new RangeError(`Unknown export preset "${id}".`);
  return preset;
}
