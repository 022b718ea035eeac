import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { notFound } from '../../core/errors.js';

/** Where attachment bytes live. Keys are `<yyyy>/<mm>/<uuid>`, made by the server only. */
export interface Storage {
  /** Tells storages apart (removeStoredFiles tries each configured one). */
  readonly id: string;
  put(key: string, data: Buffer | Readable, size?: number): Promise<void>;
  /** The bytes; not_found when the key has no file. */
  get(key: string): Promise<Readable>;
  /** A missing file is not an error. */
  remove(key: string): Promise<void>;
}

const KEY = /^\d{4}\/\d{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function newStorageKey(now = new Date()): string {
  return `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
}

/** Every key reaching a storage is checked, so no stored value can point outside its folder. */
export function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
  return key;
}

/** Files under `<root>/<yyyy>/<mm>/<uuid>` (root = DATA_DIR/files). */
export class LocalStorage implements Storage {
  readonly id: string;
  constructor(readonly root: string) {
    this.id = `local:${path.resolve(root)}`;
  }

  pathOf(key: string): string {
    return path.join(this.root, ...checkKey(key).split('/'));
  }

  async put(key: string, data: Buffer | Readable): Promise<void> {
    const file = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    // Written aside then renamed: a reader never sees half a file.
    const part = `${file}.part`;
    try {
      await pipeline(Buffer.isBuffer(data) ? Readable.from([data]) : data, fs.createWriteStream(part, { flags: 'wx', mode: 0o600 }));
      await fs.promises.rename(part, file);
    } catch (err) {
      await fs.promises.rm(part, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    try {
      const handle = await fs.promises.open(file, 'r');
      return handle.createReadStream();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw notFound();
      throw err;
    }
  }

  async remove(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }
}
