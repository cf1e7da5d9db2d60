/**
 * Background service worker: a shell for now (issue 5 registers content scripts dynamically).
 * MV3 service workers cannot start dedicated Workers: the engine runs in the manager page.
 */
import { parseBackgroundRequest, type BackgroundResponse } from './messages.ts';

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  // Only this extension's own pages (a content script's sender.url is the web page's), and only the listed
  // shapes (../shared/STYLE.md: the receiver checks every message).
  const fromOwnPage = sender.id === chrome.runtime.id && sender.url?.startsWith(chrome.runtime.getURL('')) === true;
  if (!fromOwnPage) return false;
  const request = parseBackgroundRequest(message);
  if (request?.type !== 'ping') return false;
  const response: BackgroundResponse = { type: 'pong', version: chrome.runtime.getManifest().version };
  sendResponse(response);
  return false;
});
