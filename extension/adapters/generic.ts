/**
 * Any other site the user switches on: emails and phone numbers in the visible text and in
 * `mailto:`/`tel:` links, and the elements matched by the user's own CSS selectors for that site.
 */
import { emailOf, phoneOf, queryFirst } from './dom-find.ts';
import { emailOfHref, findEmails, findPhones, phoneOfHref } from './identifiers.ts';
import type { FoundCustomer, SiteAdapter } from './site-adapter.ts';

const LINKS = 'a[href^="mailto:" i], a[href^="tel:" i], a[href^="callto:" i]';
// Text that is not shown as text, or that the user is typing into. (Badge hosts have no light-DOM text.)
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE', 'SELECT', 'OPTION', 'CODE', 'PRE', 'SVG', 'HEAD', 'TITLE']);
// Cheap test before the regular expressions: an @ or ten digits.
const MAYBE = /@|(?:\d\D{0,3}){10}/;

/** The generic adapter, with the user's selectors for the site (each is tried on its own). */
export function genericAdapter(userSelectors: readonly string[] = []): SiteAdapter {
  return {
    id: 'generic',
    name: 'Other sites',
    matches: [],
    include: [/^https?:\/\//],
    scan(document): FoundCustomer[] {
      const body = document.body;
      if (!body) return [];
      const out: FoundCustomer[] = [];
      for (const selector of userSelectors) {
        for (const el of queryFirst(body, [selector])) {
          const email = emailOf(el);
          const phone = email ? undefined : phoneOf(el);
          if (email) out.push({ anchor: el, keys: { emails: [email] } });
          else if (phone) out.push({ anchor: el, keys: { phones: [phone] } });
        }
      }
      for (const link of body.querySelectorAll(LINKS)) {
        const href = link.getAttribute('href') ?? '';
        const email = emailOfHref(href);
        const phone = email ? undefined : phoneOfHref(href);
        if ((email || phone) && visible(link)) out.push({ anchor: link, keys: email ? { emails: [email] } : { phones: [phone as string] } });
      }
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
        acceptNode: (node) =>
          node.nodeType === Node.ELEMENT_NODE
            ? SKIP.has((node as Element).tagName.toUpperCase()) || (node as HTMLElement).isContentEditable || (node as Element).matches('a[href]')
              ? NodeFilter.FILTER_REJECT
              : NodeFilter.FILTER_SKIP
            : NodeFilter.FILTER_ACCEPT,
      });
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node as Text).data;
        if (text.length < 6 || !MAYBE.test(text)) continue;
        const emails = findEmails(text);
        const phones = findPhones(text);
        if ((emails.length || phones.length) && node.parentElement && visible(node.parentElement)) {
          for (const email of emails) out.push({ anchor: node as Text, keys: { emails: [email] } });
          for (const phone of phones) out.push({ anchor: node as Text, keys: { phones: [phone] } });
        }
      }
      return out;
    },
  };
}

function visible(el: Element): boolean {
  return el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
}
