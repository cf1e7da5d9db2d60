import { adapters } from '../adapters/index.ts';

/**
 * The CRMs the user can switch on in the options, with the host patterns each needs. Every pattern is
 * an optional host permission in manifest.json (test/extension/options/crm-sites.test.ts checks it), requested
 * only when the user switches that CRM on.
 */
export interface CrmSite {
  /** Also the id of its registered content script. */
  id: string;
  label: string;
  origins: string[];
}

/** One switch per site adapter (extension/adapters/), with the hosts its pages live on. */
export const CRM_SITES: readonly CrmSite[] = adapters.map((a) => ({ id: a.id, label: a.name, origins: [...a.matches] }));
