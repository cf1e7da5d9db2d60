import { describe, expect, it } from 'vitest';
import { mayRequest, senderKind } from '../../../extension/background/sender-kind.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';

describe('who may ask the background', () => {
  it('knows this extension\'s pages by their chrome-extension:// URL', () => {
    expect(senderKind({ id: ID, url: `chrome-extension://${ID}/extension/popup/index.html` }, ID)).toBe('page');
    // A page of this extension opened in a tab is still a page, not a content script.
    expect(senderKind({ id: ID, url: `chrome-extension://${ID}/extension/manager/index.html`, tab: {}, frameId: 0 }, ID)).toBe('page');
  });

  it('knows this extension\'s content scripts by their tab and web page URL', () => {
    expect(senderKind({ id: ID, url: 'https://app.hubspot.com/contacts/1/record/0-1/2', tab: { id: 3 }, frameId: 0 }, ID)).toBe('content-script');
  });

  it('refuses other extensions, senders without a tab, and other URL schemes', () => {
    const other = 'ponmlkjihgfedcbaponmlkjihgfedcba';
    expect(senderKind({ id: other, url: `chrome-extension://${other}/x.html` }, ID)).toBeUndefined();
    expect(senderKind({ id: other, url: 'https://app.hubspot.com/', tab: {}, frameId: 0 }, ID)).toBeUndefined();
    expect(senderKind({ id: ID, url: 'https://app.hubspot.com/' }, ID)).toBeUndefined();
    expect(senderKind({ id: ID, url: `chrome-extension://${other}/x.html`, tab: {}, frameId: 0 }, ID)).toBeUndefined();
    expect(senderKind({ id: ID, url: 'file:///etc/passwd', tab: {}, frameId: 0 }, ID)).toBeUndefined();
    expect(senderKind({ id: ID }, ID)).toBeUndefined();
    expect(senderKind({}, ID)).toBeUndefined();
  });

  it('lets content scripts only look customers up, and pages ask anything', () => {
    expect(['lookup', 'card'].every((t) => mayRequest('content-script', t as 'lookup'))).toBe(true);
    expect(['search', 'data-changed', 'ping'].some((t) => mayRequest('content-script', t as 'search'))).toBe(false);
    expect(['lookup', 'card', 'search', 'data-changed', 'ping'].every((t) => mayRequest('page', t as 'search'))).toBe(true);
  });
});
