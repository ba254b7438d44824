/**
 * The npm registry this project is built against serves only the Linux glibc builds of oxlint's
 * platform packages, so `npm install` leaves the others out of package-lock.json and `npm ci` then
 * refuses the lock. This adds each missing optional platform package with its os/cpu/libc, which is
 * all `npm ci` needs to skip it on machines it does not fit. Run after changing dependencies:
 * `node scripts/complete-lock.mjs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
const path = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8'));
const pkgs = lock.packages;
let added = 0;
for (const [key, entry] of Object.entries(pkgs)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const at = `node_modules/${name}`;
    if (pkgs[at] !== undefined) continue;
    const m =
      /binding-(\w+)-(\w+?)(?:-(gnu|musl|msvc|eabi|gnueabihf|musleabihf))?$/.exec(name) ??
      /cli-(\w+)-(\w+?)(?:-(musl))?$/.exec(name);
    if (!m) {
      console.error(`cannot tell the platform of ${name}`);
      continue;
    }
    const [, os, cpu, abi] = m;
    const cpuName = cpu === 'arm' ? 'arm' : cpu;
    const e = { version, cpu: [cpuName], os: [os === 'win32' ? 'win32' : os], optional: true };
    if (abi === 'gnu' || abi === 'gnueabihf') e.libc = ['glibc'];
    if (abi === 'musl' || abi === 'musleabihf') e.libc = ['musl'];
    pkgs[at] = e;
    added += 1;
  }
}
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log('added', added);
