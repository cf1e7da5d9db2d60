/**
 * Phone numbers to E.164 (`+79161234567`) with a default country for numbers written without a
 * country code. Table-driven for the countries our users' customers live in; no library exists in
 * our dependency set and full libphonenumber metadata is far more than we need.
 *
 * Rules, in order:
 * 1. Keep digits only (a leading `+`, spaces, brackets, dashes and dots are allowed; letters are
 *    not); an extension (`доб. 12`, `ext 12`, `x12`) is dropped; a leading `'` (Excel/Shopify) too.
 * 2. `+`, `00` (and `810` from RU/KZ/BY) mark an international number: the country is the longest
 *    known calling code that prefixes it, and its national number must have one of that country's
 *    lengths (a national trunk prefix after the code, as in `+44 (0)20 …`, is removed). Calling
 *    codes we do not know are accepted when the whole number has 8–15 digits.
 * 3. Otherwise the number is national to the default country: its trunk prefix (RU `8`, GB `0`, …)
 *    is removed, or a country code written without `+` (`79161234567`) is recognised.
 * Anything else (too short, too long, letters) is not a phone number: `undefined`.
 */

interface Plan {
  /** Calling code without `+`. */
  code: string;
  /** Allowed lengths of the national significant number. */
  lengths: readonly number[];
  /** Dialled before the national number inside the country (`8` in Russia, `0` in the UK). */
  trunk?: string;
}

const PLANS: Readonly<Record<string, Plan>> = {
  RU: { code: '7', lengths: [10], trunk: '8' },
  KZ: { code: '7', lengths: [10], trunk: '8' },
  BY: { code: '375', lengths: [9], trunk: '80' },
  UA: { code: '380', lengths: [9], trunk: '0' },
  UZ: { code: '998', lengths: [9], trunk: '8' },
  KG: { code: '996', lengths: [9], trunk: '0' },
  TJ: { code: '992', lengths: [9], trunk: '8' },
  AZ: { code: '994', lengths: [9], trunk: '0' },
  AM: { code: '374', lengths: [8], trunk: '0' },
  GE: { code: '995', lengths: [9], trunk: '0' },
  MD: { code: '373', lengths: [8], trunk: '0' },
  LV: { code: '371', lengths: [8] },
  LT: { code: '370', lengths: [8], trunk: '8' },
  EE: { code: '372', lengths: [7, 8] },
  FI: { code: '358', lengths: [5, 6, 7, 8, 9, 10], trunk: '0' },
  PL: { code: '48', lengths: [9] },
  CZ: { code: '420', lengths: [9] },
  DE: { code: '49', lengths: [6, 7, 8, 9, 10, 11], trunk: '0' },
  NL: { code: '31', lengths: [9], trunk: '0' },
  FR: { code: '33', lengths: [9], trunk: '0' },
  ES: { code: '34', lengths: [9] },
  IT: { code: '39', lengths: [6, 7, 8, 9, 10, 11] },
  GB: { code: '44', lengths: [9, 10], trunk: '0' },
  CY: { code: '357', lengths: [8] },
  RS: { code: '381', lengths: [8, 9], trunk: '0' },
  ME: { code: '382', lengths: [8], trunk: '0' },
  IL: { code: '972', lengths: [8, 9], trunk: '0' },
  TR: { code: '90', lengths: [10], trunk: '0' },
  AE: { code: '971', lengths: [8, 9], trunk: '0' },
  TH: { code: '66', lengths: [8, 9], trunk: '0' },
  CN: { code: '86', lengths: [10, 11], trunk: '0' },
  US: { code: '1', lengths: [10], trunk: '1' },
  CA: { code: '1', lengths: [10], trunk: '1' },
};

/** Calling code → plan (RU stands for +7, US for +1). */
const BY_CODE = new Map<string, Plan>();
for (const plan of Object.values(PLANS)) if (!BY_CODE.has(plan.code)) BY_CODE.set(plan.code, plan);

