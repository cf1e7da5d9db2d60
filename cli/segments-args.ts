import { UsageError } from './usage-error.ts';
import { asOfValue, dateOrderValue, eachWord } from './option-values.ts';

/** Parsed `segmenta segments evaluate …` arguments; a UsageError means exit code 2. */
export interface SegmentsArgs {
  rules: string;
  files: string[];
  asOf?: string;
  out?: string;
  errors?: string;
  format: 'csv' | 'json';
  dateOrder?: 'iso' | 'dmy' | 'mdy';
}

/** Options of `segmenta segments` (the words after `segments`). */
export function parseSegmentsArgs(argv: readonly string[]): SegmentsArgs {
  const [sub, ...rest] = argv;
  if (sub !== 'evaluate') throw new UsageError(sub === undefined ? 'segments needs a subcommand: evaluate' : `unknown segments subcommand "${sub}"`);
  const args: Partial<SegmentsArgs> & { files: string[] } = { files: [], format: 'csv' };
  eachWord(rest, (a, value) => {
    switch (a) {
      case '--rules': args.rules = value(); break;
      case '--as-of': args.asOf = asOfValue(value()); break;
      case '--out': args.out = value(); break;
      case '--errors': args.errors = value(); break;
      case '--format': {
        const v = value();
        if (v !== 'csv' && v !== 'json') throw new UsageError(`--format must be csv or json, got "${v}"`);
        args.format = v;
        break;
      }
      case '--date-order': args.dateOrder = dateOrderValue(value()); break;
      default:
        if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
        args.files.push(a);
    }
  });
  if (args.rules === undefined) throw new UsageError('segments evaluate needs --rules <file.json>');
  if (args.files.length === 0) throw new UsageError('segments evaluate needs at least one data file (customers, orders…)');
  return args as SegmentsArgs;
}
