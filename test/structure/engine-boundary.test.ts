/**
 * Keeps the shape of the house (../shared/STYLE.md) from eroding: core/ is a pure engine, only
 * core/data/ touches Dexie, and pages reach the engine only through core/worker/client.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  const abs = join(root, dir);
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

interface Import {
  file: string;
  specifier: string;
  /** Project-relative path for relative specifiers. */
  target?: string;
  typeOnly: boolean;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(join(root, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const out: Import[] = [];
  const add = (specifier: string, typeOnly: boolean) =>
    out.push({
      file,
      specifier,
      typeOnly,
      target: specifier.startsWith('.') ? relative(root, resolve(root, dirname(file), specifier)) : undefined,
    });
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!named?.length && named.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) add(arg.text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const coreImports = sources('core').flatMap(importsOf);
const pageImports = [...sources('pwa'), ...sources('extension')].flatMap(importsOf);
const show = (i: Import) => `${i.file} → ${i.specifier}`;

/**
 * The extension's look-up side works where the engine worker cannot (issue #5): the MV3 service worker
 * cannot start Workers, so it answers from a snapshot with pure core functions (phone normalisation,
 * the explanation's wording), never core/data or the engine client; the manager page builds that
 * snapshot from the engine's stored data, read-only through core/data/store.ts (which EXT.md allows the
 * background), in one named file.
 */
const extensionLookupSide = (i: Import): boolean =>
  (/^extension\/(lookup|background)\//.test(i.file) && !/^core\/(data|worker)\//.test(i.target ?? '')) ||
  (i.file === 'extension/manager/refresh-lookups.ts' && i.target === 'core/data/store.ts');

describe('engine boundary', () => {
  it('finds the files it checks', () => {
    expect(coreImports.some((i) => i.file === 'core/worker/worker.ts')).toBe(true);
    expect(pageImports.some((i) => i.target === 'core/worker/client.ts')).toBe(true);
  });

  it('core imports no UI, browser-extension or Node module', () => {
    const bad = coreImports.filter(
      (i) => /^(preact|workbox-window|node:|playwright)/.test(i.specifier) || /^(pwa|extension|cli|test)\//.test(i.target ?? ''),
    );
    expect(bad.map(show)).toEqual([]);
  });

  it('core uses no chrome.* API', () => {
    const bad = sources('core').filter((f) => /\bchrome\.[a-z]+\./.test(readFileSync(join(root, f), 'utf8')));
    expect(bad).toEqual([]);
  });

  it('only core/data imports Dexie', () => {
    const bad = coreImports.filter((i) => /^dexie(\/|$)/.test(i.specifier) && !i.file.startsWith('core/data/'));
    expect(bad.map(show)).toEqual([]);
  });

  it('pages reach the engine only through core/worker/client.ts (types may come from anywhere in core)', () => {
    const bad = pageImports.filter(
      (i) => !i.typeOnly && i.target?.startsWith('core/') && i.target !== 'core/worker/client.ts' && !extensionLookupSide(i),
    );
    expect(bad.map(show)).toEqual([]);
  });

  it('pages never import Comlink or Dexie themselves', () => {
    const bad = pageImports.filter((i) => /^(comlink|dexie)(\/|$)/.test(i.specifier));
    expect(bad.map(show)).toEqual([]);
  });
});
