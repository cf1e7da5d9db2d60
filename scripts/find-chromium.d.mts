export declare const CANDIDATES: readonly string[];
export declare const NOT_FOUND: string;
/** The binary's path; throws an Error whose message is the one line to show when there is none. */
export declare function findChromium(env?: Record<string, string | undefined>, candidates?: readonly string[]): string;
