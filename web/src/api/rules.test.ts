import { describe, expect, it } from 'vitest';
import { fieldRule, maxLengthOf, rangeOf } from './rules';

describe('rules from the request schemas', () => {
  it('words a too long, missing or malformed value with the form’s keys', () => {
    const title = fieldRule('POST /proposals', 'title', { tooLong: 'too-long' }, { trim: true });
    expect(title('  ')).toBe('validation.required');
    expect(title('x'.repeat(1001))).toBe('too-long');
    expect(title(' Mở cửa khẩu ')).toBeNull();
    expect(fieldRule('POST /proposals', 'targetUnitId')(undefined)).toBe('validation.required');
    expect(fieldRule('POST /users', 'email')('not-an-address')).toBe('validation.email');
  });

  it('reads through lists and nullable unions, and takes what the server takes', () => {
    const email = fieldRule('POST /partners', 'contacts.email');
    expect(email('')).toBeNull();
    expect(email('an@example.org')).toBeNull();
    expect(email('an@')).toBe('validation.email');
    const website = fieldRule('POST /partners', 'website', { format: 'url' });
    expect(website('')).toBeNull();
    expect(website('not a url')).toBe('url');
  });

  it('leaves to the server what the form has no words for', () => {
    expect(fieldRule('POST /proposals', 'title')('x'.repeat(1001))).toBeNull();
  });

  it('gives the limits for inputs', () => {
    expect(maxLengthOf('POST /proposals', 'title')).toBe(1000);
    expect(rangeOf('PUT /units/{id}/proposal-settings', 'slaDays')).toEqual({ min: 1, max: 365 });
  });
});
