/**
 * Keeps the adapters honest (../shared/STYLE.md, meta-tests): each adapter file is registered, has
 * `Test URLs:` that it and only it claims, a commented line per selector, and a fixture page with a
 * browser test; every CRM host the manifest may request has an adapter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterForHost, adapterHosts, adapters } from '../../extension/adapters/index.ts';
import { matchesAny } from '../../extension/adapters/url-match.ts';
import { pageUrl } from '../../extension/content/page-url.ts';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'extension/adapters');
const HELPERS = new Set(['site-adapter.ts', 'dom-find.ts', 'identifiers.ts', 'url-match.ts', 'index.ts', 'generic.ts', 'content-settings.ts']);
const adapterFiles = readdirSync(dir).filter((f) => f.endsWith('.ts') && !HELPERS.has(f));
const source = (id: string) => readFileSync(join(dir, `${id}.ts`), 'utf8');

function testUrls(text: string): string[] {
  const block = /Test URLs:\n([\s\S]*?)\*\//.exec(text);
  return block ? block[1].split('\n').map((l) => l.trim()).filter(Boolean) : [];
}

/** Pages of each CRM that show no single customer: no badges there. */
const NOT_RECORDS: Record<string, string[]> = {
  hubspot: ['https://app.hubspot.com/reports-dashboard/2345678/view/123', 'https://app.hubspot.com/contacts/2345678/objects/0-1/views/all/list'],
  salesforce: ['https://acme.lightning.force.com/lightning/o/Contact/list', 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000AbCdEAAV/view'],
  pipedrive: ['https://acme.pipedrive.com/pipeline/1/user/everyone', 'https://acme.pipedrive.com/persons/list'],
  amocrm: ['https://acme.amocrm.ru/leads/pipeline/123', 'https://acme.kommo.com/contacts/list/contacts/'],
  bitrix24: ['https://acme.bitrix24.ru/crm/deal/kanban/', 'https://acme.bitrix24.ru/stream/'],
  zoho: ['https://crm.zoho.com/crm/org700123456/tab/Contacts/custom-view/123/list', 'https://crm.zoho.com/crm/org700123456/tab/Home/begin'],
  gmail: ['https://mail.google.com/mail/u/0/#inbox', 'https://mail.google.com/mail/u/0/#label/Clients'],
};

describe('site adapters', () => {
  it('every adapter file is registered in the list under its file name', () => {
    expect(adapterFiles.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(adapters.map((a) => a.id).sort());
  });

  for (const adapter of adapters) {
    describe(adapter.name, () => {
      const urls = testUrls(source(adapter.id));

      it('lists Test URLs that its host patterns and page patterns match, and no other adapter claims', () => {
        expect(urls.length).toBeGreaterThan(0);
        for (const href of urls) {
          const url = new URL(href);
          expect(matchesAny(adapter.matches, url), href).toBe(true);
          expect(adapter.include.some((p) => p.test(href)), href).toBe(true);
          expect(adapterForHost(url)?.id, href).toBe(adapter.id);
        }
      });

      it('reads no page that shows no single customer', () => {
        for (const href of NOT_RECORDS[adapter.id] ?? []) expect(adapter.include.some((p) => p.test(href)), href).toBe(false);
        expect(NOT_RECORDS[adapter.id]?.length).toBeGreaterThan(0);
      });

      it('says beside every selector which page or version it matches', () => {
        const entries = source(adapter.id).split('\n').filter((line) => /^\s+'[^']*',?/.test(line));
        expect(entries.length).toBeGreaterThan(3);
        for (const line of entries) expect(line, line).toMatch(/',?\s*\/\/ \S/);
      });

      it('has a fixture page of the CRM and a browser test that opens it', () => {
        const fixtures = readdirSync(join(root, 'test/fixtures/extension')).filter((f) => f.startsWith(`${adapter.id}-`) && f.endsWith('.html'));
        expect(fixtures.length).toBeGreaterThan(0);
        const browserTest = readFileSync(join(root, 'test/browser/content-script.test.ts'), 'utf8');
        for (const fixture of fixtures) expect(browserTest).toContain(`fixture: '${fixture}'`);
      });
    });
  }

  it('covers every CRM host the manifest may ask for', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { optional_host_permissions?: string[] };
    // `*://*/*` is there only so that the user can add a custom site (the generic adapter); nothing asks for it otherwise.
    for (const pattern of manifest.optional_host_permissions ?? []) if (pattern !== '*://*/*') expect(adapterHosts, pattern).toContain(pattern);
  });

  it('leaves any other site to the generic adapter', () => {
    expect(adapterForHost(new URL('https://shop.example.com/orders/1'))).toBeUndefined();
    expect(adapterForHost(new URL('https://hubspot.com.evil.example/contacts/1/record/0-1/2'))).toBeUndefined();
  });

  it('the product build reads fixture-style URLs as they are (the host mapping is a test-build flag)', () => {
    expect(pageUrl('http://127.0.0.1:5173/app.hubspot.com/contacts/1/record/0-1/2').href).toBe('http://127.0.0.1:5173/app.hubspot.com/contacts/1/record/0-1/2');
  });
});
