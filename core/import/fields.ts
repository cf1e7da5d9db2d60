/** Canonical fields a column can be mapped to; customer fields follow core/model/customer.ts. */

export const CUSTOMER_FIELDS = [
  'customerId', 'email', 'phone', 'firstName', 'lastName', 'middleName',
  /** "First Last" in one cell. */
  'fullName',
  /** "Фамилия Имя Отчество" in one cell (ФИО). */
  'fullNameLastFirst',
  'gender', 'birthDate', 'city', 'region', 'country', 'language', 'signupDate', 'device', 'tags', 'consent', 'nps',
] as const;

export const ORDER_FIELDS = [
  'orderId', 'orderDate', 'amount',
  /** Already net of refunds (`Order Total Amount (- Refund)`). */
  'netAmount',
  'refundedAmount', 'financialStatus', 'status', 'cancelledAt', 'closedDate', 'currency', 'channel', 'category',
  'items', 'lineitemPrice',
] as const;

export type CustomerField = (typeof CUSTOMER_FIELDS)[number];
export type OrderField = (typeof ORDER_FIELDS)[number];
export type FieldName = CustomerField | OrderField;

/** Fields fed by several columns at once (Рабочий email + Личный email, Tags + Interests). */
export const MULTI_COLUMN_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>(['email', 'phone', 'tags']);
