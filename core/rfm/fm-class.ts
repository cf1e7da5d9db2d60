/** The combined FM class of ../shared/spec/rfm.md: the mean of the f and m classes, rounded down. */
export const fmClass = (f: number, m: number): number => (f + m) >> 1;
