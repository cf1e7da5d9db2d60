/// <reference types="@crxjs/vite-plugin/client" />
/**
 * The background of the content-script test build (test/browser/content-build.ts): answers `lookup` and
 * `card` from STUB_CUSTOMERS, so the adapters are tested without the real store; logs every lookup batch
 * for the tests; registers the content script the way the product's background does for a granted host:
 * the built file's path comes from crxjs' `?script&iife` import.
 */
import contentScript from '../../extension/content/content-script.ts?script&iife';
import { parseBackgroundRequest, type BackgroundResponse, type CustomerKeys } from '../../extension/messages.ts';
import { stubCard, stubLookup } from './content-customers.ts';

const lookups: CustomerKeys[][] = [];

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id) return false;
  const request = parseBackgroundRequest(message);
  let response: BackgroundResponse | undefined;
  if (request?.type === 'lookup') {
    lookups.push(request.customers);
    response = { type: 'lookup', results: request.customers.map(stubLookup) };
  } else if (request?.type === 'card') {
    response = { type: 'card', card: stubCard(request.customerId) };
  }
  if (response) sendResponse(response);
  return false;
});

// Test hooks, called with worker.evaluate.
const hooks = {
  contentScript,
  lookups,
  register: () =>
    chrome.scripting.registerContentScripts([
      { id: 'segmenta-content', matches: ['http://127.0.0.1/*'], js: [contentScript], runAt: 'document_idle', allFrames: true, persistAcrossSessions: false },
    ]),
};
Object.assign(self, { segmentaTest: hooks });
