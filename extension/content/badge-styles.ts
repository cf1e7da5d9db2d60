/**
 * The overlay's stylesheet, inside its closed shadow root. `:host { all: initial }` stops inherited page
 * styles (font, colour, line height) at the boundary; page rules never match inside the shadow tree.
 */
export const BADGE_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; line-height: 1; }
* { box-sizing: border-box; }
.badge {
  all: unset; display: inline-flex; align-items: center; gap: 4px; margin-inline-start: 6px;
  padding: 2px 7px 2px 5px; border-radius: 10px; border: 1px solid var(--seg, #8a8f98);
  background: #fff; color: #1c2430; cursor: pointer; white-space: nowrap;
  font: 500 11px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.badge[hidden] { display: none; }
.badge:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: var(--seg, #8a8f98); flex: none; }
.code { color: #5b6472; font-variant-numeric: tabular-nums; }
.neutral { color: #5b6472; }
.card {
  margin: 0; inset: auto; position: fixed; width: 300px; max-height: 70vh; overflow: auto;
  padding: 12px 14px; border: 1px solid #d5d9e0; border-radius: 8px; background: #fff; color: #1c2430;
  box-shadow: 0 6px 24px rgba(15, 23, 42, .18); text-align: start;
  font: 400 12px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.card h2 { margin: 0 0 2px; font-size: 14px; font-weight: 600; }
.card .sub { margin: 0 0 8px; color: #5b6472; }
.card dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0 0 8px; }
.card dt { color: #5b6472; }
.card dd { margin: 0; font-variant-numeric: tabular-nums; }
.card h3 { margin: 8px 0 2px; font-size: 12px; font-weight: 600; }
.card ul { margin: 0; padding-inline-start: 16px; }
.card li { margin: 1px 0; }
.chip { display: inline-block; margin: 0 4px 2px 0; padding: 0 6px; border-radius: 8px; border: 1px solid var(--seg, #d5d9e0); }
`;
