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
  };
}
