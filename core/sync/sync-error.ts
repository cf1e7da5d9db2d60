/** Why a sync file was refused; `message` is for the user and names what is wrong. */
export type SyncProblem = 'not-sync' | 'damaged' | 'truncated' | 'newer-major' | 'invalid';

export class SyncFileError extends Error {
  constructor(readonly problem: SyncProblem, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'SyncFileError';
  }
}
