/**
 * The life of each demo customer before any text is written: when they signed up, when they were
 * active (40 % churn after an exponential lifetime), how many orders they place (about 10 % never
 * order, a third of buyers order once, the rest share the remaining orders by a Pareto weight) and
 * what they usually buy.
 */
import { CATEGORY_CUM } from './demo-catalogue.ts';
import type { SeededRandom } from './seeded-random.ts';

/** Inclusive day numbers of the first and last day an order can have. */
export interface OrderWindow {
  first: number;
  last: number;
}

export interface CustomerPlans {
  signup: Int32Array;
  activeFrom: Int32Array;
  activeTo: Int32Array;
  orderCount: Int32Array;
  /** Usual basket, roubles. */
  basket: Float64Array;
  /** Index into CHANNELS. */
  channel: Uint8Array;
  /** Index into CATEGORIES, or -1 for no favourite. */
  category: Int8Array;
}

const NEVER = 0;
const ONCE = 1;
const REPEAT = 2;

export function planCustomers(random: SeededRandom, customers: number, orders: number, window: OrderWindow): CustomerPlans {
  const span = window.last - window.first + 1;
  const plans: CustomerPlans = {
    signup: new Int32Array(customers),
    activeFrom: new Int32Array(customers),
    activeTo: new Int32Array(customers),
    orderCount: new Int32Array(customers),
    basket: new Float64Array(customers),
    channel: new Uint8Array(customers),
    category: new Int8Array(customers),
  };
  const kind = new Uint8Array(customers);
  const weight = new Float64Array(customers);
  for (let i = 0; i < customers; i++) {
    // A fifth were customers before the window; the rest arrive with the business's growth.
    const signup = random.chance(0.22)
      ? window.first - 1 - random.int(3 * 365)
      : Math.min(window.last, window.first + Math.floor(span * Math.pow(random.next(), 0.75)));
    const from = Math.max(signup, window.first);
    const to = random.chance(0.4) ? Math.min(window.last, from + Math.floor(random.exponential(200))) : window.last;
    plans.signup[i] = signup;
    plans.activeFrom[i] = from;
    plans.activeTo[i] = to;
    const u = random.next();
    kind[i] = u < 0.1 ? NEVER : u < 0.4 ? ONCE : REPEAT;
    const activeShare = Math.max(0.03, (to - from + 1) / span);
    weight[i] = kind[i] === REPEAT ? Math.min(40, random.pareto(1.5)) * Math.pow(activeShare, 0.9) : 0;
    plans.basket[i] = 2200 * Math.exp(0.7 * random.normal());
    const c = random.next();
    plans.channel[i] = c < 0.55 ? 0 : c < 0.8 ? 1 : 2;
    plans.category[i] = random.chance(0.6) ? random.weighted(CATEGORY_CUM) : -1;
  }
  allocateOrders(plans.orderCount, kind, weight, orders, random.next());
  return plans;
}

/**
 * Exactly `total` orders: one for every buyer, the rest to repeat buyers in proportion to their
 * weight (systematic sampling from `offset` in [0, 1), so the counts add up without rounding drift).
 */
function allocateOrders(count: Int32Array, kind: Uint8Array, weight: Float64Array, total: number, offset: number): void {
  let buyers = 0;
  for (let i = 0; i < kind.length; i++) if (kind[i] !== NEVER) buyers++;
  for (let i = kind.length - 1; i >= 0 && buyers > total; i--) {
    if (kind[i] !== NEVER) { kind[i] = NEVER; buyers--; }
  }
  if (buyers === 0 && total > 0 && kind.length > 0) { kind[0] = REPEAT; weight[0] = 1; buyers = 1; }
  let sum = 0;
  for (let i = 0; i < kind.length; i++) {
    if (kind[i] === NEVER) continue;
    count[i] = 1;
    sum += weight[i];
  }
  const extra = total - buyers;
  if (extra <= 0) return;
  if (sum === 0) {
    for (let i = 0; i < kind.length; i++) if (kind[i] !== NEVER) { weight[i] = 1; sum++; }
  }
  let running = 0;
  let given = 0;
  let heaviest = 0;
  for (let i = 0; i < kind.length; i++) {
    if (kind[i] === NEVER || weight[i] === 0) continue;
    running += weight[i];
    const upTo = Math.min(extra, Math.floor((running / sum) * extra + offset));
    count[i] += upTo - given;
    given = upTo;
    if (weight[i] > weight[heaviest]) heaviest = i;
  }
  count[heaviest] += extra - given; // floating-point residue, if any
}
