import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distExtension, repoRoot, requireBuild } from './harness.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { [key: string]: Json };

/** Every string in the manifest that names a file of the package (not a URL, match pattern or CSP). */
function filePaths(value: Json): string[] {
  if (typeof value === 'string') return /^[\w@./-]+\.(html|js|mjs|ts|tsx|css|png|svg|json)$/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(filePaths);
  if (value && typeof value === 'object') return Object.values(value).flatMap(filePaths);
  return [];
}

function messageKeys(value: Json): string[] {
  return [...JSON.stringify(value).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
}

const source = readJson(join(repoRoot, 'manifest.json'));

describe('extension manifest', () => {
  it('names only files that exist in the source tree', () => {
    const paths = filePaths(source);
    expect(paths).toContain('extension/background.ts');
    expect(paths.filter((p) => !existsSync(join(repoRoot, p)))).toEqual([]);
  });

  it('names only files that exist in the built extension', () => {
    const built = readJson(join(requireBuild(distExtension), 'manifest.json'));
    const paths = filePaths(built);
    expect(paths).toContain('extension/popup/index.html');
    expect(paths.filter((p) => !existsSync(join(distExtension, p)))).toEqual([]);
  });

  it('builds the manager page, which the manifest does not name', () => {
    expect(existsSync(join(distExtension, 'extension/manager/index.html'))).toBe(true);
  });

  it('has every __MSG_ key in the English and Russian messages, which share one key set', () => {
    const en = readJson(join(distExtension, '_locales/en/messages.json'));
    const ru = readJson(join(distExtension, '_locales/ru/messages.json'));
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    const keys = messageKeys(source);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !(k in en))).toEqual([]);
  });

  it('asks at install only for storage and scripting (to register content scripts for the hosts the user grants)', () => {
    expect(source.permissions).toEqual(['storage', 'scripting']);
    expect(source.host_permissions).toBeUndefined();
    // Content scripts are registered at run time, for granted hosts only (extension/options/content-script-registration.ts).
    expect(source.content_scripts).toBeUndefined();
  });

  it('lists every CRM host as optional, and all sites only as an optional pattern for the custom sites the user adds', () => {
    const optional = source.optional_host_permissions as string[];
    expect(optional.filter((o) => !o.startsWith('https://')).sort()).toEqual(['*://*/*']);
    expect(optional).toContain('https://app.hubspot.com/*');
    expect(source.optional_permissions).toBeUndefined();
  });

  it('has a strict CSP, no remote code, and no way for web pages or other extensions to message it', () => {
    expect(source.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
    expect(source.externally_connectable).toBeUndefined();
    const built = readJson(join(distExtension, 'manifest.json'));
    // The registered content script needs no web-accessible file (which any page could probe).
    expect(built.web_accessible_resources).toBeUndefined();
    expect(existsSync(join(distExtension, 'extension/content/content-script.js'))).toBe(true);
    expect(existsSync(join(distExtension, 'extension/options/index.html'))).toBe(true);
  });

  it('carries the package version', () => {
    expect(source.version).toBe(readJson(join(repoRoot, 'package.json')).version);
  });
});
