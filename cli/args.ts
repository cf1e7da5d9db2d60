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

export const USAGE = `usage: segmenta rfm <orders file> [--customers <file>] [--as-of YYYY-MM-DD] [--out <file>] [--errors <file>]
                   [--date-order dmy|mdy|iso] [--threads N]

Scores every customer of an orders export (CSV, JSON array or NDJSON; any encoding and dialect the app
imports) by RFM exactly as ../shared/spec/rfm.md says, and writes the canonical CSV
(customer_id,recency_days,frequency,monetary,r,f,m,segment) to --out or standard output.
A summary goes to standard error; rejected rows (file, line, column, value, reason) to --errors.
Exit codes: 0 output written, 1 unusable input, 2 bad usage.`;

export function parseRfmArgs(argv: readonly string[]): RfmArgs {
  const [command, ...rest] = argv;
  if (command !== 'rfm') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
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
      case '-h': case '--help': throw new UsageError('');
      default:
        if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
        if (args.orders !== undefined) throw new UsageError(`unexpected argument "${a}" (one orders file only)`);
        args.orders = a;
    }
  }
  if (args.orders === undefined) throw new UsageError('the orders file is missing');
  return args as RfmArgs;
}
