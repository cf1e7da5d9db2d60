import { render } from 'preact';
import { createEngineClient } from '../core/worker/client.ts';
import { App } from './app.tsx';
import { registerServiceWorker } from './register-service-worker.ts';

render(<App engine={createEngineClient()} />, document.getElementById('app')!);
registerServiceWorker();
