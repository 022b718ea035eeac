/**
 * The key that signs audit checkpoints. It must never be in the database: whoever can rewrite the
 * audit log must not also be able to sign a new head. AUDIT_KEY (hex or base64, at least 32 bytes)
 * wins; else a random key is kept in a file (DATA_DIR/audit.key, mode 0600) made at first use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export const MIN_KEY_BYTES = 32;

export interface KeySource {
  /** AUDIT_KEY as given, if any. */
  envKey?: string;
  /** The key file used when envKey is unset. */
  keyFile: string;
}

export class AuditKeyError extends Error {}

/** Hex when it looks like hex, else base64 (standard or URL-safe). */
export function parseKey(text: string, where: string): Buffer {
  const s = text.trim();
  let key: Buffer | undefined;
  if (/^(?:[0-9a-f]{2})+$/i.test(s)) key = Buffer.from(s, 'hex');
  else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) key = Buffer.from(s, 'base64');
  if (!key || key.length < MIN_KEY_BYTES) {
    throw new AuditKeyError(`${where} must hold at least ${MIN_KEY_BYTES} bytes, written in hex (${MIN_KEY_BYTES * 2} digits) or base64.`);
  }
  return key;
}

/**
 * The signing key. With `create`, a missing key file is made (exclusively, so two processes
 * starting at once end up with the same key); without it, a missing key answers undefined.
 */
export function loadAuditKey(src: KeySource, opts: { create: boolean }): Buffer | undefined {
  if (src.envKey) return parseKey(src.envKey, 'AUDIT_KEY');
  try {
    return parseKey(fs.readFileSync(src.keyFile, 'utf8'), src.keyFile);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (!opts.create) return undefined;
  fs.mkdirSync(path.dirname(src.keyFile), { recursive: true });
  // Written aside then linked into place: link fails if another process got there first, and nobody
  // ever reads a half-written key.
  const part = `${src.keyFile}.${process.pid}.part`;
  fs.writeFileSync(part, `${randomBytes(MIN_KEY_BYTES).toString('hex')}\n`, { mode: 0o600 });
  try {
    fs.linkSync(part, src.keyFile);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    fs.rmSync(part, { force: true });
  }
  return parseKey(fs.readFileSync(src.keyFile, 'utf8'), src.keyFile);
}
