import { normaliseKey } from './text-values.ts';

/** The operating system a device text names (`iPhone 14` → iOS, `android` → Android); else the text itself. */
export function osOfDevice(device: string): string {
  const words = ` ${normaliseKey(device)} `;
  const has = (...names: string[]) => names.some((w) => words.includes(` ${w} `));
  if (has('ios', 'iphone', 'ipad', 'ipados', 'ipod')) return 'iOS';
  if (has('android')) return 'Android';
  if (has('windows', 'win')) return 'Windows';
  if (has('macos', 'mac', 'macintosh', 'macbook', 'osx', 'os x', 'imac')) return 'macOS';
  if (has('linux', 'ubuntu')) return 'Linux';
  return device.trim();
}

/** A channel or device text that names a mobile app (`app`, `mobile_app`, `Приложение`). */
export function namesApp(text: string): boolean {
  return normaliseKey(text.replace(/_/g, ' ')).split(' ').some((w) => w === 'app' || w === 'apps' || w.startsWith('приложени'));
}
