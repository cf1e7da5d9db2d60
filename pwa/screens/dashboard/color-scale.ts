/** Light to dark blue (the accent), for counts in heat maps and matrices. */
const LOW = [238, 243, 250];
const HIGH = [31, 58, 95];

const blend = (k: number) => LOW.map((low, i) => Math.round(low + (HIGH[i] - low) * k));

/** WCAG relative luminance of an sRGB colour. */
const luminance = (rgb: number[]) => {
  const [r, g, b] = rgb.map((v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const INK = [27, 36, 48];
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** The blend weight at which a 4.5:1 contrast with `ink` (luminance) is just kept, by bisection along the ramp. */
const edge = (ink: number, wantDarker: boolean) => {
  let lo = 0, hi = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    const ok = contrast(ink, luminance(blend(mid))) >= 4.6;
    if (ok === wantDarker) hi = mid; else lo = mid;
  }
  return wantDarker ? hi : lo;
};
// Mid shades contrast less than 4.5:1 with both white and the ink; the ramp jumps over them at t = 0.5.
const LAST_FOR_INK = edge(luminance(INK), false);
const FIRST_FOR_WHITE = edge(1, true);

const mix = (t: number) => {
  const k = Math.min(1, Math.max(0, t));
  return blend(k < 0.5 ? k * 2 * LAST_FOR_INK : FIRST_FOR_WHITE + (k - 0.5) * 2 * (1 - FIRST_FOR_WHITE));
};

/** The colour of `t` in 0..1 (clamped); 0 is the page's panel tint. */
export function heatColor(t: number): string {
  const c = mix(t);
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

/** Text on `heatColor(t)`: white or the page's ink, whichever contrasts more (WCAG AA for small text). */
export function heatInk(t: number): string {
  return Math.min(1, Math.max(0, t)) < 0.5 ? '#1b2430' : '#fff';
}

/** Square root scale: a few very full cells do not wash out the rest. */
export function heatShare(value: number, max: number): number {
  return max > 0 ? Math.sqrt(value / max) : 0;
}

/** Distinct colours for segments (flows, bars), readable on white. */
export const SERIES = ['#1f5f8b', '#b35c00', '#2f7d32', '#8e2d6b', '#5b4ea8', '#a33b3b', '#00766c', '#7a6a00', '#44515f', '#b0306a', '#3d6f1f', '#6b4b2a'];

export const seriesColor = (i: number): string => SERIES[i % SERIES.length];
