import { asOfValue, dateOrderValue, eachWord } from './option-values.ts';
import { UsageError } from './usage-error.ts';

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

export { UsageError };

/** Options of `segmenta rfm` (the words after `rfm`). */
export function parseRfmArgs(argv: readonly string[]): RfmArgs {
  const args: Partial<RfmArgs> = {};
  eachWord(argv, (a, value) => {
    switch (a) {
      case '--customers': args.customers = value(); break;
      case '--as-of': args.asOf = asOfValue(value()); break;
      case '--out': args.out = value(); break;
      case '--errors': args.errors = value(); break;
      case '--date-order': args.dateOrder = dateOrderValue(value()); break;
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
  });
  if (args.orders === undefined) throw new UsageError('rfm needs an orders file');
  return args as RfmArgs;
}
