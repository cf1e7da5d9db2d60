/**
 * Reads and hashes files for the engine worker, so that neither costs the engine's thread: in
 * Chromium, copying a file into an ArrayBuffer runs on the reading thread, and SHA-256 with
 * WebCrypto too (~110 ms for 75 MB). Files are handled one at a time, in the order they come; the
 * bytes are transferred as soon as they are read, and a copy is hashed meanwhile.
 */
import { sha256Hex } from '../import/sha256-hex.ts';

export interface LoadRequest {
  id: number;
  file: Blob;
}

export type LoadResponse =
  | { id: number; bytes: ArrayBuffer }
  | { id: number; hex: string }
  | { id: number; error: string };

let queue = Promise.resolve();

self.onmessage = (e: MessageEvent<LoadRequest>) => {
  const { id, file } = e.data;
  queue = queue.then(async () => {
    try {
      const bytes = await file.arrayBuffer();
      const copy = bytes.slice(0);
      self.postMessage({ id, bytes } satisfies LoadResponse, { transfer: [bytes] });
      self.postMessage({ id, hex: await sha256Hex(new Uint8Array(copy)) } satisfies LoadResponse);
    } catch (error) {
      self.postMessage({ id, error: String(error) } satisfies LoadResponse);
    }
  });
};
