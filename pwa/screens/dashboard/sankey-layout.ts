/** A two-column Sankey: nodes on each side stacked top to bottom, bands between them. Pure layout. */
export interface SankeyNode {
  /** Row (left) or column (right) index in the matrix. */
  index: number;
  y: number;
  h: number;
  total: number;
}

export interface SankeyBand {
  from: number;
  to: number;
  count: number;
  /** Top of the band at its left node and at its right node. */
  y0: number;
  y1: number;
  h: number;
}

export interface SankeyLayout {
  left: SankeyNode[];
  right: SankeyNode[];
  bands: SankeyBand[];
  total: number;
}

/**
 * Lays out `counts[row][column]` in `height` units with `gap` between nodes. Empty rows and columns get
 * no node; band heights are proportional to counts, so a node's bands fill it exactly, ordered (on the left)
 * by target and (on the right) by source, which keeps bands from crossing needlessly.
 */
export function sankeyLayout(counts: readonly (readonly number[])[], height: number, gap: number): SankeyLayout {
  const rows = counts.length;
  const cols = counts[0]?.length ?? 0;
  const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const colTotals = Array.from({ length: cols }, (_, c) => counts.reduce((a, row) => a + row[c], 0));
  const total = rowTotals.reduce((a, b) => a + b, 0);
  const leftIdx = rowTotals.flatMap((n, i) => (n > 0 ? [i] : []));
  const rightIdx = colTotals.flatMap((n, i) => (n > 0 ? [i] : []));
  const gaps = gap * Math.max(0, Math.max(leftIdx.length, rightIdx.length) - 1);
  const scale = total > 0 ? Math.max(0, height - gaps) / total : 0;
  const stack = (idx: number[], totals: number[]) => {
    let y = 0;
    return idx.map((index) => {
      const node = { index, y, h: totals[index] * scale, total: totals[index] };
      y += node.h + gap;
      return node;
    });
  };
  const left = stack(leftIdx, rowTotals);
  const right = stack(rightIdx, colTotals);
  const leftAt = new Map(left.map((n) => [n.index, n.y]));
  const rightAt = new Map(right.map((n) => [n.index, n.y]));
  const bands: SankeyBand[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const count = counts[r][c];
      if (count > 0) bands.push({ from: r, to: c, count, y0: 0, y1: 0, h: count * scale });
    }
  }
  // Left offsets in target order (bands are already row-major), right offsets in source order.
  for (const b of bands) {
    b.y0 = leftAt.get(b.from)!;
    leftAt.set(b.from, b.y0 + b.h);
  }
  for (const b of [...bands].sort((a, z) => a.to - z.to || a.from - z.from)) {
    b.y1 = rightAt.get(b.to)!;
    rightAt.set(b.to, b.y1 + b.h);
  }
  return { left, right, bands, total };
}

/** The closed bezier path of a band from x0 to x1. */
export function bandPath(b: SankeyBand, x0: number, x1: number): string {
  const xm = (x0 + x1) / 2;
  const f = (n: number) => n.toFixed(1);
  return `M${f(x0)},${f(b.y0)} C${f(xm)},${f(b.y0)} ${f(xm)},${f(b.y1)} ${f(x1)},${f(b.y1)} ` +
    `L${f(x1)},${f(b.y1 + b.h)} C${f(xm)},${f(b.y1 + b.h)} ${f(xm)},${f(b.y0 + b.h)} ${f(x0)},${f(b.y0 + b.h)} Z`;
}
