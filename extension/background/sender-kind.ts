import { CONTENT_SCRIPT_REQUESTS, type BackgroundRequest } from '../messages.ts';

/** Who sent a message, as far as the background trusts it. */
export type SenderKind = 'page' | 'content-script';

/** The fields of chrome.runtime.MessageSender this check reads (plain data: unit-testable). */
export interface SenderFacts {
  id?: string;
  url?: string;
  tab?: unknown;
  frameId?: number;
}

/**
 * 'page' for this extension's own pages (their URL is under chrome-extension://<id>/), 'content-script'
 * for this extension's content scripts (a tab, and the web page's URL), undefined for anyone else
 * (another extension, a sender without a tab or URL). Web pages cannot reach onMessage at all: the
 * manifest declares no externally_connectable.
 */
export function senderKind(sender: SenderFacts, extensionId: string): SenderKind | undefined {
  if (sender.id !== extensionId || typeof sender.url !== 'string') return undefined;
  if (sender.url.startsWith(`chrome-extension://${extensionId}/`)) return 'page';
  if (sender.tab && typeof sender.frameId === 'number' && /^https?:/.test(sender.url)) return 'content-script';
  return undefined;
}

/** Content scripts run beside page scripts: they may only look customers up (messages.ts). */
export const mayRequest = (kind: SenderKind, type: BackgroundRequest['type']): boolean =>
  kind === 'page' || CONTENT_SCRIPT_REQUESTS.includes(type);
