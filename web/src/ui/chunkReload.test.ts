import { describe, expect, it } from 'vitest';
import { isChunkLoadError, reloadOnce, type ReloadEnv } from './chunkReload';

function env(start = 1_000_000) {
  const store = new Map<string, string>();
  let reloads = 0;
  let now = start;
  const e: ReloadEnv = { storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) }, reload: () => void reloads++, now: () => now };
  return { e, reloads: () => reloads, advance: (ms: number) => void (now += ms) };
}

describe('stale chunks after a redeploy', () => {
  it('recognises the browsers’ chunk errors and nothing else', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: http://x/assets/Page-1.js'))).toBe(true); // Chromium
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module: http://x/assets/Page-1.js'))).toBe(true); // Firefox
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true); // Safari
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });

  it('reloads once, not in a loop, and again after a while', () => {
    const t = env();
    expect(reloadOnce(t.e)).toBe(true);
    expect(reloadOnce(t.e)).toBe(false); // the reloaded page failed too: the boundary shows "Amity was updated"
    expect(t.reloads()).toBe(1);
    t.advance(61_000);
    expect(reloadOnce(t.e)).toBe(true);
    expect(t.reloads()).toBe(2);
  });

  it('does nothing outside a browser', () => {
    expect(reloadOnce(undefined)).toBe(false);
  });
});
