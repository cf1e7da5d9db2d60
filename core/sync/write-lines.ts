import { LineChecksum } from './line-checksum.ts';
import type { TrailerLine } from './sync-format.ts';

const NEWLINE = new Uint8Array([10]);

/**
 * A gzip stream of JSON lines, one per value of `lines`, then the checksum trailer. Lines are made only
 * when the consumer pulls (backpressure), so a large dataset is never encoded whole.
 */
export function writeLines(lines: Iterator<object>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const checksum = new LineChecksum();
  const raw = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = lines.next();
      if (next.done) {
        const trailer: TrailerLine = { k: 'end', lines: checksum.lines, sha256: await checksum.hex() };
        controller.enqueue(encoder.encode(JSON.stringify(trailer) + '\n'));
        controller.close();
        return;
      }
      const bytes = encoder.encode(JSON.stringify(next.value));
      await checksum.add(bytes);
      controller.enqueue(bytes);
      controller.enqueue(NEWLINE);
    },
  });
  // The DOM typings say CompressionStream writes BufferSource; a Uint8Array is one.
  return raw.pipeThrough(new CompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
}
