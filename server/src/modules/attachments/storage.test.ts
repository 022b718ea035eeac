import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { checkKey, LocalStorage, newStorageKey } from './storage.js';
import { openStorage, removeEverywhere } from './storages.js';
import { contentDisposition } from './present.js';
import { cleanFileName } from './receive.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amity-store-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('local storage', () => {
  it('puts buffers and streams, reads them back, removes them, and leaves no partial files', async () => {
    const s = new LocalStorage(path.join(dir, 'files'));
    const a = newStorageKey(new Date('2026-03-09T12:00:00Z'));
    const b = newStorageKey();
    expect(a).toMatch(/^2026\/03\/[0-9a-f-]{36}$/);
    await s.put(a, Buffer.from('một'));
    await s.put(b, Readable.from([Buffer.from('hai '), Buffer.from('ba')]));
    expect(await text(await s.get(a))).toBe('một');
    expect(await text(await s.get(b))).toBe('hai ba');
    expect(fs.statSync(s.pathOf(a)).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.dirname(s.pathOf(a)))).toEqual([a.split('/')[2]]);
    await s.remove(a);
    await s.remove(a); // twice: still fine
    await expect(s.get(a)).rejects.toMatchObject({ code: 'not_found' });
    expect(await text(await s.get(b))).toBe('hai ba');
  });

  it('cleans up when the incoming stream fails half-way', async () => {
    const s = new LocalStorage(path.join(dir, 'broken'));
    const key = newStorageKey();
    const failing = new Readable({
      read() {
        this.push(Buffer.from('partial'));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(s.put(key, failing)).rejects.toThrow('connection reset');
    expect(fs.readdirSync(path.dirname(s.pathOf(key)))).toEqual([]);
  });

  it('never lets a key reach outside its folder', async () => {
    const s = new LocalStorage(path.join(dir, 'files'));
    for (const bad of ['../../etc/passwd', '2026/01/../../../x', '/etc/passwd', '2026/01/not-a-uuid', `2026/1/${crypto.randomUUID()}`, '']) {
      expect(() => checkKey(bad), bad).toThrow(/invalid storage key/);
      await expect(s.get(bad)).rejects.toThrow(/invalid storage key/);
      await expect(s.remove(bad)).rejects.toThrow(/invalid storage key/);
    }
  });

  it('removeEverywhere never throws and logs what it could not remove', async () => {
    const warned: unknown[] = [];
    const s = await openStorage({ dataDir: path.join(dir, 'everywhere'), s3: undefined }, { warn: (o) => warned.push(o) });
    const key = newStorageKey();
    await s.put(key, Buffer.from('x'));
    await expect(removeEverywhere([key, 'bad/key'])).resolves.toBeUndefined();
    await expect(s.get(key)).rejects.toBeInstanceOf(AppError);
    expect(warned.length).toBeGreaterThan(0);
    expect(warned[0]).toMatchObject({ key: 'bad/key' });
  });
});

describe('names', () => {
  it('sends an ASCII fallback and the exact UTF-8 name (RFC 5987)', () => {
    expect(contentDisposition('report.pdf')).toBe(`attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`);
    expect(contentDisposition('Đà Nẵng "hồ sơ" 100%\\x.pdf')).toBe(
      `attachment; filename="Da Nang _ho so_ 100__x.pdf"; filename*=UTF-8''%C4%90%C3%A0%20N%E1%BA%B5ng%20%22h%E1%BB%93%20s%C6%A1%22%20100%25%5Cx.pdf`,
    );
    expect(contentDisposition("l'été (1).txt")).toContain(`filename*=UTF-8''l%27%C3%A9t%C3%A9%20%281%29.txt`);
    expect(contentDisposition('中文.pdf')).toContain('filename="__.pdf"');
  });

  it('keeps only a display name from what the client sent', () => {
    expect(cleanFileName('C:\\Users\\an\\báo cáo.pdf')).toBe('báo cáo.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b\u001fc.txt')).toBe('abc.txt');
    expect(cleanFileName('')).toBe('file');
    expect(cleanFileName(undefined)).toBe('file');
    expect(cleanFileName(`${'x'.repeat(300)}.pdf`)).toHaveLength(255);
  });
});

describe('S3-compatible storage (against a minimal fake of the S3 API)', () => {
  const objects = new Map<string, Buffer>();
  const seen: { method: string; url: string; auth: string }[] = [];
  let server: http.Server;
  let endpoint: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push({ method: req.method!, url: req.url!, auth: String(req.headers.authorization ?? '') });
      const key = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (req.method === 'PUT') {
          objects.set(key, Buffer.concat(chunks));
          res.writeHead(200, { ETag: '"1"' }).end();
        } else if (req.method === 'GET' && objects.has(key)) {
          res.writeHead(200, { 'Content-Length': objects.get(key)!.length }).end(objects.get(key));
        } else if (req.method === 'GET') {
          res.writeHead(404, { 'Content-Type': 'application/xml' }).end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>');
        } else if (req.method === 'DELETE') {
          objects.delete(key);
          res.writeHead(204).end();
        } else res.writeHead(400).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('puts, gets and removes objects under bucket/key with signed requests; a missing key is not found', async () => {
    const s = await openStorage({ dataDir: dir, s3: { bucket: 'amity-files', endpoint, region: 'us-east-1', accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' } });
    expect(s.id).toBe(`s3:${endpoint}/amity-files`);
    const key = newStorageKey();
    const file = path.join(dir, 's3-source.bin');
    fs.writeFileSync(file, Buffer.from('nội dung tệp'));
    await s.put(key, fs.createReadStream(file), fs.statSync(file).size);
    expect(objects.get(`/amity-files/${key}`)?.toString()).toBe('nội dung tệp');
    expect(seen[0]!.auth).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDTEST\//);
    expect(await text(await s.get(key))).toBe('nội dung tệp');
    await s.remove(key);
    expect(objects.size).toBe(0);
    await expect(s.get(key)).rejects.toMatchObject({ code: 'not_found' });
    await s.put(key, Buffer.from('again'));
    await removeEverywhere([key]); // reaches the bucket too
    expect(objects.size).toBe(0);
  });
});
