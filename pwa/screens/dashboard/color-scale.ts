/** Light to dark blue (the accent), for counts in heat maps and matrices. */
const LOW = [238, 243, 250];
const HIGH = [31, 58, 95];

/** The colour of `t` in 0..1 (clamped); 0 is the page's panel tint. */
export function heatColor(t: number): string {
  const k = Math.min(1, Math.max(0, t));
  const c = LOW.map((low, i) => Math.round(low + (HIGH[i] - low) * k));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

/** Text drawn on `heatColor(t)` stays readable (WCAG contrast) when it switches to white past the middle. */
export function heatInk(t: number): string {
  return t > 0.45 ? '#fff' : '#1b2430';
}

/** Square root scale: a few very full cells do not wash out the rest. */
export function heatShare(value: number, max: number): number {
  return max > 0 ? Math.sqrt(value / max) : 0;
}

/** Distinct colours for segments (flows, bars), readable on white. */
export const SERIES = ['#1f5f8b', '#b35c00', '#2f7d32', '#8e2d6b', '#5b4ea8', '#a33b3b', '#00766c', '#7a6a00', '#44515f', '#b0306a', '#3d6f1f', '#6b4b2a'];

export const seriesColor = (i: number): string => SERIES[i % SERIES.length];
