import { describe, expect, test } from 'vitest';
import { campaignColumnOf, detectCampaignResults, mapCampaignColumns } from '../../core/import/campaign-columns.ts';
import type { CampaignField } from '../../core/import/campaign-columns.ts';

const fields = (headers: string[]) => mapCampaignColumns(headers).columns.map((c) => c.field);

describe('campaign columns', () => {
  test('maps English headers', () => {
    expect(fields(['Campaign', 'Customer ID', 'Email', 'Phone', 'Sent', 'Opened', 'Clicked', 'Converted', 'Revenue', 'Cost', 'Notes']))
      .toEqual(['campaign', 'customerId', 'email', 'phone', 'sent', 'opened', 'clicked', 'converted', 'revenue', 'cost', 'ignore']);
  });

  test('maps Russian headers, ё and punctuation ignored', () => {
    expect(fields(['Рассылка', 'Клиент', 'Отправлено', 'Открыто', 'Переход', 'Покупка', 'Доход', 'Расход']))
      .toEqual(['campaign', 'customer', 'sent', 'opened', 'clicked', 'converted', 'revenue', 'cost']);
    expect(fields(['Кампания', 'E-mail', 'Клик', 'Конверсия', 'Выручка', 'Стоимость', 'Перешёл']))
      .toEqual(['campaign', 'email', 'clicked', 'converted', 'revenue', 'cost', 'ignore']);
  });

  test('a single-valued field goes to its best synonym', () => {
    const m = mapCampaignColumns(['Campaign ID', 'Campaign Name', 'Email', 'Opened']);
    const at = (f: CampaignField) => campaignColumnOf(m, f);
    expect([at('campaignId'), at('campaign')]).toEqual([0, 1]);
  });

  test('a file with a campaign column and an event column is a campaign results file', () => {
    expect(detectCampaignResults(['Рассылка', 'Email', 'Открыто'])).toBe(1);
    expect(detectCampaignResults(['campaign_id', 'customer_id', 'converted', 'revenue'])).toBe(1);
    expect(detectCampaignResults(['Campaign', 'Email', 'Revenue'])).toBe(0);
    expect(detectCampaignResults(['order_id', 'email', 'amount', 'status'])).toBe(0);
    expect(detectCampaignResults(['Email', 'Opened'])).toBe(0);
  });
});
