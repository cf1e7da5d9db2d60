/** A fixed palette by RFM segment index (the map's display order), so a segment keeps its colour everywhere. */
const PALETTE = [
  '#1b7f3b', '#2e8fd6', '#6a4bc4', '#0f8a8a', '#b8860b', '#d35400',
  '#c0392b', '#8e44ad', '#7f8c8d', '#5d6d7e', '#a04000', '#34495e',
] as const;

/** Customers without orders are not scored: a neutral grey. */
export const UNSCORED_COLOR = '#9aa0a6';

export const segmentColor = (segmentIndex: number): string =>
  segmentIndex < 0 ? UNSCORED_COLOR : PALETTE[segmentIndex % PALETTE.length];
