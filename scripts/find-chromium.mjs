// Finds a Chromium (or Chrome) binary for the browser tests: $CHROMIUM_PATH or $CHROME_PATH, then the
// usual system paths. Run directly, it prints the path, or one line saying how to get one and exits 1.
import { accessSync, constants, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

export const NOT_FOUND =
  'Chromium not found: install it with "sudo apt-get install -y chromium" (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium/Chrome binary.';

function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The binary's path; throws an Error whose message is the one line to show when there is none. */
export function findChromium(env = process.env, candidates = CANDIDATES) {
  const fromEnv = env.CHROMIUM_PATH || env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutableFile(fromEnv)) return fromEnv;
    const name = env.CHROMIUM_PATH ? 'CHROMIUM_PATH' : 'CHROME_PATH';
    throw new Error(`Chromium not found: ${name}=${fromEnv} is not an executable file; fix it or unset it.`);
  }
  const found = candidates.find(isExecutableFile);
  if (!found) throw new Error(NOT_FOUND);
  return found;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(findChromium());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
