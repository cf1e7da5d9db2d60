import { render } from 'preact';
import { Options } from './options.tsx';

document.documentElement.lang = chrome.i18n.getUILanguage();
document.title = chrome.i18n.getMessage('optionsTitle');
render(<Options />, document.getElementById('app')!);
