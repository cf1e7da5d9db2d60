import { describe, expect, it } from 'vitest';
import { matchesAny, matchesPattern } from '../../extension/adapters/url-match.ts';

const url = (href: string) => new URL(href);

describe('Chrome match patterns', () => {
  it('matches a host and its subdomains for *.host, and nothing else', () => {
    expect(matchesPattern('https://*.pipedrive.com/*', url('https://acme.pipedrive.com/person/1'))).toBe(true);
    expect(matchesPattern('https://*.pipedrive.com/*', url('https://pipedrive.com/'))).toBe(true);
    expect(matchesPattern('https://*.pipedrive.com/*', url('https://evilpipedrive.com/'))).toBe(false);
    expect(matchesPattern('https://*.pipedrive.com/*', url('https://pipedrive.com.evil.net/'))).toBe(false);
  });

  it('keeps the scheme: https patterns do not match http, * matches both', () => {
    expect(matchesPattern('https://app.hubspot.com/*', url('http://app.hubspot.com/'))).toBe(false);
    expect(matchesPattern('*://app.hubspot.com/*', url('http://app.hubspot.com/'))).toBe(true);
    expect(matchesPattern('*://app.hubspot.com/*', url('ftp://app.hubspot.com/'))).toBe(false);
  });

  it('matches any port when the pattern names none, as Chrome does for http://127.0.0.1/*', () => {
    expect(matchesPattern('http://127.0.0.1/*', url('http://127.0.0.1:5173/x'))).toBe(true);
    expect(matchesPattern('http://127.0.0.1:8080/*', url('http://127.0.0.1:5173/x'))).toBe(false);
  });

  it('matches the path as a glob, and <all_urls> any web URL', () => {
    expect(matchesPattern('https://mail.google.com/mail/*', url('https://mail.google.com/mail/u/0/#inbox'))).toBe(true);
    expect(matchesPattern('https://mail.google.com/mail/*', url('https://mail.google.com/chat/'))).toBe(false);
    expect(matchesPattern('<all_urls>', url('https://example.org/'))).toBe(true);
    expect(matchesPattern('not a pattern', url('https://example.org/'))).toBe(false);
  });

  it('matchesAny is true when one pattern matches', () => {
    expect(matchesAny(['https://*.amocrm.ru/*', 'https://*.kommo.com/*'], url('https://acme.kommo.com/leads/detail/1'))).toBe(true);
    expect(matchesAny([], url('https://acme.kommo.com/'))).toBe(false);
  });
});
