import { UsageError } from './args.ts';

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
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--rules': args.rules = value(); break;
      case '--as-of': {
        const v = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new UsageError(`--as-of must be YYYY-MM-DD, got "${v}"`);
        args.asOf = v;
        break;
      }
      case '--out': args.out = value(); break;
      case '--errors': args.errors = value(); break;
      case '--format': {
        const v = value();
        if (v !== 'csv' && v !== 'json') throw new UsageError(`--format must be csv or json, got "${v}"`);
        args.format = v;
        break;
      }
      case '--date-order': {
        const v = value();
        if (v !== 'iso' && v !== 'dmy' && v !== 'mdy') throw new UsageError(`--date-order must be dmy, mdy or iso, got "${v}"`);
        args.dateOrder = v;
        break;
      }
      default:
        if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
        args.files.push(a);
    }
  }
  if (args.rules === undefined) throw new UsageError('segments evaluate needs --rules <file.json>');
  if (args.files.length === 0) throw new UsageError('segments evaluate needs at least one data file (customers, orders…)');
  return args as SegmentsArgs;
}
