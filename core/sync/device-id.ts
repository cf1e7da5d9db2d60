import type { Settings } from '../model/dataset.ts';

/** A new random device id (UUID v4): created once per device and kept in its settings. */
export function newDeviceId(): string {
  return crypto.randomUUID();
}

/** The settings with a device id, adding one when they have none (the engine saves the result once). */
export function withDeviceId(settings: Settings): Settings {
  return settings.deviceId ? settings : { ...settings, deviceId: newDeviceId() };
}
