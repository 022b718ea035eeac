/**
 * A few seconds of memory for resolved sessions, so most requests cost one
 * query instead of two. Changes made through this process invalidate at once;
 * changes made by another process are seen within the TTL (SESSION_CACHE_MS,
 * 0 turns the cache off). Nothing here must be shared between processes.
 */
interface Entry<T> {
  value: T;
  userId: string;
  at: number;
}

const MAX_ENTRIES = 10_000;

export class SessionCache<T> {
  private entries = new Map<string, Entry<T>>();
  constructor(public ttlMs: number) {}

  get(key: string): T | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (Date.now() - e.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  set(key: string, userId: string, value: T): void {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { value, userId, at: Date.now() });
  }

  forgetUser(userId: string): void {
    for (const [k, e] of this.entries) if (e.userId === userId) this.entries.delete(k);
  }

  forgetKey(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** One per process: repos invalidate it when users, sessions or units change. */
export const sessionCache = new SessionCache<unknown>(0);