/** Countries whose table entry exists (for settings screens). */
export const PHONE_COUNTRIES: readonly string[] = Object.keys(PLANS);

const ALLOWED = /^[\d\s()+\-./\u00a0]+$/;
const EXTENSION = /\s*(?:доб\.?|добавочный|ext\.?|extension|x|#)\s*\d+\s*$/i;

/** E.164 form of `raw`, or undefined when it is not a plausible phone number. */
export function normalisePhone(raw: string, defaultCountry = 'RU'): string | undefined {
  const written = plainPhone(raw) ?? cleanPhone(raw);
  // Without digits no rule below gives a number.
  if (!written || written.digits === '') return undefined;
  let { digits, international } = written;
  const home = PLANS[defaultCountry.toUpperCase()];
  if (!international && digits.startsWith('00')) { international = true; digits = digits.slice(2); }
  if (!international && home?.trunk === '8' && home.code === '7' && digits.startsWith('810') && digits.length > 11) {
    international = true;
    digits = digits.slice(3);
  }
  if (international) return international164(digits);
  if (home) {
    if (home.trunk && digits.startsWith(home.trunk) && home.lengths.includes(digits.length - home.trunk.length)) {
      return `+${home.code}${digits.slice(home.trunk.length)}`;
    }
    if (home.lengths.includes(digits.length)) return `+${home.code}${digits}`;
    if (digits.startsWith(home.code) && home.lengths.includes(digits.length - home.code.length)) return `+${digits}`;
  }
  // A foreign number typed without `+` (`380671234567`): only when long enough to be unambiguous.
  return digits.length >= 11 ? international164(digits, true) : undefined;
}

/** A number as written: its digits, and whether it starts with `+`. */
export interface WrittenPhone {
  digits: string;
  international: boolean;
}

/** The digits of `raw` once cleaned (apostrophes, `tel:`, extensions dropped); undefined when other characters remain. */
export function cleanPhone(raw: string): WrittenPhone | undefined {
  let s = raw.trim().replace(/^'+/, '').replace(/^tel:/i, '').replace(EXTENSION, '');
  if (s === '' || !ALLOWED.test(s)) return undefined;
  s = s.trim();
  return { digits: s.replace(/\D/g, ''), international: s.startsWith('+') };
}

const digitCodes: number[] = [];

/**
 * cleanPhone for a number written only with ASCII digits, spaces and `()+-./` (the common case, which
 * no cleaning rule changes), without regular expressions; undefined for anything else.
 */
export function plainPhone(raw: string): WrittenPhone | undefined {
  if (raw.length > 64) return undefined;
  let n = 0, first = 0;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) digitCodes[n++] = c;
    else if (c !== 0x20 && c !== 0x28 && c !== 0x29 && c !== 0x2b && c !== 0x2d && c !== 0x2e && c !== 0x2f) return undefined;
    if (first === 0 && c !== 0x20) first = c;
  }
  if (first === 0) return undefined;
  digitCodes.length = n;
  return { digits: String.fromCharCode.apply(null, digitCodes), international: first === 0x2b };
}

function international164(digits: string, knownOnly = false): string | undefined {
  for (let n = 3; n >= 1; n--) {
    const plan = BY_CODE.get(digits.slice(0, n));
    if (!plan) continue;
    let nsn = digits.slice(n);
    if (plan.trunk && nsn.startsWith(plan.trunk) && !plan.lengths.includes(nsn.length)
      && plan.lengths.includes(nsn.length - plan.trunk.length)) nsn = nsn.slice(plan.trunk.length);
    return plan.lengths.includes(nsn.length) ? `+${plan.code}${nsn}` : undefined;
  }
  if (knownOnly) return undefined;
  return digits.length >= 8 && digits.length <= 15 && digits[0] !== '0' ? `+${digits}` : undefined;
}
