/** Messages extension pages send to the background service worker; anything else is refused. */
export type BackgroundRequest = { type: 'ping' };
export type BackgroundResponse = { type: 'pong'; version: string };

export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'ping';
}
