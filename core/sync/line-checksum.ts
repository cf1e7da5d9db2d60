/**
 * The file's checksum: SHA-256 of each line as it is written or read (its UTF-8 bytes, without the
 * newline), then SHA-256 of those digests concatenated. Neither side ever holds the whole file.
 */
export class LineChecksum {
  private digests: Uint8Array[] = [];

  get lines(): number {
    return this.digests.length;
  }

  async add(line: Uint8Array<ArrayBuffer>): Promise<void> {
    this.digests.push(new Uint8Array(await crypto.subtle.digest('SHA-256', line)));
  }

  async hex(): Promise<string> {
    const all = new Uint8Array(this.digests.length * 32);
    this.digests.forEach((d, i) => all.set(d, i * 32));
    let hex = '';
    for (const b of new Uint8Array(await crypto.subtle.digest('SHA-256', all))) hex += b.toString(16).padStart(2, '0');
    return hex;
  }
}
