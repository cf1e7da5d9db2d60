const integer = new Intl.NumberFormat('en');
const money = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const formatCount = (n: number): string => integer.format(n);
/** Minor units (kopecks, cents) shown with two decimals. */
export const formatMinor = (minor: number): string => money.format(minor / 100);
