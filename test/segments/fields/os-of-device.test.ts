import { describe, expect, it } from 'vitest';
import { namesApp, osOfDevice } from '../../../core/segments/fields/os-of-device.ts';

describe('operating system of a device', () => {
  it('recognises iOS, Android, Windows, macOS and Linux in any writing', () => {
    const cases: [string, string][] = [
      ['ios', 'iOS'], ['iPhone 15 Pro', 'iOS'], ['iPad', 'iOS'], ['android', 'Android'], ['Samsung Android 14', 'Android'],
      ['Windows 11', 'Windows'], ['desktop/windows', 'Windows'], ['Mac', 'macOS'], ['macOS Sonoma', 'macOS'], ['Ubuntu Linux', 'Linux'],
    ];
    expect(cases.map(([d]) => osOfDevice(d))).toEqual(cases.map(([, os]) => os));
  });

  it('keeps any other device text as it is, and does not read iOS inside a word', () => {
    expect(osOfDevice(' Kiosk ')).toBe('Kiosk');
    expect(osOfDevice('desktop')).toBe('desktop');
  });

  it('finds an app in channel or device names, in English or Russian', () => {
    expect(['app', 'mobile_app', 'Mobile App', 'Приложение', 'мобильное приложение'].every(namesApp)).toBe(true);
    expect(['web', 'Happy', 'application form', 'store'].some(namesApp)).toBe(false);
  });
});
