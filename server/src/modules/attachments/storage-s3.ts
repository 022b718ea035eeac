import { Readable } from 'node:stream';
import { S3Client, PutObjectCommand, GetObjectCommand, DeleteObjectCommand } from '@aws-sdk/client-s3';
import type { Config } from '../../config.js';
import { notFound } from '../../core/errors.js';
import { checkKey, type Storage } from './storage.js';

/** An S3-compatible bucket (AWS, MinIO, Ceph…): objects under the same keys as the local files. */
export function s3Storage(cfg: NonNullable<Config['s3']>): Storage {
  const client = new S3Client({
    region: cfg.region,
    endpoint: cfg.endpoint,
    // Self-hosted stores want /bucket/key rather than bucket.host names.
    forcePathStyle: Boolean(cfg.endpoint),
    credentials: cfg.accessKeyId && cfg.secretAccessKey ? { accessKeyId: cfg.accessKeyId, secretAccessKey: cfg.secretAccessKey } : undefined,
    // Many S3-compatible stores reject the SDK's default streamed checksums.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = cfg.bucket;
  return {
    id: `s3:${cfg.endpoint ?? 'aws'}/${cfg.bucket}`,
    async put(key, data, size) {
      await client.send(new PutObjectCommand({ Bucket, Key: checkKey(key), Body: data, ContentLength: size ?? (Buffer.isBuffer(data) ? data.length : undefined) }));
    },
    async get(key) {
      try {
        const res = await client.send(new GetObjectCommand({ Bucket, Key: checkKey(key) }));
        if (!res.Body) throw notFound();
        return res.Body as Readable;
      } catch (err) {
        const name = (err as { name?: string }).name;
        if (name === 'NoSuchKey' || name === 'NotFound') throw notFound();
        throw err;
      }
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: checkKey(key) }));
    },
  };
}
