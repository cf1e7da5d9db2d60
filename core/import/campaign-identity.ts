import { CustomerIndex } from './identity.ts';
import type { Customer } from '../model/customer.ts';
import type { CampaignFileRow, CampaignRejectCode } from './campaign-reader.ts';
import type { CustomerPatch } from './parsed-import.ts';
import type { RejectedRow } from './types.ts';

/** A campaign row whose customer is known. */
export interface ResolvedCampaignRow extends Omit<CampaignFileRow, 'keys'> {
  /** Position in the dataset's customer array. */
  customer: number;
}

/**
 * Finds each row's customer among `customers` through the import's CustomerIndex: by id (ids and
 * external ids), then email, then E.164 phone — the first key that matches wins, each key looked up
 * alone (a row's keys are not checked against each other). A row matching nobody, or only a deleted
 * customer, is rejected: campaign results never create customers.
 */
export function resolveCampaignRows(customers: readonly Customer[], rows: readonly CampaignFileRow[], file: string):
  { rows: ResolvedCampaignRow[]; rejected: RejectedRow[] } {
  const index = new CustomerIndex(customers);
  const resolved: ResolvedCampaignRow[] = [];
  const rejected: RejectedRow[] = [];
  const reject = (line: number, column: string, value: string, code: CampaignRejectCode, reason: string) =>
    rejected.push({ file, line, column, value, code, reason, kept: false });
  for (const row of rows) {
    let found = -1;
    for (const key of row.keys) {
      found = index.find(patchOf(key.kind, key.value, row.line));
      if (found >= 0) break;
    }
    const first = row.keys[0];
    if (found < 0) {
      reject(row.line, first.column, first.written, 'unknown_customer', 'No customer of the dataset has this id, email or phone.');
    } else if (customers[found].deleted) {
      reject(row.line, first.column, first.written, 'deleted_customer', 'The customer was deleted.');
    } else {
      const { keys: _keys, ...rest } = row;
      resolved.push({ ...rest, customer: found });
    }
  }
  return { rows: resolved, rejected };
}

function patchOf(kind: 'id' | 'email' | 'phone', value: string, line: number): CustomerPatch {
  return {
    line, emails: kind === 'email' ? [value] : [], phones: kind === 'phone' ? [value] : [],
    sourceId: kind === 'id' ? value : undefined, tags: [], attributes: {},
  };
}
