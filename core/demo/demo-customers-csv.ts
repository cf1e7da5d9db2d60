/**
 * The demo's customers file, in the shape of a CRM's customer export: mostly Russian names in
 * Cyrillic (feminine surnames for women), some typed in Latin or in capitals, Russian and CIS
 * cities, emails and phones in the formats people type, and sparse profile fields.
 */
import { isoOfDay } from '../model/dates.ts';
import { csvLine } from './csv-line.ts';
import { DEVICE_CUM, DEVICES, INTERESTS } from './demo-catalogue.ts';
import { demoEmail } from './demo-email.ts';
import { demoPhone } from './demo-phone.ts';
import { PLACES, RUSSIAN_SPEAKING } from './demo-places.ts';
import { FOREIGN_FEMALE_NAMES, FOREIGN_MALE_NAMES, FOREIGN_SURNAMES } from './foreign-names.ts';
import { FEMALE_NAMES, feminineSurname, MALE_NAMES, SURNAMES, transliterate } from './russian-names.ts';
import { cumulative } from './seeded-random.ts';
import type { CustomerPlans } from './customer-plan.ts';
import type { SeededRandom } from './seeded-random.ts';

export const CUSTOMER_HEADERS = [
  'customer_id', 'email', 'phone', 'first_name', 'last_name', 'gender', 'birth_date', 'city', 'region', 'country',
  'language', 'signup_date', 'device', 'interests', 'marketing_consent', 'nps_score',
];

const PLACE_CUM = cumulative(PLACES.map((p) => p.weight));

/** `today` is a day number: birth dates are counted back from it. */
export function demoCustomersCsv(plans: CustomerPlans, today: number, random: SeededRandom, customerId: (i: number) => string): string {
  const lines = [csvLine(CUSTOMER_HEADERS)];
  const emails = new Set<string>();
  const phones = new Set<string>();
  for (let i = 0; i < plans.signup.length; i++) {
    const place = PLACES[random.weighted(PLACE_CUM)];
    const russian = RUSSIAN_SPEAKING.has(place.country) ? !random.chance(0.04) : random.chance(0.45);
    const female = random.chance(0.56);
    const first = random.pick(russian ? (female ? FEMALE_NAMES : MALE_NAMES) : female ? FOREIGN_FEMALE_NAMES : FOREIGN_MALE_NAMES);
    const surname = random.pick(russian ? SURNAMES : FOREIGN_SURNAMES);
    const last = russian && female ? feminineSurname(surname) : surname;
    let written = [first, last];
    if (russian && random.chance(0.08)) written = written.map((s) => capitalise(transliterate(s)));
    if (random.chance(0.03)) written = written.map((s) => s.toUpperCase());

    const email = random.chance(0.07) ? '' : demoEmail(random, first, last, emails);
    let phone = '';
    if (!random.chance(0.05)) {
      let p = demoPhone(random, place.country);
      while (phones.has(p.e164)) p = demoPhone(random, place.country);
      phones.add(p.e164);
      phone = p.written;
    }
    const gender = random.chance(0.05) ? '' : female ? 'F' : 'M';
    const age = 18 + Math.min(65, Math.floor(random.exponential(14) + random.int(12)));
    const birth = random.chance(0.2) ? '' : isoOfDay(today - age * 365 - random.int(365));
    const city = place.country === 'RU' && random.chance(0.04) ? place.cityLatin : place.city;
    const language = !russian ? 'en' : place.country === 'KZ' && random.chance(0.2) ? 'kk' : place.country === 'AM' && random.chance(0.3) ? 'hy' : 'ru';
    const device = DEVICES[random.weighted(DEVICE_CUM)];
    const interests = new Set<string>();
    for (let n = random.int(4); n > 0; n--) interests.add(random.pick(INTERESTS));
    const consent = random.chance(0.62) ? 'true' : 'false';
    const nps = random.chance(0.7) ? '' : String(Math.min(10, Math.max(0, Math.round(8 + 2.2 * random.normal()))));
    lines.push(csvLine([
      customerId(i), email, phone, written[0], written[1], gender, birth, city, place.region, place.country, language,
      isoOfDay(plans.signup[i]), device, [...interests].join('|'), consent, nps,
    ]));
  }
  return lines.join('\n') + '\n';
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
