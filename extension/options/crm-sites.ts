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

export const CRM_SITES: readonly CrmSite[] = [
  { id: 'hubspot', label: 'HubSpot', origins: ['https://app.hubspot.com/*'] },
  { id: 'salesforce', label: 'Salesforce', origins: ['https://*.lightning.force.com/*'] },
  { id: 'pipedrive', label: 'Pipedrive', origins: ['https://*.pipedrive.com/*'] },
  { id: 'amocrm', label: 'amoCRM / Kommo', origins: ['https://*.amocrm.ru/*', 'https://*.kommo.com/*'] },
  {
    id: 'bitrix24',
    label: 'Bitrix24',
    origins: ['https://*.bitrix24.ru/*', 'https://*.bitrix24.com/*', 'https://*.bitrix24.by/*', 'https://*.bitrix24.kz/*'],
  },
  { id: 'zoho', label: 'Zoho CRM', origins: ['https://crm.zoho.com/*'] },
  { id: 'gmail', label: 'Gmail', origins: ['https://mail.google.com/*'] },
];
