import { render } from 'preact';
import { createEngineClient } from '../../core/worker/client.ts';
import { Manager } from './manager.tsx';

document.documentElement.lang = chrome.i18n.getUILanguage();
document.title = chrome.i18n.getMessage('managerTitle');
render(<Manager engine={createEngineClient()} />, document.getElementById('app')!);
