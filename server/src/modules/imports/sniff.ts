import fs from 'node:fs';
import { fileTypeFromFile } from 'file-type';
import { AppError } from '../../core/errors.js';
import type { Format } from './reader.js';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/**
 * Shares of a CSV's first characters above which it counts as binary: control characters (never in
 * a spreadsheet's text), undecodable bytes (a legacy encoding has a few; Vietnamese in one, many).
 */
const CONTROL_SHARE = 0.05;
const UNDECODABLE_SHARE = 0.4;
const PROBE_CHARS = 64 * 1024;

export interface ContentReport {
  /** Bytes that were not UTF-8 and are read as U+FFFD (a file saved in a legacy encoding). */
  replaced: number;
}

const unreadable = () => new AppError('file_unreadable');

/**
 * Checks that an upload is what its name says before anything reads it: an XLSX is a zip;
 * a CSV is text (no recognised binary format, no NUL byte anywhere, almost no control
 * characters) and its bytes that are not UTF-8 are counted, to be reported.
 * Throws AppError('file_unreadable'); the caller deletes the file.
 */
export async function checkContent(file: string, format: Format): Promise<ContentReport> {
  const head = await firstBytes(file, 4);
  if (format === 'xlsx') {
    if (!head.equals(ZIP_MAGIC)) throw unreadable();
    return { replaced: 0 };
  }
  if (head.equals(ZIP_MAGIC) || (await fileTypeFromFile(file).catch(() => undefined))) throw unreadable();
  return scanText(file);
}

async function firstBytes(file: string, n: number): Promise<Buffer> {
  const fd = await fs.promises.open(file, 'r');
  try {
    const { buffer, bytesRead } = await fd.read(Buffer.alloc(n), 0, n, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await fd.close();
  }
}

/** One streamed pass over the whole file (100 MB in well under a second). */
async function scanText(file: string): Promise<ContentReport> {
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  let replaced = 0;
  let probed = 0;
  let controls = 0;
  let undecodable = 0;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    // A NUL is never in text: a binary file, UTF-16, or bytes that would have to be dropped silently.
    if (chunk.includes(0)) throw unreadable();
    const text = decoder.decode(chunk, { stream: true });
    replaced += count(text, '\ufffd');
    if (probed < PROBE_CHARS) {
      const part = text.slice(0, PROBE_CHARS - probed);
      probed += part.length;
      controls += (part.match(/[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]/g) ?? []).length;
      undecodable += count(part, '\ufffd');
    }
  }
  replaced += count(decoder.decode(), '\ufffd');
  if (probed > 0 && (controls / probed > CONTROL_SHARE || undecodable / probed > UNDECODABLE_SHARE)) throw unreadable();
  return { replaced };
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
