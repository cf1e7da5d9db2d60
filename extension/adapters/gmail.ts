/** Gmail: the sender of each open message in a conversation. */
import { readRows } from './dom-find.ts';
import type { FoundCustomer, SiteAdapter } from './site-adapter.ts';

const MESSAGES = [
  'div.adn.ads', // An expanded message in a conversation (classes stable since 2013)
  '[role="listitem"] [data-message-id]', // Conversation list items, newer markup
];
const SENDER = [
  'h3.iw span.gD[email]', // Sender name in the message header; the address is its `email` attribute
  'span.gD[email]', // Same, without the heading wrapper (some layouts)
  'span[email][data-hovercard-id]', // Hovercard-enabled name, used by newer builds
];

export const gmail: SiteAdapter = {
  id: 'gmail',
  name: 'Gmail',
  matches: ['https://mail.google.com/*'],
  // A conversation is open when the hash names a view and a message id: #inbox/FMfcg…, #label/Clients/FMfcg…
  include: [/^https:\/\/mail\.google\.com\/mail\/u\/\d+\/#[^/]+(?:\/[^/]+)*\/[A-Za-z0-9]{16,}$/],
  scan(document): FoundCustomer[] {
    const seen = new Set<string>();
    // One badge per sender: a long conversation repeats the same person.
    return readRows(document, MESSAGES, { email: SENDER }).filter((f) => {
      const email = f.keys.emails?.[0];
      if (!email || seen.has(email)) return false;
      seen.add(email);
      return true;
    });
  },
};

/*
Test URLs:
https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJGvKpLmNqRsTvWxYz
https://mail.google.com/mail/u/1/#label/Clients/FMfcgzQXJGvKpLmNqRsTvWxYz
*/
