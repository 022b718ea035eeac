// An account's e-mail and password, as the server checks them (read from the contract); keys for i18n.
import { fieldRule } from '../api/rules';

/** An account's e-mail address, as the server checks it when an account is made (empty: `required` says so). */
const accountEmail = fieldRule('POST /users', 'email', {}, { trim: true });
export const email = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? accountEmail(v) : null);

/** A new password's length, as the server checks it. */
const newPassword = fieldRule('POST /users', 'password', { tooShort: 'validation.passwordLength', tooLong: 'validation.passwordLength' });
export const password = (v: unknown): string | null => (typeof v === 'string' ? newPassword(v) : null);
