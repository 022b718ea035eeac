// Client rules return i18n keys; the server re-checks everything.
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export const required = (v: unknown): string | null =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '')
    ? 'validation.required'
    : null;

export const email = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() !== '' && !EMAIL_RE.test(v.trim()) ? 'validation.email' : null;

export const password = (v: unknown): string | null =>
  typeof v === 'string' && (v.length < PASSWORD_MIN || v.length > PASSWORD_MAX)
    ? 'validation.passwordLength'
    : null;

/** The confirmation must equal `other`. */
export const matches =
  <V extends Record<string, unknown>>(other: keyof V) =>
  (v: unknown, values: V): string | null =>
    v !== values[other] ? 'validation.passwordMatch' : null;
