import type { PersonaSummary, ValueShare } from './persona.ts';
import type { PersonaText } from '../segments/segment.ts';

export type PersonaLanguage = 'en' | 'ru';

/** A gender counts as the segment's when at least this share of members has it. */
const DOMINANT = 0.6;
/** The top city goes into the name when at least this share of members lives there. */
const CITY_IN_NAME = 0.3;

const WORDS = {
  en: {
    women: 'Women',
    men: 'Men',
    customers: 'Customers',
    empty: 'Empty segment',
    none: 'No customers.',
    members: (n: number) => `${n} ${n === 1 ? 'customer' : 'customers'}`,
    city: (v: ValueShare) => `most often in ${v.value} (${pct(v.share)})`,
    aged: (a: NonNullable<PersonaSummary['age']>) => `typically aged ${a.p25}–${a.p75} (median ${a.median})`,
    gender: (f: number, m: number) => `women ${pct(f)}, men ${pct(m)}`,
    buy: (c: ValueShare, ch?: ValueShare) => `buy mostly ${c.value} (${pct(c.share)} of orders)${ch ? ` via ${ch.value}` : ''}`,
    interests: (l: string) => `interests: ${l}`,
  },
  ru: {
    women: 'Женщины',
    men: 'Мужчины',
    customers: 'Покупатели',
    empty: 'Пустой сегмент',
    none: 'Нет клиентов.',
    members: (n: number) => `${n} ${plural(n, 'клиент', 'клиента', 'клиентов')}`,
    city: (v: ValueShare) => `чаще всего ${v.value} (${pct(v.share)})`,
    aged: (a: NonNullable<PersonaSummary['age']>) => `обычно ${a.p25}–${a.p75} лет (медиана ${a.median})`,
    gender: (f: number, m: number) => `женщин ${pct(f)}, мужчин ${pct(m)}`,
    buy: (c: ValueShare, ch?: ValueShare) => `покупают в основном ${c.value} (${pct(c.share)} заказов)${ch ? `, канал ${ch.value}` : ''}`,
    interests: (l: string) => `интересы: ${l}`,
  },
};

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function plural(n: number, one: string, few: string, many: string): string {
  const d = n % 10;
  const dd = n % 100;
  if (d === 1 && dd !== 11) return one;
  if (d >= 2 && d <= 4 && (dd < 12 || dd > 14)) return few;
  return many;
}

/** A generated name, e.g. "Women 28–41, Москва" / "Женщины 28–41, Москва". */
export function defaultPersonaName(p: PersonaSummary, lang: PersonaLanguage): string {
  const w = WORDS[lang];
  if (p.size === 0) return w.empty;
  const who = p.gender.female >= DOMINANT ? w.women : p.gender.male >= DOMINANT ? w.men : w.customers;
  const ages = p.age ? ` ${p.age.p25}–${p.age.p75}` : '';
  const city = p.cities[0] && p.cities[0].share >= CITY_IN_NAME ? `, ${p.cities[0].value}` : '';
  return `${who}${ages}${city}`;
}

/** A generated one-paragraph description from the summary's strongest traits. */
export function defaultPersonaDescription(p: PersonaSummary, lang: PersonaLanguage): string {
  const w = WORDS[lang];
  if (p.size === 0) return w.none;
  const parts = [w.members(p.size)];
  if (p.cities[0]) parts.push(w.city(p.cities[0]));
  if (p.age) parts.push(w.aged(p.age));
  if (p.gender.female + p.gender.male > 0) parts.push(w.gender(p.gender.female, p.gender.male));
  if (p.categories[0]) parts.push(w.buy(p.categories[0], p.channels[0]));
  if (p.interests.length) parts.push(w.interests(p.interests.slice(0, 3).map((v) => v.value).join(', ')));
  return `${parts.join('; ')}.`;
}

/** The persona text to show: the user's edits (a segment's `persona`) where given, else the generated text. */
export function personaText(p: PersonaSummary, lang: PersonaLanguage, edited?: PersonaText): Required<PersonaText> {
  return {
    name: edited?.name?.trim() || defaultPersonaName(p, lang),
    description: edited?.description?.trim() || defaultPersonaDescription(p, lang),
  };
}
