import { describe, expect, it } from 'vitest';
import { ApiError } from '../../ui/api';
import { throttleSeconds, waitMessage } from './throttle';

describe('sign-in throttle', () => {
  it('reads the wait from a login_throttled error only', () => {
    expect(throttleSeconds(new ApiError(429, 'login_throttled', 'slow down', {}, 8))).toBe(8);
    expect(throttleSeconds(new ApiError(429, 'login_throttled', 'slow down'))).toBe(1);
    expect(throttleSeconds(new ApiError(401, 'invalid_credentials', 'no'))).toBeNull();
    expect(throttleSeconds(new Error('x'))).toBeNull();
  });

  it('says seconds under two minutes, else whole minutes rounded up', () => {
    expect(waitMessage(1)).toEqual({ key: 'auth.throttledSeconds', count: 1 });
    expect(waitMessage(119)).toEqual({ key: 'auth.throttledSeconds', count: 119 });
    expect(waitMessage(121)).toEqual({ key: 'auth.throttledMinutes', count: 3 });
    expect(waitMessage(900)).toEqual({ key: 'auth.throttledMinutes', count: 15 });
  });
});
