import { isApiError } from '../../ui/api';

/** How long a throttled sign-in must wait, in seconds (Retry-After), or null when the error is something else. */
export function throttleSeconds(error: unknown): number | null {
  if (!isApiError(error, 'login_throttled')) return null;
  return Math.max(1, Math.ceil(error.retryAfter ?? 1));
}

/** The wait as people say it: seconds under two minutes, else whole minutes, rounded up. */
export function waitMessage(seconds: number): { key: 'auth.throttledSeconds' | 'auth.throttledMinutes'; count: number } {
  return seconds < 120 ? { key: 'auth.throttledSeconds', count: seconds } : { key: 'auth.throttledMinutes', count: Math.ceil(seconds / 60) };
}
