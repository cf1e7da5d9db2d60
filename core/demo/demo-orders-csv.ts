/**
 * The demo's orders file, in the shape of a shop's order export: one row per order, sorted by time,
 * with order ids that grow with time. Days follow each customer's active window and the season;
 * amounts follow the customer's usual basket, the category and the number of items.
 */
import { isoOfDay } from '../model/dates.ts';
import { csvLine } from './csv-line.ts';
import { CATEGORIES, CATEGORY_CUM, CHANNELS, HOUR_CUM } from './demo-catalogue.ts';
import { seasonalWeight } from './demo-season.ts';
import type { CustomerPlans, OrderWindow } from './customer-plan.ts';
import type { SeededRandom } from './seeded-random.ts';

export const ORDER_HEADERS = ['order_id', 'customer_id', 'order_date', 'amount', 'currency', 'channel', 'category', 'items'];

export interface OrderStreams {
  /** Draws the order days. */
  days: SeededRandom;
  /** Draws times, channels, categories and amounts. */
  details: SeededRandom;
}

export function demoOrdersCsv(
  plans: CustomerPlans,
  window: OrderWindow,
  random: OrderStreams,
  customerId: (i: number) => string,
  orderId: (rank: number) => string,
): string {
  const byDay = ordersByDay(plans, window, random.days);
  const lines = [csvLine(ORDER_HEADERS)];
  const details = random.details;
  const seconds: number[] = [];
  let rank = 0;
  byDay.forEach((buyers, d) => {
    if (!buyers.length) return;
    const date = isoOfDay(window.first + d);
    for (let j = buyers.length - 1; j > 0; j--) {
      const k = details.int(j + 1);
      [buyers[j], buyers[k]] = [buyers[k], buyers[j]];
    }
    seconds.length = 0;
    for (let j = 0; j < buyers.length; j++) seconds.push(details.weighted(HOUR_CUM) * 3600 + details.int(3600));
    seconds.sort((a, b) => a - b);
    for (let j = 0; j < buyers.length; j++) {
      const i = buyers[j];
      const channel = details.chance(0.8) ? plans.channel[i] : details.int(CHANNELS.length);
      const category = plans.category[i] >= 0 && details.chance(0.55) ? plans.category[i] : details.weighted(CATEGORY_CUM);
      let items = 1;
      while (items < 25 && details.chance(0.42)) items++;
      const roubles = plans.basket[i] * CATEGORIES[category].priceFactor * Math.exp(0.45 * details.normal()) * (0.65 + 0.35 * items);
      lines.push(csvLine([
        orderId(rank++), customerId(i), `${date}T${clock(seconds[j])}`, formatKopecks(price(roubles, details)), 'RUB',
        CHANNELS[channel], CATEGORIES[category].name, String(items),
      ]));
    }
  });
  return lines.join('\n') + '\n';
}

/** Customer indices that order on each day of the window (one entry per order). */
function ordersByDay(plans: CustomerPlans, window: OrderWindow, random: SeededRandom): number[][] {
  const span = window.last - window.first + 1;
  const season = Float64Array.from({ length: span }, (_, d) => seasonalWeight(window.first + d));
  const byDay: number[][] = Array.from({ length: span }, () => []);
  for (let i = 0; i < plans.orderCount.length; i++) {
    const n = plans.orderCount[i];
    const from = plans.activeFrom[i] - window.first;
    const to = plans.activeTo[i] - window.first;
    for (let j = 0; j < n; j++) {
      let d: number;
      if (j === 0) d = Math.min(to, from + Math.floor(random.exponential(n === 1 ? 12 : 25))); // soon after signing up
      else do d = from + random.int(to - from + 1); while (random.next() > season[d]);
      byDay[d].push(i);
    }
  }
  return byDay;
}

/** Mostly whole roubles, often a `…9` or `…9.90` shelf price, sometimes any kopecks. */
function price(roubles: number, random: SeededRandom): number {
  const r = roubles < 29 ? 29 + random.int(70) : roubles;
  const style = random.next();
  if (style < 0.65) return Math.round(r) * 100;
  if (style < 0.9) return (Math.floor(r / 10) * 10 + 9) * 100 + (random.chance(0.5) ? 90 : 0);
  return Math.round(r * 100);
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

function clock(s: number): string {
  return `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

function formatKopecks(k: number): string {
  return `${Math.floor(k / 100)}.${two(k % 100)}`;
}
