/** What the demo shop sells and through which channels, and the customers' profile vocabulary. */
import { cumulative } from './seeded-random.ts';

export interface Category {
  name: string;
  /** Basket size relative to the customer's usual one. */
  priceFactor: number;
  weight: number;
}

export const CATEGORIES: readonly Category[] = [
  { name: 'Одежда', priceFactor: 1.0, weight: 18 },
  { name: 'Обувь', priceFactor: 1.3, weight: 10 },
  { name: 'Электроника', priceFactor: 3.2, weight: 9 },
  { name: 'Косметика', priceFactor: 0.6, weight: 12 },
  { name: 'Дом и сад', priceFactor: 0.9, weight: 10 },
  { name: 'Детские товары', priceFactor: 0.8, weight: 9 },
  { name: 'Продукты', priceFactor: 0.35, weight: 14 },
  { name: 'Книги', priceFactor: 0.4, weight: 5 },
  { name: 'Спорт и отдых', priceFactor: 1.1, weight: 6 },
  { name: 'Аксессуары', priceFactor: 0.7, weight: 5 },
  { name: 'Зоотовары', priceFactor: 0.5, weight: 5 },
  { name: 'Подарочные карты', priceFactor: 1.5, weight: 2 },
];
export const CATEGORY_CUM = cumulative(CATEGORIES.map((c) => c.weight));

export const CHANNELS = ['store', 'web', 'app'] as const;

export const INTERESTS = [
  'sport', 'beauty', 'electronics', 'home', 'kids', 'books', 'travel', 'fashion', 'food', 'pets', 'auto', 'garden',
  'gaming', 'music', 'health', 'outdoor',
];

export const DEVICES = ['android', 'ios', 'web', 'desktop', ''];
export const DEVICE_CUM = cumulative([42, 30, 14, 8, 6]);

export const EMAIL_DOMAINS = [
  'mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'list.ru', 'inbox.ru', 'rambler.ru', 'ya.ru', 'outlook.com', 'icloud.com',
];
export const EMAIL_DOMAIN_CUM = cumulative([28, 26, 22, 5, 4, 3, 3, 3, 2, 2]);

/** Hours of the day orders are placed, relative (night is quiet, evening is busiest). */
export const HOUR_CUM = cumulative([
  1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 1.2, 2, 3, 4.5, 5.5, 6.5, 6.5, 6, 6, 6.2, 6.8, 7.5, 7.5, 6.5, 5, 3.2, 1.8,
]);
