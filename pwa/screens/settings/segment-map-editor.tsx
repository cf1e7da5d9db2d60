import type { SegmentMap } from '../../../core/rfm/types.ts';
import { useEngine, useEngineData } from '../../engine/engine-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { ProblemList } from './problem-list.tsx';
import { settingsMessages } from './settings-messages.ts';

interface Props {
  map: SegmentMap;
  classes: number;
  onChange(map: SegmentMap): void;
}

/** Light backgrounds that keep dark text readable, one per segment in turn. */
const COLORS = ['#d9f2e6', '#dbeafe', '#fef3c7', '#fde2e4', '#ede9fe', '#e0f2f1', '#fff1d6', '#f3e8ff', '#e2e8f0', '#fce7f3', '#ecfccb', '#ffe4e6'];
const colorOf = (segment: number): string | undefined => (segment >= 0 ? COLORS[segment % COLORS.length] : undefined);

/**
 * The k × k grid of (r, FM) cells, each with its segment; segments renamed, added and removed; the
 * map check's findings listed live, before saving (the engine checks again on save).
 */
export function SegmentMapEditor({ map, classes, onChange }: Props) {
  const t = useT(settingsMessages);
  const { engine } = useEngine();
  const { data: check } = useEngineData((e) => e.checkSegmentMap(map, classes), [JSON.stringify(map), classes]);
  const cellsOf = (s: number) => map.cells.reduce((n, row) => n + row.filter((x) => x === s).length, 0);

  const rename = (s: number, name: string) => onChange({ ...map, segments: map.segments.map((x, i) => (i === s ? name : x)) });
  const add = () => {
    let n = map.segments.length + 1;
    while (map.segments.includes(t('newSegment', { n }))) n++;
    onChange({ ...map, segments: [...map.segments, t('newSegment', { n })] });
  };
  // Its cells become uncovered (the check then lists them); later segments move down one index.
  const remove = (s: number) =>
    onChange({
      segments: map.segments.filter((_, i) => i !== s),
      cells: map.cells.map((row) => row.map((x) => (x === s ? -1 : x > s ? x - 1 : x))),
    });
  const assign = (r: number, fm: number, s: number) =>
    onChange({ ...map, cells: map.cells.map((row, i) => (i === r - 1 ? row.map((x, j) => (j === fm - 1 ? s : x)) : row)) });

  const problems = check && [
    ...check.uncovered.map(([r, fm]) => t('uncovered', { r, fm })),
    ...check.unreachable.map((name) => t('unreachable', { name: name || t('unnamed') })),
  ];
  const rows = Array.from({ length: classes }, (_, i) => classes - i);
  const columns = Array.from({ length: classes }, (_, i) => i + 1);

  return (
    <section class="segment-map" aria-labelledby="segment-map-title">
      <h3 id="segment-map-title">{t('segmentMap')}</h3>
      <p class="hint">{t('segmentMapHint')}</p>
      <h4>{t('segments')}</h4>
      <ol class="segment-list">
        {map.segments.map((name, s) => (
          <li key={s}>
            <span class="swatch" style={{ background: colorOf(s) }} aria-hidden="true" />
            <input type="text" value={name} aria-label={t('segmentName', { n: s + 1 })} onInput={(e) => rename(s, e.currentTarget.value)} />
            <span class="cells-count">{t.plural('segmentCells', cellsOf(s))}</span>
            <button type="button" aria-label={t('removeSegment', { name: name || t('unnamed') })} onClick={() => remove(s)}>{t('remove')}</button>
          </li>
        ))}
      </ol>
      <div class="toolbar">
        <button type="button" onClick={add}>{t('addSegment')}</button>
        <button type="button" onClick={() => void engine.segmentMapFor(classes).then(onChange)}>{t('resetMap')}</button>
      </div>
      <p class="hint" id="map-grid-caption">{t('grid')}</p>
      <div class="grid-scroll">
        <table class="map-grid" data-classes={classes} aria-labelledby="map-grid-caption">
          <thead>
            <tr>
              <td />
              {columns.map((fm) => <th key={fm} scope="col">FM {fm}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th scope="row">r {r}</th>
                {columns.map((fm) => {
                  const s = map.cells[r - 1]?.[fm - 1] ?? -1;
                  return (
                    <td key={fm} style={{ background: colorOf(s) }}>
                      <select value={String(s)} aria-label={t('cell', { r, fm })} onChange={(e) => assign(r, fm, Number(e.currentTarget.value))}>
                        <option value="-1">{t('noSegment')}</option>
                        {map.segments.map((name, i) => <option key={i} value={String(i)}>{name || t('unnamed')}</option>)}
                      </select>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div aria-live="polite" data-testid="map-check">
        {problems?.length ? <ProblemList title={t('mapProblems')} problems={problems} /> : problems && <p class="summary">{t('mapOk')}</p>}
      </div>
    </section>
  );
}
