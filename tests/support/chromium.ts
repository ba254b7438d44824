import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Chromium, found at CHROMIUM_PATH or /usr/bin/chromium. Browser builds are never downloaded. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => path !== undefined && path !== '' && existsSync(path));
}

/** Finds Chromium, or on a Debian machine where we run as root, installs Debian's package first (and says so). */
export function ensureChromium(): string {
  const found = findChromium();
  if (found !== undefined) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform === 'linux' && isRoot && existsSync('/usr/bin/apt-get')) {
    process.stdout.write(
      "Chromium was not found: installing Debian's chromium package with apt-get (this happens once per machine)...\n",
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], {
      stdio: 'inherit',
      env,
    });
    const installed = findChromium();
    if (installed !== undefined) return installed;
  }
  throw new Error(
    'Chromium was not found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable.',
  );
}

/** Flags for headless Chromium here: no sandbox as root, WebGL on SwiftShader, no calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
