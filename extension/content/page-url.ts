/**
 * The URL adapters see. The test build (test/browser/content-build.ts defines
 * __SEGMENTA_FIXTURE_HOSTS__) serves each CRM's fixture as http://127.0.0.1:<port>/<crm host>/<path>, and
 * this maps it back to https://<crm host>/<path>; the product build never defines the flag.
 */
declare const __SEGMENTA_FIXTURE_HOSTS__: boolean | undefined;

export function pageUrl(href: string): URL {
  const url = new URL(href);
  if (typeof __SEGMENTA_FIXTURE_HOSTS__ !== 'undefined' && __SEGMENTA_FIXTURE_HOSTS__ && url.hostname === '127.0.0.1') {
    const [, host, ...rest] = url.pathname.split('/');
    if (host && host.includes('.')) return new URL(`https://${host}/${rest.join('/')}${url.search}${url.hash}`);
  }
  return url;
}
