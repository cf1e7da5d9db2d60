/**
 * The one-click demo: a customers file and an orders file of a Russian-speaking SMB, generated in
 * the browser and imported through the normal import path, so the demo shows what a real import
 * does. Deterministic for a seed and a `today` date; orders cover the `years` before today, so
 * recency is meaningful whenever it is loaded.
 */
import { dayOfIso, dayNumber, daysInMonth } from '../model/dates.ts';
import { planCustomers, type OrderWindow } from './customer-plan.ts';
import { demoCustomersCsv } from './demo-customers-csv.ts';
import { demoOrdersCsv } from './demo-orders-csv.ts';
import { SeededRandom } from './seeded-random.ts';

export interface DemoOptions {
  /** Calendar date `YYYY-MM-DD`; orders end the day before. */
  today: string;
  seed?: number;
  customers?: number;
  orders?: number;
  years?: number;
}

export interface DemoFile {
  name: string;
  text: string;
}

export const DEMO_SEED = 42;
export const DEMO_CUSTOMERS_FILE = 'demo-customers.csv';
export const DEMO_ORDERS_FILE = 'demo-orders.csv';

/** Streams of the generator: changing how one part is drawn never shifts another. */
const PLAN = 1;
const ORDER_DAYS = 2;
const PROFILES = 3;
const ORDER_DETAILS = 4;

/** The demo's two CSV files (UTF-8 text, `,`, ISO dates), customers first. */
export function demoFiles(options: DemoOptions): [DemoFile, DemoFile] {
  const { seed = DEMO_SEED, customers = 10_000, orders = 100_000, years = 3 } = options;
  const today = dayOfIso(options.today);
  if (today === undefined) throw new RangeError(`"${options.today}" is not a calendar date (YYYY-MM-DD).`);
  const window = orderWindow(options.today, today, years);
  const plans = planCustomers(new SeededRandom(seed, PLAN), customers, orders, window);
  const width = Math.max(5, String(customers).length);
  const customerId = (i: number) => `DEMO-C${String(i + 1).padStart(width, '0')}`;
  const orderId = (rank: number) => `DEMO-O${String(rank + 1).padStart(Math.max(6, String(orders).length), '0')}`;
  const random = { days: new SeededRandom(seed, ORDER_DAYS), details: new SeededRandom(seed, ORDER_DETAILS) };
  return [
    { name: DEMO_CUSTOMERS_FILE, text: demoCustomersCsv(plans, today, new SeededRandom(seed, PROFILES), customerId) },
    { name: DEMO_ORDERS_FILE, text: demoOrdersCsv(plans, window, random, customerId, orderId) },
  ];
}

/** From the same calendar day `years` ago (28 Feb for 29 Feb) to yesterday. */
function orderWindow(iso: string, today: number, years: number): OrderWindow {
  const y = Number(iso.slice(0, 4)) - years;
  const m = Number(iso.slice(5, 7));
  const d = Math.min(Number(iso.slice(8, 10)), daysInMonth(y, m));
  return { first: dayNumber(y, m, d), last: today - 1 };
}
