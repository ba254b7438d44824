import { networkInterfaces } from 'node:os';

/** The IPv4 addresses students' devices can reach this machine on; none when it listens on loopback only. */
export function lanAddresses(host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return host.startsWith('127.') || host === 'localhost' ? [] : [host];
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}
