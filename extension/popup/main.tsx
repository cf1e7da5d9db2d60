import { render } from 'preact';
import { Popup } from './popup.tsx';

document.documentElement.lang = chrome.i18n.getUILanguage();
render(<Popup />, document.getElementById('app')!);
