/** `orders.csv` → `orders-rejected.csv`. */
export const rejectedFileName = (file: string): string => `${file.replace(/\.[^.]*$/, '')}-rejected.csv`;
