import { readImport } from '../import/read-import.ts';
import { isCampaignResults } from './campaign-source.ts';
import type { ImportSource } from './import-source.ts';
import type { ParsedImport } from '../import/parsed-import.ts';
import type { ReadOptions } from '../import/read-import.ts';
import type { ImportProgress } from '../import/types.ts';

/**
 * Reads every source into a ParsedImport, one after the other. All files are read, and hashed where
 * their source can do it elsewhere, from the start: reading a file and hashing it (in a worker) overlap
 * with parsing the files before it.
 */
export interface ReadSources {
  parsed: ParsedImport[];
  /** Campaign results files, merged after the others (their rows refer to customers). */
  campaigns: { name: string; bytes: Uint8Array; hash?: string }[];
}

export async function readSources(sources: readonly ImportSource[], optionsOf: (source: ImportSource) => ReadOptions,
  signal: AbortSignal, report: (p: ImportProgress) => void): Promise<ReadSources> {
  const reads = sources.map((s) => settleLater(s.bytes()));
  const hashes = sources.map((s) => (s.hash ? settleLater(s.hash()) : undefined));
  const parsed: ParsedImport[] = [];
  const campaigns: ReadSources['campaigns'] = [];
  for (const [k, source] of sources.entries()) {
    report({ phase: 'reading', rowsRead: 0, rowsWritten: 0 });
    const bytes = await reads[k];
    signal.throwIfAborted();
    const options = optionsOf(source);
    if (isCampaignResults(bytes, source.name, options.importer)) {
      campaigns.push({ name: source.name, bytes, hash: await hashes[k] });
      continue;
    }
    parsed.push(await readImport(bytes, source.name, { ...options, signal, onProgress: report, contentHash: hashes[k] }));
  }
  return { parsed, campaigns };
}

/** The same promise, marked handled: it is awaited later, after work that may throw first. */
function settleLater<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}
