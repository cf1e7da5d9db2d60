import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { findChromium, NOT_FOUND } from '../../scripts/find-chromium.mjs';

const dir = mkdtempSync(join(tmpdir(), 'find-chromium-'));
const executable = join(dir, 'chromium');
writeFileSync(executable, '#!/bin/sh\n');
chmodSync(executable, 0o755);
const plain = join(dir, 'not-executable');
writeFileSync(plain, '');

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH over the system paths', () => {
    expect(findChromium({ CHROMIUM_PATH: executable }, ['/usr/bin/does-not-exist'])).toBe(executable);
  });

  it('accepts CHROME_PATH when CHROMIUM_PATH is unset', () => {
    expect(findChromium({ CHROME_PATH: executable }, [])).toBe(executable);
  });

  it('takes the first executable candidate in order', () => {
    expect(findChromium({}, [join(dir, 'missing'), plain, executable])).toBe(executable);
  });

  it('says how to install Chromium in one line when there is none', () => {
    expect(() => findChromium({}, [join(dir, 'missing'), plain])).toThrow(NOT_FOUND);
    expect(NOT_FOUND).not.toContain('\n');
    expect(NOT_FOUND).toContain('sudo apt-get install -y chromium');
  });

  it('names a CHROMIUM_PATH that is not an executable file instead of silently ignoring it', () => {
    expect(() => findChromium({ CHROMIUM_PATH: plain }, [executable])).toThrow(`CHROMIUM_PATH=${plain}`);
  });
});
