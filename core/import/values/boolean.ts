import type { TextDecodeFn } from '../text-decoder.ts';

const TRUE = new Set(['true', 'yes', 'y', '1', 't', 'истина', 'да']);
const FALSE = new Set(['false', 'no', 'n', '0', 'f', 'ложь', 'нет']);

/** `true/false`, `yes/no`, `y/n`, `t/f`, `1/0`, `ИСТИНА/ЛОЖЬ`, `да/нет`, any case, trimmed; undefined otherwise. */
export function parseBoolean(s: string): boolean | undefined {
  const k = s.trim().toLowerCase();
  return TRUE.has(k) ? true : FALSE.has(k) ? false : undefined;
}

/** Byte form: decodes through the file's decoder (booleans are never in a hot loop). */
export function parseBooleanAt(b: Uint8Array, start: number, end: number, decode: TextDecodeFn): boolean | undefined {
  return end - start > 16 ? undefined : parseBoolean(decode(b, start, end));
}
