import { CAMPAIGN_IMPORTER_ID, detectCampaignResults } from '../import/campaign-columns.ts';
import { importCampaignResults } from '../import/campaign-import.ts';
import { readHeaders } from '../import/read-import.ts';
import { sha256Hex } from '../import/sha256-hex.ts';
import type { ImportProgress } from '../import/types.ts';
import type { Dataset } from '../model/dataset.ts';
import type { ImportRecord } from '../model/import-record.ts';

export const CAMPAIGN_SOURCE = CAMPAIGN_IMPORTER_ID;

/** A campaign results file (issue #3) goes to its own import, not the customers/orders one. */
export function isCampaignResults(bytes: Uint8Array, name: string, importer?: string): boolean {
  if (importer) return importer === CAMPAIGN_SOURCE;
  try {
    return detectCampaignResults(readHeaders(bytes, name)) === 1;
  } catch {
    return false; // not a table the import reads: the regular import reports why
  }
}

/**
 * Merges a campaign results file into the dataset (after its customers and orders, which the rows
 * refer to) and records it in the import history like any other file.
 */
export async function mergeCampaignFile(
  ds: Dataset, bytes: Uint8Array, name: string, hash: string | undefined,
  opts: { signal: AbortSignal; onProgress: (p: ImportProgress) => void; now?: number },
): Promise<{ dataset: Dataset; record: ImportRecord }> {
  const now = opts.now ?? Date.now();
  const r = await importCampaignResults(ds, bytes, name, { signal: opts.signal, onProgress: opts.onProgress, now });
  const record: ImportRecord = {
    id: crypto.randomUUID(),
    fileName: name,
    contentHash: hash ?? (await sha256Hex(bytes)),
    source: CAMPAIGN_SOURCE,
    dialect: r.parsed.dialect,
    importedAt: now,
    counts: {
      rows: r.rows, customersNew: 0, customersMerged: 0, ordersNew: 0, ordersDuplicate: 0, ordersUnknownCustomer: 0,
      rejected: r.rejected.filter((x) => !x.kept).length,
      campaignRows: { added: r.added, replaced: r.replaced, unchanged: r.unchanged },
    },
    rejected: r.rejected,
    updatedAt: now,
  };
  return { dataset: { ...ds, campaigns: r.campaigns, imports: [...ds.imports, record] }, record };
}
