import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CRM_SITES } from '../../../extension/options/crm-sites.ts';
import { customScriptId, originPattern, parseOrigin } from '../../../extension/options/custom-sites.ts';

const manifest = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8')) as {
  permissions: string[];
  optional_host_permissions: string[];
  host_permissions?: string[];
};

describe('the CRM switches', () => {
  it('request only host patterns the manifest lists as optional, and every CRM pattern is used', () => {
    const asked = CRM_SITES.flatMap((s) => s.origins);
    expect(asked.filter((o) => !manifest.optional_host_permissions.includes(o))).toEqual([]);
    const crmPatterns = manifest.optional_host_permissions.filter((o) => o !== '*://*/*');
    expect(crmPatterns.filter((o) => !asked.includes(o))).toEqual([]);
  });

  it('have unique ids (each is the id of its registered content script)', () => {
    expect(new Set(CRM_SITES.map((s) => s.id)).size).toBe(CRM_SITES.length);
  });
});

describe('a custom site', () => {
  it('is an http(s) origin, normalised, and anything else is refused', () => {
    expect(parseOrigin(' https://CRM.example.com/contacts?x=1 ')).toBe('https://crm.example.com');
    expect(parseOrigin('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
    for (const bad of ['crm.example.com', 'ftp://example.com', 'javascript:alert(1)', 'file:///tmp', '']) expect(parseOrigin(bad)).toBeUndefined();
  });

  it('asks for its own host only, any port, and gets its own script id', () => {
    expect(originPattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://crm.example.com')).toBe('https://crm.example.com/*');
    expect(customScriptId('http://127.0.0.1:8080')).toBe('site-127.0.0.1:8080');
  });
});
