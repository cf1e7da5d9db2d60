/**
 * Whether an order status means the order never counted as a purchase. Partial refunds still count
 * (their amount is net of the refund); cancelled, voided, failed and fully refunded orders do not
 * (rfm.md, "Amounts").
 */
export function statusCounts(status: string): boolean {
  const s = status.trim().toLowerCase().replace(/ё/g, 'е').replace(/^wc-/, '');
  if (s === '') return true;
  if (/partial|частичн/.test(s)) return true;
  return !/cancel|refund|void|fail|declin|trash|отмен|возврат|аннулир|не оплач|неоплач/.test(s);
}

/**
 * Whether a CRM deal stage means the deal was won, i.e. it is a purchase. Bitrix24 (`Сделка успешна`,
 * stage ids `WON`, `C1:WON`) and amoCRM/Kommo (`Успешно реализовано`, `Closed - won`); open and lost
 * deals are kept but not counted.
 */
export function stageWon(stage: string): boolean {
  const s = stage.trim().toLowerCase().replace(/ё/g, 'е');
  if (/не реализ|lost|проигр|провал|неуспешн|не успешн/.test(s)) return false;
  return /успешн|реализовано|выигран|\bwon\b|success/.test(s);
}
