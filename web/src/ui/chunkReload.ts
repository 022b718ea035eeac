import { lazy, type ComponentType } from 'react';

/**
 * After a redeploy, an open tab still asks for the old build's chunks, which the server no longer has
 * (404). The first such failure reloads the page once to fetch the new build; if loading fails again
 * right after that reload, the error is thrown to the boundary, which asks the user to reload.
 */
const FLAG = 'amity.chunkReloadAt';
const RETRY_WINDOW_MS = 60_000;

export const isChunkLoadError = (e: unknown): boolean =>
  e instanceof Error &&
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS|ChunkLoadError|Loading chunk [\w-]+ failed/i.test(`${e.name} ${e.message}`);

export interface ReloadEnv {
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  reload: () => void;
  now: () => number;
}

const browserEnv = (): ReloadEnv | undefined =>
  typeof window === 'undefined' ? undefined : { storage: window.sessionStorage, reload: () => window.location.reload(), now: () => Date.now() };

/** Reloads once (true) unless this tab already reloaded for a missing chunk within the last minute (false). */
export function reloadOnce(env: ReloadEnv | undefined = browserEnv()): boolean {
  if (!env) return false;
  const last = Number(env.storage.getItem(FLAG) ?? 0);
  if (env.now() - last < RETRY_WINDOW_MS) return false;
  env.storage.setItem(FLAG, String(env.now()));
  env.reload();
  return true;
}

/** React.lazy for a page: a chunk that cannot be loaded reloads the page once, then reaches the error boundary. */
export function lazyPage<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  return lazy(() =>
    load().catch((e: unknown) => {
      if (isChunkLoadError(e) && reloadOnce()) return new Promise<never>(() => {}); // the page is going away
      throw e;
    }),
  );
}

/** Vite reports a failed preload of a chunk's dependencies on window: the same rule applies. */
export function listenForStaleChunks() {
  window.addEventListener('vite:preloadError', (event) => {
    if (reloadOnce()) event.preventDefault();
  });
}
