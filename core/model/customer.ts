/** A customer as the engine knows it. Identity rules: see core/import/identity.ts. */
export interface Customer {
  /** Stable id: the source's customer id when the file has one, else `email:<email>` / `phone:<e164>`. */
  id: string;
  /** Every source id seen for this customer (CRM ids, shop ids), including `id` when it came from a file. */
  externalIds: string[];
  /** Trimmed, lower-cased. */
  emails: string[];
  /** E.164 (`+79161234567`). */
  phones: string[];
  firstName?: string;
  lastName?: string;
  middleName?: string;
  gender?: 'M' | 'F';
  /** Calendar date `YYYY-MM-DD`. */
  birthDate?: string;
  city?: string;
  region?: string;
  /** ISO 3166-1 alpha-2 when recognisable, else as written. */
  country?: string;
  language?: string;
  /** Calendar date `YYYY-MM-DD`. */
  signupDate?: string;
  device?: string;
  /** Interests and tags, as imported (trimmed, de-duplicated). */
  tags: string[];
  consent?: boolean;
  /** 0–10. */
  nps?: number;
  /** Imported columns that map to no known field, by their header as written. */
  attributes: Record<string, string>;
  /** ms since epoch of the last change. */
  updatedAt: number;
  /** Tombstone: the record stays so that sync can merge the deletion. */
  deleted?: boolean;
}
