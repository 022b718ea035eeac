/** Stable error codes: the API sends them, the UI translates them. */
export const errorStatus = {
  setup_required: 409,
  already_setup: 409,
  unauthenticated: 401,
  invalid_credentials: 401,
  account_locked: 423,
  rate_limited: 429,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  email_taken: 409,
  validation_failed: 422,
  invalid_json: 400,
  bad_request: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unit_has_children: 409,
  unit_has_users: 409,
  invalid_move: 422,
  wrong_password: 422,
  last_admin: 409,
  in_use: 409,
  import_has_errors: 422,
  invalid_transition: 409,
  file_type_not_allowed: 415,
  file_rejected: 422,
  conflict: 409,
  login_throttled: 429,
  empty_update: 422,
  file_unreadable: 422,
  host_not_allowed: 403,
  token_read_only: 403,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** Field errors: dotted path -> message key (translated when sent). */
export type FieldErrors = Record<string, { key: string; params?: Record<string, unknown> }>;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly fields?: FieldErrors,
    readonly params?: Record<string, unknown>,
  ) {
    super(code);
    this.status = errorStatus[code];
  }
}

export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');
export const fieldError = (field: string, key: string, params?: Record<string, unknown>) =>
  new AppError('validation_failed', { [field]: { key, params } });
