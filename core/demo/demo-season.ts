/** How busy a day is in a Russian retail year: Nov–Dec peak, the run-up to 8 March, busy weekends. */
import { isoOfDay } from '../model/dates.ts';

const MONTH = [0.85, 0.85, 1.0, 0.95, 0.95, 0.9, 0.85, 0.85, 0.95, 1.0, 1.2, 1.45];
/** Sunday first. */
const WEEKDAY = [1.1, 0.9, 0.9, 0.95, 1.0, 1.15, 1.2];
/** Above the busiest possible day (Saturday before New Year), so weights are acceptance probabilities. */
const PEAK = 2.5;

/** Relative chance (0..1] of an order on day number `day` (days since 1970-01-01). */
export function seasonalWeight(day: number): number {
  const iso = isoOfDay(day);
  const month = Number(iso.slice(5, 7)) - 1;
  const date = Number(iso.slice(8, 10));
  let w = MONTH[month] * WEEKDAY[(((day + 4) % 7) + 7) % 7]; // 1970-01-01 was a Thursday
  if (month === 2 && date <= 8) w *= 1.5; // gifts for 8 March
  if (month === 11 && date >= 20) w *= 1.4; // New Year
  return w / PEAK;
}
