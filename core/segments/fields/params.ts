import type { FieldParamDef } from '../field.ts';

/** The `days` parameter of "in the last N days" fields. */
export const DAYS_PARAM: FieldParamDef = {
  name: 'days',
  label: { en: 'Days', ru: 'Дней' },
  type: 'number',
  default: 90,
  min: 1,
  max: 3660,
};

/** A numeric parameter as a whole number within its bounds; its default when missing or not a number. */
export function numberParam(def: FieldParamDef, params: Record<string, number | string>): number {
  const raw = params[def.name];
  const v = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isFinite(v)) return Number(def.default);
  return Math.min(def.max ?? Infinity, Math.max(def.min ?? -Infinity, Math.floor(v)));
}
