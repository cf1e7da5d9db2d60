import { TextDict, dateColumn, numberColumn } from './column-builders.ts';
import type { FieldDef, FieldColumn, FieldContext } from '../field.ts';
import type { RfmScores } from '../../rfm/types.ts';

/** A score column: 0 (not scored: no counted order, or deleted) is no value. */
function scoreField(id: 'r' | 'f' | 'm' | 'fm', label: FieldDef['label']): FieldDef {
  return {
    id, type: 'number', category: 'rfm', unit: 'score', label,
    column: ({ ds, scores }) => {
      const s = scores.scores[id];
      return numberColumn(ds.customers, (_, i) => (s[i] > 0 ? s[i] : NaN));
    },
  };
}

function rfmCodeColumn({ ds, scores }: FieldContext): FieldColumn {
  const { r, f, m } = scores.scores;
  const n = ds.customers.length;
  const codes = new Int32Array(n).fill(-1);
  const d = new TextDict();
  const byKey = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (ds.customers[i].deleted || r[i] === 0) continue;
    const key = (r[i] << 16) | (f[i] << 8) | m[i];
    let code = byKey.get(key);
    if (code === undefined) byKey.set(key, (code = d.code(`${r[i]}${f[i]}${m[i]}`)));
    codes[i] = code;
  }
  return { type: 'text', codes, dict: d.dict };
}

/** The segment names of the map the scores were computed with. */
const segmentNames = (s: RfmScores): string[] => [...s.settings.segmentMap.segments];

export const rfmFields: FieldDef[] = [
  scoreField('r', { en: 'Recency score (R)', ru: 'Оценка давности (R)' }),
  scoreField('f', { en: 'Frequency score (F)', ru: 'Оценка частоты (F)' }),
  scoreField('m', { en: 'Monetary score (M)', ru: 'Оценка суммы (M)' }),
  scoreField('fm', { en: 'Frequency-monetary score (FM)', ru: 'Оценка частоты и суммы (FM)' }),
  {
    id: 'rfmCode', type: 'text', category: 'rfm', label: { en: 'RFM code', ru: 'RFM-код' },
    column: rfmCodeColumn,
  },
  {
    id: 'rfmSegment', type: 'text', category: 'rfm', label: { en: 'RFM segment', ru: 'RFM-сегмент' },
    options: ({ scores }) => segmentNames(scores.scores),
    column: ({ ds, scores }) => {
      const { segment } = scores.scores;
      const codes = new Int32Array(ds.customers.length).fill(-1);
      for (let i = 0; i < codes.length; i++) if (!ds.customers[i].deleted && segment[i] >= 0) codes[i] = segment[i];
      return { type: 'text', codes, dict: segmentNames(scores.scores) };
    },
  },
  {
    id: 'rfmSegmentChangedOn', type: 'date', category: 'rfm',
    label: { en: 'RFM segment changed on', ru: 'Дата смены RFM-сегмента' },
    column: ({ ds, rfmChangedDay }) => dateColumn(ds.customers, (_, i) => rfmChangedDay?.[i]),
  },
];
