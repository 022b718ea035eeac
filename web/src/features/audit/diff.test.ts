import { describe, expect, it } from 'vitest';
import { diffRows, showValue } from './diff';

describe('audit diff', () => {
  it('reads before/after objects', () => {
    expect(diffRows({ before: { a: 1 }, after: { a: 2, b: 3 } })).toEqual([
      { field: 'a', before: 1, after: 2 },
      { field: 'b', before: undefined, after: 3 },
    ]);
  });
  it('reads per-field pairs', () => {
    expect(diffRows({ role: ['viewer', 'officer'], name: { from: 'A', to: 'B' } })).toEqual([
      { field: 'role', before: 'viewer', after: 'officer' },
      { field: 'name', before: 'A', after: 'B' },
    ]);
  });
  it('treats plain values as new values', () => {
    expect(diffRows({ email: 'a@b.c' })).toEqual([{ field: 'email', before: undefined, after: 'a@b.c' }]);
  });
  it('gives up on non-objects', () => {
    expect(diffRows(null)).toBeNull();
    expect(diffRows('x')).toBeNull();
  });
  it('shows values', () => {
    expect(showValue(null)).toBe('∅');
    expect(showValue({ a: 1 })).toBe('{"a":1}');
  });
});
