import { render } from 'preact';
import { createEngineClient, type EngineClient } from '../core/worker/client.ts';
import { App } from './app.tsx';
import { registerServiceWorker } from './register-service-worker.ts';

declare global {
  interface Window {
    /** The page's engine client, for the benchmark (bench/browser-bench.ts) and end-to-end tests only. */
    __segmentaEngine?: EngineClient;
  }
}

const engine = createEngineClient();
window.__segmentaEngine = engine;
render(<App engine={engine} />, document.getElementById('app')!);
registerServiceWorker();
