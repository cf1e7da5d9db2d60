import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EngineClient } from '../../core/worker/client.ts';

interface EngineState {
  engine: EngineClient;
  /** Bumped after anything changes the data (an import, an edit): screens showing data load again. */
  version: number;
  changed(): void;
}

const EngineContext = createContext<EngineState | undefined>(undefined);

export function EngineProvider({ engine, children }: { engine: EngineClient; children: ComponentChildren }) {
  const [version, setVersion] = useState(0);
  const value = useMemo(() => ({ engine, version, changed: () => setVersion((v) => v + 1) }), [engine, version]);
  return <EngineContext.Provider value={value}>{children}</EngineContext.Provider>;
}

export function useEngine(): EngineState {
  const state = useContext(EngineContext);
  if (!state) throw new Error('useEngine outside EngineProvider');
  return state;
}

export interface EngineData<T> {
  data?: T;
  error?: Error;
  loading: boolean;
  reload(): void;
}

/**
 * Data from the engine, loaded again when `deps` or the data version change. Answers that come back
 * after a newer request started are dropped, so fast typing never shows a stale result.
 */
export function useEngineData<T>(load: (engine: EngineClient) => Promise<T>, deps: readonly unknown[]): EngineData<T> {
  const { engine, version } = useEngine();
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const [nonce, setNonce] = useState(0);
  const ticket = useRef(0);
  useEffect(() => {
    const mine = ++ticket.current;
    setState((s) => ({ ...s, loading: true }));
    load(engine).then(
      (data) => { if (mine === ticket.current) setState({ data, loading: false }); },
      (error: unknown) => {
        if (mine === ticket.current) setState((s) => ({ ...s, error: error instanceof Error ? error : new Error(String(error)), loading: false }));
      },
    );
  }, [engine, version, nonce, ...deps]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}
