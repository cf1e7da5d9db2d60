import * as Comlink from 'comlink';

/**
 * Comlink's error transfer keeps only an error's name, message and stack, so the UI would lose the
 * list of problems of a RuleError or SettingsError (each naming the bad node or setting), and the
 * `problem` of a SyncFileError (why a sync file was refused). Wrapped here to carry `problems`, `code`
 * and `problem` too; Comlink's receiving side copies every field it gets
 * onto the Error it throws, so only the worker needs this (worker.ts installs it).
 */
export function installErrorTransfer(): void {
  const base = Comlink.transferHandlers.get('throw') as Comlink.TransferHandler<{ value: unknown }, { isError: boolean; value: Record<string, unknown> }>;
  if ((base as { extended?: boolean }).extended) return;
  const extended: typeof base & { extended: true } = {
    extended: true,
    canHandle: base.canHandle,
    deserialize: base.deserialize,
    serialize(thrown) {
      const [wire, transfer] = base.serialize(thrown);
      const error = thrown.value as { problems?: unknown; code?: unknown; problem?: unknown };
      if (wire.isError && error.problems !== undefined) wire.value.problems = structuredClone(error.problems);
      if (wire.isError && (typeof error.code === 'string' || typeof error.code === 'number')) wire.value.code = error.code;
      if (wire.isError && typeof error.problem === 'string') wire.value.problem = error.problem;
      return [wire, transfer];
    },
  };
  Comlink.transferHandlers.set('throw', extended as Comlink.TransferHandler<unknown, unknown>);
}
