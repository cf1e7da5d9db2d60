/** Bad usage of the command line: exit code 2, the problem and the usage on standard error. */
export class UsageError extends Error {}
