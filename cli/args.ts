/** Parsed `segmenta rfm …` arguments; a UsageError means exit code 2. */
export interface RfmArgs {
  orders: string;
  customers?: string;
  asOf?: string;
  out?: string;
  errors?: string;
  dateOrder?: 'iso' | 'dmy' | 'mdy';
  threads?: number;
}

export class UsageError extends Error {}

/** Options of `segmenta rfm` (the words after `rfm`). */
export function parseRfmArgs(argv: readonly string[]): RfmArgs {
  const rest = argv;
  const args: Partial<RfmArgs> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--customers': args.customers = value(); break;
      case '--as-of': {
        const v = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new UsageError(`--as-of must be YYYY-MM-DD, got "${v}"`);
        args.asOf = v;
        break;
      }
      case '--out': args.out = value(); break;
      case '--errors': args.errors = value(); break;
      case '--date-order': {
        const v = value();
        if (v !== 'iso' && v !== 'dmy' && v !== 'mdy') throw new UsageError(`--date-order must be dmy, mdy or iso, got "${v}"`);
        args.dateOrder = v;
        break;
      }
      case '--threads': {
        const v = Number(value());
        if (!Number.isInteger(v) || v < 1 || v > 64) throw new UsageError('--threads must be a whole number from 1 to 64');
        args.threads = v;
        break;
      }
      default:
        if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
        if (args.orders !== undefined) throw new UsageError(`unexpected argument "${a}" (one orders file only)`);
        args.orders = a;
    }
  }
  if (args.orders === undefined) throw new UsageError('rfm needs an orders file');
  return args as RfmArgs;
}
