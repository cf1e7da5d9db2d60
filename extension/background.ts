/**
 * Background service worker (issue #5): answers look-ups from the snapshot the manager page writes,
 * and keeps the registered content scripts in step with the host permissions the user grants.
 * MV3 service workers cannot start dedicated Workers and are stopped when idle: no heavy work here,
 * and everything is read again on each start (the snapshot read starts at once).
 */
import { parseBackgroundRequest } from './messages.ts';
import { createLookupService } from './background/lookup-service.ts';
import { mayRequest, senderKind } from './background/sender-kind.ts';
import { readMoveSnapshot, readNameSnapshot, readSnapshot } from './lookup/snapshot-db.ts';
import { syncContentScripts } from './options/content-script-registration.ts';

const handle = createLookupService({ snapshot: () => readSnapshot(), names: () => readNameSnapshot(), moves: () => readMoveSnapshot() });
const version = chrome.runtime.getManifest().version;

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  // Who sent it, then its shape (../shared/STYLE.md); anything else gets no answer at all.
  const kind = senderKind(sender, chrome.runtime.id);
  const request = kind && parseBackgroundRequest(message);
  if (!kind || !request || !mayRequest(kind, request.type)) return false;
  handle(request, version).then(sendResponse, (e: unknown) => sendResponse({ type: 'error', message: e instanceof Error ? e.message : String(e) }));
  return true;
});

// The user can take a host back in chrome://extensions: drop the scripts it no longer may run.
chrome.permissions.onRemoved.addListener(() => void syncContentScripts());
chrome.runtime.onInstalled.addListener(() => void syncContentScripts());
