import { resolveCampaignRows } from './campaign-identity.ts';
import { mergeCampaignRows } from './campaign-merge.ts';
import { readCampaignResults } from './campaign-reader.ts';
import type { CampaignTable } from '../model/campaigns.ts';
import type { Dataset } from '../model/dataset.ts';
import type { CampaignReadOptions, ParsedCampaignResults } from './campaign-reader.ts';
import type { RejectedRow } from './types.ts';

export interface CampaignImportOptions extends CampaignReadOptions {
  /** ms since epoch stamped on written rows; default Date.now(). */
  now?: number;
}

export interface CampaignImportResult {
  /** The dataset's new campaign table (the dataset itself is not modified). */
  campaigns: CampaignTable;
  parsed: Omit<ParsedCampaignResults, 'rows' | 'rejected'>;
  /** Data rows read. */
  rows: number;
  added: number;
  replaced: number;
  unchanged: number;
  /** Every rejected row and warning, by line. */
  rejected: RejectedRow[];
}

/**
 * Reads a campaign results file and merges it into `dataset.campaigns` (issue #3): read
 * (campaign-reader.ts), find customers (campaign-identity.ts), merge (campaign-merge.ts). Defaults the
 * phone country to the dataset's settings.
 */
export async function importCampaignResults(dataset: Dataset, bytes: Uint8Array, file: string, opts: CampaignImportOptions = {}): Promise<CampaignImportResult> {
  const { rows: fileRows, rejected: readRejects, ...parsed } = await readCampaignResults(bytes, file, {
    ...opts, defaultPhoneCountry: opts.defaultPhoneCountry ?? dataset.settings.defaultPhoneCountry,
  });
  const resolved = resolveCampaignRows(dataset.customers, fileRows, file);
  const merged = mergeCampaignRows(dataset.campaigns, resolved.rows, file, opts.now ?? Date.now());
  return {
    campaigns: merged.table, parsed, rows: parsed.rowsRead,
    added: merged.added, replaced: merged.replaced, unchanged: merged.unchanged,
    rejected: [...readRejects, ...resolved.rejected, ...merged.rejected].sort((a, b) => a.line - b.line),
  };
}
