import { ImportError } from './types.ts';

/**
 * Refuses, with one clear sentence, files that are not text tables at all: empty, binary (a workbook,
 * an archive, an image) or an HTML page. `text` is the normalised head of the file.
 */
export function assertTextFile(raw: Uint8Array, text: Uint8Array, file: string): void {
  if (!hasNonSpace(text)) throw new ImportError(`${file} is empty.`, file, 'empty_file');
  if (startsWith(raw, [0x50, 0x4b, 0x03, 0x04]) || startsWith(raw, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new ImportError(`${file} is an Excel workbook or an archive, not CSV: save it from Excel as "CSV UTF-8" and import that.`, file, 'binary_file');
  }
  const n = Math.min(text.length, 64 * 1024);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) control++;
  }
  if (control > 0 && control * 100 > n) {
    throw new ImportError(`${file} is a binary file, not a text table: export the data as CSV and import that.`, file, 'binary_file');
  }
  if (looksLikeHtml(text)) {
    throw new ImportError(`${file} is an HTML page, not CSV (Bitrix24's "Excel" export is one): export the list as CSV instead.`, file, 'html_file');
  }
}

function hasNonSpace(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
  }
  return false;
}

function startsWith(b: Uint8Array, prefix: number[]): boolean {
  return b.length >= prefix.length && prefix.every((x, k) => b[k] === x);
}

function looksLikeHtml(b: Uint8Array): boolean {
  let i = 0;
  while (i < b.length && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)) i++;
  if (b[i] !== 0x3c) return false; // '<'
  let head = '';
  for (let k = i; k < Math.min(b.length, i + 4096); k++) head += String.fromCharCode(b[k] | (b[k] >= 0x41 && b[k] <= 0x5a ? 0x20 : 0));
  return /<(!doctype html|html|head|body|table|meta)[\s>]/.test(head);
}
