/** Where demo customers live: mostly Russian cities, some CIS capitals, some emigrant destinations. */

export interface Place {
  city: string;
  /** How the city is typed in Latin (a few Russian customers write it so). */
  cityLatin: string;
  region: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Relative share of customers. */
  weight: number;
}

const place = (city: string, cityLatin: string, region: string, country: string, weight: number): Place =>
  ({ city, cityLatin, region, country, weight });

export const PLACES: readonly Place[] = [
  place('Москва', 'Moscow', 'Москва', 'RU', 300),
  place('Санкт-Петербург', 'Saint Petersburg', 'Санкт-Петербург', 'RU', 120),
  place('Новосибирск', 'Novosibirsk', 'Новосибирская область', 'RU', 30),
  place('Екатеринбург', 'Yekaterinburg', 'Свердловская область', 'RU', 30),
  place('Казань', 'Kazan', 'Республика Татарстан', 'RU', 28),
  place('Нижний Новгород', 'Nizhny Novgorod', 'Нижегородская область', 'RU', 24),
  place('Челябинск', 'Chelyabinsk', 'Челябинская область', 'RU', 22),
  place('Самара', 'Samara', 'Самарская область', 'RU', 22),
  place('Омск', 'Omsk', 'Омская область', 'RU', 20),
  place('Ростов-на-Дону', 'Rostov-on-Don', 'Ростовская область', 'RU', 22),
  place('Уфа', 'Ufa', 'Республика Башкортостан', 'RU', 20),
  place('Красноярск', 'Krasnoyarsk', 'Красноярский край', 'RU', 20),
  place('Воронеж', 'Voronezh', 'Воронежская область', 'RU', 18),
  place('Пермь', 'Perm', 'Пермский край', 'RU', 18),
  place('Волгоград', 'Volgograd', 'Волгоградская область', 'RU', 17),
  place('Краснодар', 'Krasnodar', 'Краснодарский край', 'RU', 22),
  place('Тюмень', 'Tyumen', 'Тюменская область', 'RU', 14),
  place('Саратов', 'Saratov', 'Саратовская область', 'RU', 13),
  place('Ижевск', 'Izhevsk', 'Удмуртская Республика', 'RU', 11),
  place('Иркутск', 'Irkutsk', 'Иркутская область', 'RU', 11),
  place('Хабаровск', 'Khabarovsk', 'Хабаровский край', 'RU', 10),
  place('Ярославль', 'Yaroslavl', 'Ярославская область', 'RU', 10),
  place('Владивосток', 'Vladivostok', 'Приморский край', 'RU', 10),
  place('Томск', 'Tomsk', 'Томская область', 'RU', 9),
  place('Калининград', 'Kaliningrad', 'Калининградская область', 'RU', 9),
  place('Сочи', 'Sochi', 'Краснодарский край', 'RU', 9),
  place('Химки', 'Khimki', 'Московская область', 'RU', 8),
  place('Балашиха', 'Balashikha', 'Московская область', 'RU', 8),
  place('Мурманск', 'Murmansk', 'Мурманская область', 'RU', 5),
  place('Якутск', 'Yakutsk', 'Республика Саха (Якутия)', 'RU', 5),
  place('Алматы', 'Almaty', 'Алматы', 'KZ', 10),
  place('Астана', 'Astana', 'Астана', 'KZ', 7),
  place('Минск', 'Minsk', 'Минск', 'BY', 9),
  place('Ташкент', 'Tashkent', 'Ташкент', 'UZ', 4),
  place('Ереван', 'Yerevan', 'Ереван', 'AM', 4),
  place('Тбилиси', 'Tbilisi', 'Тбилиси', 'GE', 4),
  place('Рига', 'Riga', 'Riga', 'LV', 3),
  place('Limassol', 'Limassol', 'Limassol District', 'CY', 4),
  place('Belgrade', 'Belgrade', 'Belgrade', 'RS', 3),
  place('Dubai', 'Dubai', 'Dubai', 'AE', 4),
  place('London', 'London', 'England', 'GB', 5),
  place('Berlin', 'Berlin', 'Berlin', 'DE', 4),
  place('New York', 'New York', 'New York', 'US', 3),
  place('Washington, D.C.', 'Washington, D.C.', 'District of Columbia', 'US', 1),
  place('Tel Aviv', 'Tel Aviv', 'Tel Aviv District', 'IL', 3),
];

/** Countries where customers mostly have Russian names and write Cyrillic. */
export const RUSSIAN_SPEAKING = new Set(['RU', 'KZ', 'BY', 'UZ', 'AM', 'GE', 'LV']);

/** Mobile numbering of each country: calling code, national number length, mobile prefixes. */
export const MOBILE_PLANS: Readonly<Record<string, { code: string; length: number; prefixes: readonly string[] }>> = {
  RU: { code: '7', length: 10, prefixes: ['900', '903', '905', '909', '910', '915', '916', '917', '919', '921', '925', '926', '977', '985', '999'] },
  KZ: { code: '7', length: 10, prefixes: ['700', '701', '702', '705', '707', '747', '771', '775', '777', '778'] },
  BY: { code: '375', length: 9, prefixes: ['25', '29', '33', '44'] },
  UZ: { code: '998', length: 9, prefixes: ['90', '91', '93', '94', '97', '99'] },
  AM: { code: '374', length: 8, prefixes: ['55', '77', '91', '93', '94', '99'] },
  GE: { code: '995', length: 9, prefixes: ['555', '557', '568', '571', '591', '599'] },
  LV: { code: '371', length: 8, prefixes: ['2'] },
  CY: { code: '357', length: 8, prefixes: ['96', '97', '99'] },
  RS: { code: '381', length: 9, prefixes: ['60', '63', '64', '65'] },
  AE: { code: '971', length: 9, prefixes: ['50', '52', '55', '56'] },
  GB: { code: '44', length: 10, prefixes: ['74', '75', '77', '78', '79'] },
  DE: { code: '49', length: 11, prefixes: ['151', '152', '157', '160', '170', '176'] },
  US: { code: '1', length: 10, prefixes: ['212', '202', '347', '646', '718', '917'] },
  IL: { code: '972', length: 9, prefixes: ['50', '52', '53', '54', '58'] },
};
