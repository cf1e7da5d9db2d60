/**
 * Times of schemes and snapshot history on 100k customer positions, synthetic (issue #3 targets:
 * movement matrix ≤ 20 ms; scheme assignment a few ms), and bytes per snapshot. In Node:
 *   npx rolldown bench/segment-history-node.ts --platform node --format esm -o bench/data/segment-history.mjs
 *   node bench/data/segment-history.mjs [customers=100000] [snapshots=48] [moving=0.02]
 */
import { assignScheme, rfmSchemeState } from '../core/segments/assign-scheme.ts';
import { customerMoves } from '../core/segments/customer-moves.ts';
import { fromIndexes, fullSet } from '../core/segments/member-set.ts';
import type { MemberSet } from '../core/segments/member-set.ts';
import { movementMatrix } from '../core/segments/movement-matrix.ts';
import { overlapMatrix } from '../core/segments/overlap-matrix.ts';
import { snapshotToPortable } from '../core/segments/portable-snapshot.ts';
import { reconstruct, StateCache } from '../core/segments/reconstruct.ts';
import { segmentChangedDay } from '../core/segments/segment-changed-day.ts';
import type { SchemeState } from '../core/segments/segment.ts';
import { schemeBytes } from '../core/segments/snapshot-codec.ts';
import type { SnapshotRecord } from '../core/segments/snapshot.ts';
import { takeSnapshot } from '../core/segments/take-snapshot.ts';

const n = Number(process.argv[2] ?? 100_000);
const snapshots = Number(process.argv[3] ?? 48);
const moving = Number(process.argv[4] ?? 0.02);
let seed = 42;
const rnd = (): number => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);

function time<T>(fn: () => T, runs = 7): { ms: number; value: T } {
  let best = Infinity, value!: T;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    value = fn();
    best = Math.min(best, performance.now() - t);
  }
  return { ms: best, value };
}
const fmt = (ms: number): string => `${ms.toFixed(2)} ms`;

const live = fullSet(n);
const randomSet = (density: number): MemberSet => {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) if (rnd() < density) xs.push(i);
  return fromIndexes(n, xs);
};
const segments = new Map(Array.from({ length: 20 }, (_, k) => [`seg${k}`, randomSet(0.05 + 0.02 * k)] as const));
const schemeA = { id: 'A', name: 'A', segmentIds: ['seg0', 'seg3', 'seg7', 'seg9', 'seg12'], createdAt: 0, updatedAt: 0 };
const schemeB = { id: 'B', name: 'B', segmentIds: ['seg15', 'seg1', 'seg18'], createdAt: 0, updatedAt: 0 };
const rfmNames = ['Champions', 'Loyal', 'Potential', 'New', 'Promising', 'Need attention', 'About to sleep', 'At risk', "Can't lose", 'Hibernating', 'Lost'];
const rfmSeg = Int16Array.from({ length: n }, () => (rnd() < 0.1 ? -1 : Math.floor(rnd() * rfmNames.length)));

console.log(`${n} positions, ${snapshots} snapshots, ${moving * 100}% moving per scheme per snapshot\n`);
const assignA = time(() => assignScheme(schemeA, segments, live, n));
const assign3 = time(() => [assignScheme(schemeA, segments, live, n), assignScheme(schemeB, segments, live, n), rfmSchemeState(rfmSeg, rfmNames, live)]);
console.log(`assignScheme (5 segments)                    ${fmt(assignA.ms)}`);
console.log(`3 schemes (A 5 segs, B 3 segs, RFM 11 names) ${fmt(assign3.ms)}`);
console.log(`overlap matrix, 20 segments                  ${fmt(time(() => overlapMatrix([...segments.values()])).ms)}`);

let states: SchemeState[] = assign3.value;
const history: SnapshotRecord[] = [];
const cache = new StateCache(8);
const takeTimes: number[] = [];
for (let s = 0; s < snapshots; s++) {
  if (s > 0) {
    states = states.map((st) => {
      const codes = st.codes.slice();
      const moves = Math.round(n * moving);
      for (let m = 0; m < moves; m++) codes[Math.floor(rnd() * n)] = Math.floor(rnd() * (st.labels.length + 1)) - 1;
      return { ...st, codes };
    });
  }
  const t = performance.now();
  history.push(takeSnapshot(history, states, Object.fromEntries([...segments].map(([id]) => [id, 1000])),
    { reason: 'recompute', liveCount: n, takenAt: Date.UTC(2026, 0, 1 + s), id: `snap${String(s).padStart(3, '0')}` }, { cache }));
  takeTimes.push(performance.now() - t);
}
const firstTake = takeTimes.shift()!;
const keyTakes = takeTimes.filter((_, s) => history[s + 1].schemes.some((x) => x.kind === 'keyframe'));
takeTimes.sort((a, b) => a - b);
console.log(`takeSnapshot, 3 schemes: first (cold) ${fmt(firstTake)}, then median ${fmt(takeTimes[takeTimes.length >> 1])}, max ${fmt(takeTimes.at(-1)!)}, keyframes ${keyTakes.map(fmt).join(', ')}`);

const bytes = history.map((r) => r.schemes.reduce((b, s) => b + schemeBytes(s), 0));
const kf = history.filter((r) => r.schemes.some((s) => s.kind === 'keyframe')).length;
console.log(`bytes per snapshot: mean ${Math.round(bytes.reduce((a, b) => a + b, 0) / bytes.length)}, delta-only ${bytes[1]}, keyframe ${bytes[0]} (${kf} of ${snapshots} with a keyframe)`);
const delta = snapshotToPortable(history[1], Array.from({ length: n }, (_, i) => `cust-${i}`));
const key = snapshotToPortable(history[0], Array.from({ length: n }, (_, i) => `cust-${i}`));
console.log(`portable JSON: delta ${JSON.stringify(delta).length} bytes, keyframe ${JSON.stringify(key).length} bytes`);

const deepest = history.reduce((a, r) => (r.schemes[0].depth > a.schemes[0].depth ? r : a));
console.log(`reconstruct cold, depth ${deepest.schemes[0].depth}                     ${fmt(time(() => reconstruct(history, deepest.id, 'rfm')).ms)}`);
const a = history[3].id, b = history[snapshots - 2].id;
console.log(`movement matrix cold (2 reconstructs + count) ${fmt(time(() => movementMatrix(history, a, b, 'rfm')).ms)}`);
const warm = new StateCache(4);
movementMatrix(history, a, b, 'rfm', warm);
console.log(`movement matrix, states cached               ${fmt(time(() => movementMatrix(history, a, b, 'rfm', warm)).ms)}`);
console.log(`segmentChangedDay over ${snapshots} snapshots          ${fmt(time(() => segmentChangedDay(history, 'rfm', n), 3).ms)}`);
console.log(`customerMoves of one position                ${fmt(time(() => customerMoves(history, 12345)).ms)}`);
