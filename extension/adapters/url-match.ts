/**
 * Chrome match patterns (`https://*.pipedrive.com/*`) tested against a URL, the way Chrome grants host
 * permissions: the adapters' `matches` are the optional host permissions the options page requests.
 * Pure, unit-tested.
 */

/** Whether `url` is matched by the match pattern (`<all_urls>`, `scheme://host/path` with `*` wildcards). */
export function matchesPattern(pattern: string, url: URL): boolean {
  if (pattern === '<all_urls>') return /^(https?|wss?|ftp|file):$/.test(url.protocol);
  const m = /^(\*|https?|wss?|ftp|file):\/\/(\*|(?:\*\.)?[^/*:]+)?(?::(\*|\d+))?(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host = '', port, path] = m;
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  if (host !== '*') {
    const hostname = url.hostname.toLowerCase();
    if (host.startsWith('*.')) {
      const base = host.slice(2).toLowerCase();
      if (hostname !== base && !hostname.endsWith('.' + base)) return false;
    } else if (hostname !== host.toLowerCase()) return false;
  }
  if (port !== undefined && port !== '*' && url.port !== port) return false;
  const glob = new RegExp('^' + path.split('*').map(escapeRegExp).join('.*') + '$');
  return glob.test(url.pathname + url.search);
}

/** Whether any of the patterns matches. */
export function matchesAny(patterns: readonly string[], url: URL): boolean {
  return patterns.some((p) => matchesPattern(p, url));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
