/** The engine worker: exposes the guarded handler map over Comlink. The integrator swaps the stub for the real engine. */
import * as Comlink from 'comlink';
import { createStubEngine } from './engine-stub.ts';
import { engineHandlers } from './engine-handlers.ts';
import { guardHandlers } from './handler-map.ts';

Comlink.expose(guardHandlers(engineHandlers(createStubEngine())), self);
