/** An email address made from a customer's name, in the styles people choose, unique in `taken`. */
import { EMAIL_DOMAINS, EMAIL_DOMAIN_CUM } from './demo-catalogue.ts';
import { transliterate } from './russian-names.ts';
import type { SeededRandom } from './seeded-random.ts';

export function demoEmail(random: SeededRandom, firstName: string, lastName: string, taken: Set<string>): string {
  const f = transliterate(firstName).replace(/[^a-z]/g, '') || 'client';
  const l = transliterate(lastName).replace(/[^a-z]/g, '') || 'shop';
  const year = 1950 + random.int(56);
  const domain = EMAIL_DOMAINS[random.weighted(EMAIL_DOMAIN_CUM)];
  const local = random.pick([
    `${f}.${l}`, `${f[0]}${l}`, `${l}.${f}`, `${f}${year % 100}`, `${l}${random.int(1000)}`, `${f}_${l}${year}`,
    `${f}.${l}${random.int(100)}`,
  ]);
  let email = `${local}@${domain}`;
  while (taken.has(email)) email = `${local}${random.int(10000)}@${domain}`;
  taken.add(email);
  return email;
}
