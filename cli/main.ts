/**
 * The command line. `bin/segmenta.mjs` imports the bundle of this file (dist/cli/segmenta.mjs) and
 * calls `run`; nothing runs on import, so tests call `run` directly.
 * Exit codes: 0 success, 1 failure while working, 2 bad usage.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parseRfmArgs, UsageError } from './args.ts';
import { parsePackArgs } from './pack-args.ts';
import { packCommand } from './pack-command.ts';
import { serveRange, type RangeJob } from './batch-score.ts';
import { rfmCommand } from './rfm-command.ts';
import { parseSegmentsArgs } from './segments-args.ts';
import { segmentsCommand } from './segments-command.ts';
import { USAGE } from './usage.ts';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

declare const __SEGMENTA_VERSION__: string | undefined;
const VERSION = typeof __SEGMENTA_VERSION__ === 'string' ? __SEGMENTA_VERSION__ : 'dev';

export async function run(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(`segmenta ${VERSION}\n`);
    return 0;
  }
  if (command === 'rfm') {
    try {
      return await rfmCommand(parseRfmArgs(rest), io, new URL(import.meta.url));
    } catch (error) {
      if (error instanceof UsageError) return badUsage(io, error.message);
      throw error;
    }
  }
  if (command === 'segments') {
    try {
      return await segmentsCommand(parseSegmentsArgs(rest), io);
    } catch (error) {
      if (error instanceof UsageError) return badUsage(io, error.message);
      throw error;
    }
  }
  if (command === 'pack') {
    try {
      return await packCommand(parsePackArgs(rest), io, VERSION);
    } catch (error) {
      if (error instanceof UsageError) return badUsage(io, error.message);
      throw error;
    }
  }
  return badUsage(io, command === undefined ? 'no command given' : `unknown command "${command}"`);
}

function badUsage(io: CliIo, problem: string): number {
  io.stderr(`segmenta: ${problem}\n\n${USAGE}`);
  return 2;
}

// The same bundle is the worker of `batchScore`: a worker thread reads one byte range and answers.
if (!isMainThread && parentPort && (workerData as RangeJob | undefined)?.cols) serveRange(workerData as RangeJob, parentPort);
