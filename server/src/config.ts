import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Repository root: server/src/.. /.. */
export const repoRoot = path.resolve(here, '..', '..');

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  webDist: string;
  /** Session idle timeout and absolute lifetime, in seconds. */
  sessionIdleSeconds: number;
  sessionAbsoluteSeconds: number;
  /** How long a resolved session may be reused from memory; 0 = always ask the database. */
  sessionCacheMs: number;
  logLevel: string;
  /** Base of links in e-mails and calendars (no trailing slash): PUBLIC_URL, else http://localhost:PORT. */
  publicUrl: string;
  /** PUBLIC_URL was given; without it, links made while answering a request use the request's own address. */
  publicUrlSet: boolean;
  /** Host names (or host:port) besides PUBLIC_URL's that API requests may be addressed to (ALLOWED_HOSTS). */
  allowedHosts: string[];
  /** Behind a reverse proxy (TRUST_PROXY=true): the client address comes from X-Forwarded-For. */
  trustProxy: boolean;
  /** Notifications are mailed when set (smtp://user:pass@host:587). */
  smtpUrl?: string;
  smtpFrom: string;
  attachmentMaxMb: number;
  /** Attachments go to an S3-compatible bucket when set, else under dataDir/files. */
  s3?: { bucket: string; endpoint?: string; region: string; accessKeyId?: string; secretAccessKey?: string };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 8080),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? path.join(repoRoot, 'data')),
    webDist: path.resolve(env.AMITY_WEB_DIST ?? path.join(repoRoot, 'web', 'dist')),
    sessionIdleSeconds: Number(env.SESSION_IDLE_SECONDS ?? 2 * 3600),
    sessionAbsoluteSeconds: Number(env.SESSION_ABSOLUTE_SECONDS ?? 12 * 3600),
    sessionCacheMs: Number(env.SESSION_CACHE_MS ?? 2000),
    logLevel: env.LOG_LEVEL ?? 'info',
    publicUrl: (env.PUBLIC_URL || `http://localhost:${env.PORT ?? 8080}`).replace(/\/+$/, ''),
    publicUrlSet: Boolean(env.PUBLIC_URL),
    allowedHosts: (env.ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean),
    trustProxy: env.TRUST_PROXY === 'true',
    smtpUrl: env.SMTP_URL || undefined,
    smtpFrom: env.SMTP_FROM || 'Amity <no-reply@amity.local>',
    attachmentMaxMb: Number(env.ATTACHMENT_MAX_MB || 25),
    s3: env.S3_BUCKET
      ? { bucket: env.S3_BUCKET, endpoint: env.S3_ENDPOINT || undefined, region: env.S3_REGION || 'us-east-1', accessKeyId: env.S3_ACCESS_KEY_ID || undefined, secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined }
      : undefined,
  };
}
