// Rules every form may use; they return i18n keys, and the server re-checks everything.
import { fieldRule } from '../api/rules';

export const required = (v: unknown): string | null =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '') ? 'validation.required' : null;

/** An account's e-mail address, as the server checks it when an account is made (empty: `required` says so). */
const accountEmail = fieldRule('POST /users', 'email', {}, { trim: true });
export const email = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? accountEmail(v) : null);

/** A new password's length, as the server checks it. */
const newPassword = fieldRule('POST /users', 'password', { tooShort: 'validation.passwordLength', tooLong: 'validation.passwordLength' });
export const password = (v: unknown): string | null => (typeof v === 'string' ? newPassword(v) : null);

/** The confirmation must equal `other`. */
export const matches =
  <V extends Record<string, unknown>>(other: keyof V) =>
  (v: unknown, values: V): string | null =>
    v !== values[other] ? 'validation.passwordMatch' : null;
