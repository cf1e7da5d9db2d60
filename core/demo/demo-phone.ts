/** A mobile number of a country, written the way customers type it into forms and cash registers. */
import { MOBILE_PLANS } from './demo-places.ts';
import type { SeededRandom } from './seeded-random.ts';

export interface DemoPhone {
  /** What the export holds. */
  written: string;
  /** The number in E.164, what the import must make of it. */
  e164: string;
}

export function demoPhone(random: SeededRandom, country: string): DemoPhone {
  const plan = MOBILE_PLANS[country] ?? MOBILE_PLANS.RU;
  const prefix = random.pick(plan.prefixes);
  let nsn = prefix;
  while (nsn.length < plan.length) nsn += String(random.int(10));
  const e164 = `+${plan.code}${nsn}`;
  if (plan.code !== '7') return { e164, written: random.chance(0.5) ? e164 : `+${plan.code} ${groups(nsn, [2, 3, 2, 2])}` };
  const [op, a, b, c] = [nsn.slice(0, 3), nsn.slice(3, 6), nsn.slice(6, 8), nsn.slice(8)];
  const written = [
    e164,
    `8 (${op}) ${a}-${b}-${c}`,
    `+7 ${op} ${a} ${b} ${c}`,
    `8${nsn}`,
    `8-${op}-${a}-${b}-${c}`,
    `+7 (${op}) ${a}-${b}-${c}`,
  ][random.weighted(FORMAT_CUM)];
  return { e164, written };
}

/** +7 numbers: mostly the four formats shops export most, a few with dashes and brackets. */
const FORMAT_CUM = [24, 48, 70, 90, 95, 100];

/** `nsn` split into groups of the given sizes (the last group takes the rest). */
function groups(nsn: string, sizes: readonly number[]): string {
  const out: string[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= nsn.length) break;
    out.push(nsn.slice(at, at + size));
    at += size;
  }
  if (at < nsn.length) out[out.length - 1] += nsn.slice(at);
  return out.join(' ');
}
