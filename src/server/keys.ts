import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The server's Ed25519 key pair: it signs room records and teachers' tokens. Kept in the data folder. */
export interface ServerKeys {
  readonly secretKey: Uint8Array;
  readonly publicKey: string;
}

const FILE = 'server-key.json';

/**
 * The data folder's key pair, made on first start. Several processes sharing one folder (Redis) must agree on
 * it: the file is created exclusively, and a process that loses the race reads the winner's.
 */
export function loadKeys(dataDir: string): ServerKeys {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, FILE);
  const secretKey = ed25519.utils.randomSecretKey();
  try {
    writeFileSync(path, `${JSON.stringify({ alg: 'Ed25519', secretKey: bytesToHex(secretKey) })}\n`, {
      flag: 'wx',
      mode: 0o600,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stored = JSON.parse(readFileSync(path, 'utf8')) as { secretKey?: unknown };
  if (typeof stored.secretKey !== 'string' || !/^[0-9a-f]{64}$/.test(stored.secretKey))
    throw new Error(`${path} holds no Ed25519 secret key: move it away and the server makes a new one`);
  const key = hexToBytes(stored.secretKey);
  return { secretKey: key, publicKey: bytesToHex(ed25519.getPublicKey(key)) };
}

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');
const teacherText = (code: string): Uint8Array => utf8ToBytes(`astana-format teacher ${code}`);

/** The teacher's token for a room: its code, signed. Any process with the key can check it; none stores it. */
export const teacherToken = (keys: ServerKeys, code: string): string =>
  `${code}.${b64(ed25519.sign(teacherText(code), keys.secretKey))}`;

/** The room code a teacher's token opens, or null when it is not one of this server's. */
export function tokenCode(keys: ServerKeys, token: unknown): string | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const [code, sig, extra] = token.split('.');
  if (code === undefined || sig === undefined || extra !== undefined) return null;
  try {
    const ok = ed25519.verify(Buffer.from(sig, 'base64url'), teacherText(code), hexToBytes(keys.publicKey));
    return ok ? code : null;
  } catch {
    return null;
  }
}
