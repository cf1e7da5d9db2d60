/**
 * What a file from a newer minor version held that this version does not know: whole lines of unknown
 * kinds, and unknown fields of known records by kind and key (customer id, order id, segment id…).
 * The engine stores them aside and passes them back to exportSync, which writes them again, so a
 * newer device's data survives a round trip through an older one.
 */
export interface SyncExtras {
  lines: Record<string, unknown>[];
  fields: Partial<Record<ExtraKind, Record<string, Record<string, unknown>>>>;
}

export type ExtraKind = 'customers' | 'orders' | 'campaigns' | 'imports' | 'segments' | 'schemes' | 'settings';

export const noExtras = (): SyncExtras => ({ lines: [], fields: {} });

export function extraFieldsOf(extras: SyncExtras | undefined, kind: ExtraKind, key: string): Record<string, unknown> | undefined {
  return extras?.fields[kind]?.[key];
}

export function setExtraFields(extras: SyncExtras, kind: ExtraKind, key: string, fields: Record<string, unknown> | undefined): void {
  const byKey = (extras.fields[kind] ??= {});
  if (fields && Object.keys(fields).length) byKey[key] = fields;
  else delete byKey[key];
}
