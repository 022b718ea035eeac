import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { fileTypeFromFile } from 'file-type';
import { AppError } from '../../core/errors.js';

export interface ReceivedFile {
  /** A temporary file: the caller removes it. */
  path: string;
  size: number;
  sha256: string;
}

/** Streams an upload to a temporary file, hashing and counting on the way. */
export async function receiveToTemp(stream: Readable, tmpDir: string): Promise<ReceivedFile> {
  await fs.promises.mkdir(tmpDir, { recursive: true });
  const file = path.join(tmpDir, `${randomUUID()}.upload`);
  const hash = createHash('sha256');
  let size = 0;
  try {
    await pipeline(
      stream,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          hash.update(chunk);
          size += chunk.length;
          yield chunk;
        }
      },
      fs.createWriteStream(file, { flags: 'wx', mode: 0o600 }),
    );
  } catch (err) {
    await fs.promises.rm(file, { force: true });
    throw err;
  }
  return { path: file, size, sha256: hash.digest('hex') };
}

/** Sniffed types that may be attached (docs/API.md); text and CSV have no magic bytes and are checked apart. */
const ALLOWED = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'application/zip',
]);
const TEXT_TYPES: Record<string, string> = { '.txt': 'text/plain', '.csv': 'text/csv' };

/** True when the whole file decodes as UTF-8 and holds no NUL (binary formats nearly always do). */
async function isUtf8Text(file: string): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
      if (chunk.includes(0)) return false;
      decoder.decode(chunk, { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/** The content type from the bytes, never from the client's header; 415 unless allowed. */
export async function sniffContentType(file: string, fileName: string): Promise<string> {
  const found = await fileTypeFromFile(file);
  if (found) {
    if (ALLOWED.has(found.mime)) return found.mime;
    throw new AppError('file_type_not_allowed');
  }
  const text = TEXT_TYPES[path.extname(fileName).toLowerCase()];
  if (text && (await isUtf8Text(file))) return text;
  throw new AppError('file_type_not_allowed');
}

/** A display name only (never part of a path): no folders, no control characters, at most 255 characters. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[/\\]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').normalize('NFC').trim();
  return (clean || 'file').slice(0, 255);
}
