/**
 * What a site adapter is (issue #5; ../../shared/STYLE.md, "Overlaying third-party pages"): one CRM per
 * file, the host patterns it needs, the pages it reads, and where the customer's identifiers are.
 * The content script's manager registers every adapter with its `include` patterns and an
 * `init(signal)` (extension/content/adapter-manager.ts); adapters themselves stay free of the overlay, so the
 * options page can import the list without pulling the content script in.
 */
import type { CustomerKeys } from '../messages.ts';

/** One customer found on the page: the node the badge goes after, and the identifiers read there. */
export interface FoundCustomer {
  /** The badge is inserted right after this node (an element, or a text node for matches in running text). */
  anchor: Element | Text;
  keys: CustomerKeys;
}

export interface SiteAdapter {
  /** Stable id (`hubspot`), also the prefix of the CRM's record ids in imported data where there is one. */
  id: string;
  /** Display name for the options page. */
  name: string;
  /** Host match patterns: the optional host permissions the options page requests for this CRM. */
  matches: readonly string[];
  /** Pages the adapter reads, tested against the whole URL; other pages of the CRM get no badges. */
  include: readonly RegExp[];
  /** Reads the customers on the page as it is now; called again after every batch of DOM changes. */
  scan(document: Document, url: URL): FoundCustomer[];
}
