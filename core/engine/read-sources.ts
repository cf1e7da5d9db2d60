import { readImport } from '../import/read-import.ts';
import type { ImportSource } from './import-source.ts';
import type { ParsedImport } from '../import/parsed-import.ts';
import type { ReadOptions } from '../import/read-import.ts';
import type { ImportProgress } from '../import/types.ts';

/**
 * Reads every source into a ParsedImport, one after the other. All files are read, and hashed where
 * their source can do it elsewhere, from the start: reading a file and hashing it (in a worker) overlap
 * with parsing the files before it.
 */
export async function readSources(sources: readonly ImportSource[], optionsOf: (source: ImportSource) => ReadOptions,
  signal: AbortSignal, report: (p: ImportProgress) => void): Promise<ParsedImport[]> {
  const reads = sources.map((s) => settleLater(s.bytes()));
  const hashes = sources.map((s) => (s.hash ? settleLater(s.hash()) : undefined));
  const parsed: ParsedImport[] = [];
  for (const [k, source] of sources.entries()) {
    report({ phase: 'reading', rowsRead: 0, rowsWritten: 0 });
    const bytes = await reads[k];
    signal.throwIfAborted();
    parsed.push(await readImport(bytes, source.name, { ...optionsOf(source), signal, onProgress: report, contentHash: hashes[k] }));
  }
  return parsed;
}

/** The same promise, marked handled: it is awaited later, after work that may throw first. */
function settleLater<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}
