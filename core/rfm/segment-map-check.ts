import type { SegmentMap, SegmentRule } from './types.ts';

export type Cell = [r: number, fm: number];

export interface SegmentMapCheck {
  /** True when every cell has exactly one segment and every segment has a cell. */
  ok: boolean;
  /** Cells no segment covers. */
  uncovered: Cell[];
  /** Cells that rules of two or more different segments match (rule-list form only), in rule order. */
  doubly: { cell: Cell; segments: string[] }[];
  /** Segments that no cell ends up in (e.g. shadowed by earlier rules under first-match-wins). */
  unreachable: string[];
}

const inRange = (x: number, [lo, hi]: [number, number]): boolean => x >= lo && x <= hi;

/**
 * The cell form of a rule list, evaluated first-match-wins like the published maps it comes from.
 * Segments are listed in order of their first rule; a cell no rule matches is -1.
 */
export function segmentMapFromRules(rules: SegmentRule[], classes: number): SegmentMap {
  const segments: string[] = [];
  const indexOf = new Map<string, number>();
  for (const rule of rules) {
    if (!indexOf.has(rule.segment)) {
      indexOf.set(rule.segment, segments.length);
      segments.push(rule.segment);
    }
  }
  const cells: number[][] = [];
  for (let r = 1; r <= classes; r++) {
    const row: number[] = [];
    for (let fm = 1; fm <= classes; fm++) {
      const rule = rules.find((x) => inRange(r, x.r) && inRange(fm, x.fm));
      row.push(rule ? indexOf.get(rule.segment)! : -1);
    }
    cells.push(row);
  }
  return { segments, cells };
}

/**
 * Checks that a map partitions the k × k (r, FM) grid (shared/spec/rfm.md, "Default segment map").
 * A map in cell form cannot cover a cell twice; a rule list can, and is reported as such, while
 * uncovered cells and unreachable segments are judged on its first-match-wins evaluation.
 */
export function checkSegmentMap(map: SegmentMap | SegmentRule[], classes: number): SegmentMapCheck {
  const cellMap = Array.isArray(map) ? segmentMapFromRules(map, classes) : map;
  const doubly = Array.isArray(map) ? overlaps(map, classes) : [];
  const uncovered: Cell[] = [];
  const reached = new Set<number>();
  for (let r = 1; r <= classes; r++) {
    for (let fm = 1; fm <= classes; fm++) {
      const s = cellMap.cells[r - 1]?.[fm - 1];
      if (s === undefined || !Number.isInteger(s) || s < 0 || s >= cellMap.segments.length) uncovered.push([r, fm]);
      else reached.add(s);
    }
  }
  const unreachable = [...new Set(cellMap.segments.filter((_, i) => !reached.has(i)))];
  return { ok: uncovered.length === 0 && doubly.length === 0 && unreachable.length === 0, uncovered, doubly, unreachable };
}

function overlaps(rules: SegmentRule[], classes: number): SegmentMapCheck['doubly'] {
  const found: SegmentMapCheck['doubly'] = [];
  for (let r = 1; r <= classes; r++) {
    for (let fm = 1; fm <= classes; fm++) {
      const segments = [...new Set(rules.filter((x) => inRange(r, x.r) && inRange(fm, x.fm)).map((x) => x.segment))];
      if (segments.length > 1) found.push({ cell: [r, fm], segments });
    }
  }
  return found;
}
