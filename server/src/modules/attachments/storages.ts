import path from 'node:path';
import type { Config } from '../../config.js';
import { LocalStorage, type Storage } from './storage.js';

export interface StorageLog {
  warn(obj: unknown, msg?: string): void;
}

const configured = new Map<string, Storage>();
let log: StorageLog = { warn: (obj, msg) => console.warn(msg ?? 'attachments', obj) };

/** The storage the config asks for; S3 is loaded only when used (the SDK is large). */
export async function openStorage(config: Pick<Config, 'dataDir' | 's3'>, logger?: StorageLog): Promise<Storage> {
  const storage = config.s3 ? (await import('./storage-s3.js')).s3Storage(config.s3) : new LocalStorage(path.join(config.dataDir, 'files'));
  if (!configured.has(storage.id)) configured.set(storage.id, storage);
  if (logger) log = logger;
  return configured.get(storage.id)!;
}

/**
 * Removes files from every storage opened in this process (one in production; tests open several apps).
 * Keys are unique, so trying a storage that never had the file is harmless. Never throws.
 */
export async function removeEverywhere(keys: string[]): Promise<void> {
  for (const key of keys) {
    for (const storage of configured.values()) {
      try {
        await storage.remove(key);
      } catch (err) {
        log.warn({ err, key, storage: storage.id }, 'attachment file not removed');
      }
    }
  }
}
