/**
 * Attachment bytes in a backup: after the table rows, each stored file as lines
 *   { "file": key, "data": base64 }                  (chunks of at most FILE_CHUNK bytes, in order)
 *   { "file": key, "sha256": hex, "size": bytes }    (its end: what restore checks before storing it)
 * read through the storage interface, so DATA_DIR/files and S3 are backed up alike.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import type pg from 'pg';
import { AppError } from '../core/errors.js';
import { checkKey, type Storage } from '../modules/attachments/storage.js';

/** Raw bytes per line (base64 makes a line about 256 kB). */
export const FILE_CHUNK = 192 * 1024;

export interface FileReport {
  files: number;
  bytes: number;
  /** Keys whose file the storage did not have: the backup went on without them. */
  missing: string[];
  /** Keys whose bytes no longer match the hash recorded at upload (backed up as they are). */
  changed: string[];
}

export const emptyFileReport = (): FileReport => ({ files: 0, bytes: 0, missing: [], changed: [] });

/** The lines of every attachment's file; `client` is inside the backup's snapshot, so keys match the rows written. */
export async function* fileLines(client: pg.PoolClient, storage: Storage, report: FileReport): AsyncGenerator<string> {
  const { rows } = await client.query<{ key: string; sha256: string }>(`select storage_key as key, sha256 from attachments order by storage_key, id`);
  let previous: string | undefined;
  for (const { key, sha256 } of rows) {
    if (key === previous) continue;
    previous = key;
    let stream: AsyncIterable<Buffer>;
    try {
      stream = await storage.get(key);
    } catch (e) {
      if (e instanceof AppError && e.code === 'not_found') {
        report.missing.push(key);
        continue;
      }
      throw e;
    }
    const hash = createHash('sha256');
    let size = 0;
    let pending: Buffer[] = [];
    let pendingSize = 0;
    const emit = (): string => {
      const data = Buffer.concat(pending, pendingSize);
      pending = [];
      pendingSize = 0;
      return `${JSON.stringify({ file: key, data: data.toString('base64') })}\n`;
    };
    for await (const part of stream) {
      const chunk = Buffer.isBuffer(part) ? part : Buffer.from(part);
      hash.update(chunk);
      size += chunk.length;
      for (let at = 0; at < chunk.length; ) {
        const take = Math.min(FILE_CHUNK - pendingSize, chunk.length - at);
        pending.push(chunk.subarray(at, at + take));
        pendingSize += take;
        at += take;
        if (pendingSize === FILE_CHUNK) yield emit();
      }
    }
    if (pendingSize > 0) yield emit();
    const digest = hash.digest('hex');
    if (digest !== sha256) report.changed.push(key);
    report.files++;
    report.bytes += size;
    yield `${JSON.stringify({ file: key, sha256: digest, size })}\n`;
  }
}

interface Incoming {
  key: string;
  tmp: string;
  out: fs.WriteStream;
  hash: Hash;
  size: number;
}

/**
 * Puts files back from their lines: each is gathered in a temporary file, checked against its
 * SHA-256 and size, and only then stored (never a damaged file under a real key).
 */
export class FileRestorer {
  private dir?: string;
  private current?: Incoming;
  readonly report = emptyFileReport();

  constructor(private readonly storage?: Storage) {}

  async line(obj: { file: unknown; data?: unknown; sha256?: unknown; size?: unknown }): Promise<void> {
    const key = checkKey(String(obj.file));
    if (this.current && this.current.key !== key) throw new Error(`The backup's copy of file ${this.current.key} is incomplete.`);
    const cur = this.current ?? (await this.start(key));
    if (typeof obj.data === 'string') {
      const bytes = Buffer.from(obj.data, 'base64');
      cur.hash.update(bytes);
      cur.size += bytes.length;
      if (!cur.out.write(bytes)) await once(cur.out, 'drain');
      return;
    }
    this.current = undefined;
    await new Promise<void>((resolve, reject) => cur.out.end((err?: Error | null) => (err ? reject(err) : resolve())));
    const digest = cur.hash.digest('hex');
    if (digest !== obj.sha256 || cur.size !== obj.size) {
      throw new Error(`The backup's copy of file ${key} is damaged (its SHA-256 or size differs from the one recorded); nothing was restored.`);
    }
    await this.storage?.put(key, fs.createReadStream(cur.tmp), cur.size);
    await fs.promises.rm(cur.tmp, { force: true });
    this.report.files++;
    this.report.bytes += cur.size;
  }

  private async start(key: string): Promise<Incoming> {
    this.dir ??= await fs.promises.mkdtemp(path.join(os.tmpdir(), 'amity-restore-files-'));
    const tmp = path.join(this.dir, String(this.report.files));
    const out = fs.createWriteStream(tmp, { mode: 0o600 });
    await once(out, 'open');
    this.current = { key, tmp, out, hash: createHash('sha256'), size: 0 };
    return this.current;
  }

  /** Throws if the backup ended in the middle of a file. */
  finish(): void {
    if (this.current) throw new Error(`The backup's copy of file ${this.current.key} is incomplete.`);
  }

  async cleanup(): Promise<void> {
    this.current?.out.destroy();
    if (this.dir) await fs.promises.rm(this.dir, { recursive: true, force: true });
  }
}
