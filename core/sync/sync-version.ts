import { SyncFileError } from './sync-error.ts';
import { SYNC_MAJOR } from './sync-format.ts';
import type { Loose } from './loose.ts';

/**
 * Upgrades of a file's lines from one major version to the next, by the major they start from: a file
 * of major m goes through UPGRADES[m], UPGRADES[m+1], … up to SYNC_MAJOR. Each step gets every line
 * (the envelope first) and returns it in the next major's shape. Minor versions only add fields,
 * which older readers keep aside (SyncExtras), so they need no step.
 */
export const UPGRADES: Record<number, (line: Loose) => Loose> = {};

export interface FileVersion { major: number; minor: number }

export function parseVersion(version: unknown): FileVersion {
  const m = typeof version === 'string' ? /^(\d+)\.(\d+)$/.exec(version) : null;
  if (!m) throw new SyncFileError('not-sync', `This is not a Segmenta sync file: its version is ${JSON.stringify(version)}.`);
  return { major: Number(m[1]), minor: Number(m[2]) };
}

/** The upgrade of one line from `from` to the current major, or undefined when none is needed. */
export function lineUpgrade(from: FileVersion, version: string, steps = UPGRADES, current = SYNC_MAJOR): ((line: Loose) => Loose) | undefined {
  if (from.major > current) {
    throw new SyncFileError('newer-major', `This file was written by a newer version of Segmenta (file format ${version}; this app reads up to ${current}.x). Update the app to import it.`);
  }
  if (from.major === current) return undefined;
  const chain: ((line: Loose) => Loose)[] = [];
  for (let m = from.major; m < current; m++) {
    const step = steps[m];
    if (!step) throw new SyncFileError('invalid', `Files of format ${version} can no longer be read (no upgrade from version ${m}).`);
    chain.push(step);
  }
  return (line) => chain.reduce((l, step) => step(l), line);
}
