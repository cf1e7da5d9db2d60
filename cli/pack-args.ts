import { UsageError } from './usage-error.ts';
import { asOfValue, eachWord } from './option-values.ts';

/** Parsed `segmenta pack …` arguments; a UsageError means exit code 2. */
export interface PackArgs {
  scores: string;
  out: string;
  asOf?: string;
  deviceId?: string;
}

/** Options of `segmenta pack` (the words after `pack`). */
export function parsePackArgs(argv: readonly string[]): PackArgs {
  const args: Partial<PackArgs> = {};
  eachWord(argv, (a, value) => {
    switch (a) {
      case '--out': args.out = value(); break;
      case '--as-of': args.asOf = asOfValue(value()); break;
      case '--device-id': args.deviceId = value(); break;
      default:
        if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
        if (args.scores !== undefined) throw new UsageError(`unexpected argument "${a}" (one scores file only)`);
        args.scores = a;
    }
  });
  if (args.scores === undefined) throw new UsageError('pack needs a scores file (CSV: customer_id,recency_days,frequency,monetary,r,f,m,segment)');
  if (args.out === undefined) throw new UsageError('pack needs --out <file.segmenta>');
  return args as PackArgs;
}
