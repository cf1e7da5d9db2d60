import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../core/engine/engine.ts';
import { generatedDataset } from '../helpers/dataset-s.ts';

const file = (dir: string, name: string) => new File([readFileSync(join(dir, name))], name);
let dbCount = 0;
const freshDb = () => `campaign-engine-${process.pid}-${++dbCount}`;

describe('campaign results through the engine import', () => {
  it('are recognised among other files, merged after the customers they refer to, and recorded in the history', async () => {
    const dir = generatedDataset('engine-small', ['--customers', '300', '--orders', '3000', '--seed', '5']);
    const [header, first, second] = readFileSync(join(dir, 'customers.csv'), 'utf8').split('\n');
    const col = header.split(',');
    const cell = (line: string, name: string) => line.split(',')[col.indexOf(name)];
    const results = new File([
      'Кампания;Клиент;Отправлено;Открыто;Конверсия;Выручка;Стоимость\r\n' +
      `Весна;${cell(first, 'customer_id')};да;да;нет;0;1,50\r\n` +
      `Весна;${cell(second, 'customer_id')};да;нет;да;1 250,00;1,50\r\n` +
      'Весна;C9999999;да;нет;нет;0;1,50\r\n',
    ], 'рассылка.csv');
    const dbName = freshDb();
    const engine = createEngine({ dbName });
    // The campaign file comes first: its rows still find the customers of the same import.
    const summary = await engine.importFiles([results, file(dir, 'customers.csv'), file(dir, 'orders.csv')], { asOf: '2026-11-01' });
    const campaign = summary.files.find((f) => f.name === 'рассылка.csv')!;
    expect(campaign).toMatchObject({ source: 'campaign-results', rows: 3, rejected: 1, campaignRows: { added: 2, replaced: 0, unchanged: 0 } });
    expect(summary.files.filter((f) => f.source !== 'campaign-results')).toHaveLength(2);

    const again = createEngine({ dbName });
    const repeat = await again.importFiles([results], {});
    expect(repeat.files[0].campaignRows).toEqual({ added: 0, replaced: 0, unchanged: 2 });
    const history = await again.importHistory();
    expect(history.filter((h) => h.source === 'campaign-results')).toHaveLength(2);
    expect(await again.rejectedRowsCsv(history.find((h) => h.fileName === 'рассылка.csv')!.id)).toContain('C9999999');
  });
});
