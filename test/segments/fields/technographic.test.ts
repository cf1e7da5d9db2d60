import { describe, expect, it } from 'vitest';
import { context, customer, sample, values } from './fixture.ts';

describe('technographic and needs fields', () => {
  const ctx = sample();
  const u = undefined;

  it('give the device and the operating system it names', () => {
    expect(values(ctx, 'device')).toEqual(['iPhone 14', 'Android phone', u, u, 'Windows PC', 'Mac']);
    expect(values(ctx, 'os')).toEqual(['iOS', 'Android', u, u, 'Windows', 'macOS']);
  });

  it('mark app users by an app channel among counted orders up to the as-of day, or an app device', () => {
    // Анна's Приложение orders are uncounted or later; Dana bought through Приложение.
    expect(values(ctx, 'appUser')).toEqual([false, false, u, false, false, true]);
    const c = context([customer('a', { device: 'Mobile App (iOS)' }), customer('b', { device: 'Happy phone' })], []);
    expect(values(c, 'appUser')).toEqual([true, false]);
  });

  it('give the email domain, and whether an email and a phone are known', () => {
    expect(values(ctx, 'emailDomain')).toEqual(['mail.ru', 'example.co.uk', u, u, u, u]);
    expect(values(ctx, 'hasEmail')).toEqual([true, true, u, false, false, false]);
    expect(values(ctx, 'hasPhone')).toEqual([true, false, u, false, false, false]);
  });

  it('give consent and the preferred contact channel', () => {
    expect(values(ctx, 'consent')).toEqual([true, false, u, u, u, u]);
    expect(values(ctx, 'preferredContactChannel')).toEqual(['Telegram', 'email', u, u, u, u]);
  });
});
