/** The engine worker: the real engine behind the guarded handler map, over Comlink. */
import * as Comlink from 'comlink';
import { createEngine } from '../engine/engine.ts';
import { engineHandlers } from './engine-handlers.ts';
import { workerFileLoader } from './file-loader.ts';
import { guardHandlers } from './handler-map.ts';
import { installErrorTransfer } from './error-transfer.ts';

installErrorTransfer();
Comlink.expose(guardHandlers(engineHandlers(createEngine({ loadFile: workerFileLoader() }))), self);
