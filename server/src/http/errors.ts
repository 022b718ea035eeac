import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type FieldErrors } from '../core/errors.js';
import { pickLanguage, translate, type Lang } from '../i18n/index.js';

interface Issue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

/** Turns one zod issue into a message key for the field it concerns. */
function issueToFields(issue: Issue): FieldErrors {
  const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const p = issue.params;
  const at = (key: string, params?: Record<string, unknown>): FieldErrors => ({ [path || '_']: { key, params } });
  // A schema may name its own message key: z.string().regex(re, 'field.invalid_phone').
  const own = (issue as { message?: string }).message;
  if (own?.startsWith('field.')) return at(own, p.params as Record<string, unknown> | undefined); // a custom issue's own params
  switch (issue.keyword) {
    case 'invalid_type':
      return at(p.input === undefined ? 'field.required' : 'field.wrong_type');
    case 'too_small':
      return p.origin === 'string' ? at(Number(p.minimum) <= 1 ? 'field.required' : 'field.too_short', { min: p.minimum }) : at('field.too_small', { min: p.minimum });
    case 'too_big':
      return at(p.origin === 'string' ? 'field.too_long' : 'field.too_big', { max: p.maximum });
    case 'invalid_format':
      return at(p.format === 'email' ? 'field.invalid_email' : p.format === 'url' ? 'field.invalid_url' : p.format === 'uuid' ? 'field.invalid_uuid' : p.format === 'datetime' || p.format === 'date' ? 'field.invalid_date' : 'field.invalid');
    case 'invalid_value':
      return at('field.invalid_choice', { options: ((p.values as unknown[]) ?? []).join(', ') });
    case 'unrecognized_keys':
      return Object.fromEntries(((p.keys as string[]) ?? []).map((k) => [path ? `${path}.${k}` : k, { key: 'field.unknown' }]));
    default:
      return at('field.invalid');
  }
}

export function errorBody(lang: Lang, code: ErrorCode, fields?: FieldErrors, params?: Record<string, unknown>) {
  return {
    error: {
      code,
      message: translate(lang, `errors.${code}`, params),
      ...(fields
        ? { fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, translate(lang, v.key, v.params)])) }
        : {}),
    },
  };
}

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
};

/** The SQLSTATE of a database error, whether the driver's own or wrapped by Drizzle. */
function sqlState(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, i = 0; e && i < 4; e = e.cause as typeof e, i++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

/** The one place where errors become HTTP answers. */
export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const lang = req.lang ?? 'en';
  if (err instanceof AppError) {
    return reply.code(err.status).send(errorBody(lang, err.code, err.fields, err.params));
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const fields = Object.assign({}, ...(err.validation as unknown as Issue[]).map(issueToFields)) as FieldErrors;
    return reply.code(422).send(errorBody(lang, 'validation_failed', fields));
  }
  // Constraint violations that a check missed (e.g. a race between two requests).
  const pgCode = sqlState(err);
  if (pgCode === '23503') return reply.code(409).send(errorBody(lang, 'in_use'));
  if (pgCode === '23505') return reply.code(409).send(errorBody(lang, 'conflict'));
  // Data exceptions (class 22: bad date, number out of range, bad encoding…) are bad input a schema
  // let through, and 54000 a value too long for an index: the caller's fault, not ours. Logged, so it gets fixed.
  if (pgCode?.startsWith('22') || pgCode === '54000') {
    req.log.warn({ err }, 'database refused a value the schemas let through');
    return reply.code(422).send(errorBody(lang, 'validation_failed'));
  }
  const mapped = (err.code && fastifyCodes[err.code]) || (err instanceof SyntaxError && err.statusCode === 400 ? 'invalid_json' : undefined);
  if (mapped) return reply.code(mapped === 'invalid_json' ? 400 : err.statusCode ?? 400).send(errorBody(lang, mapped));
  if (err.statusCode && err.statusCode < 500) {
    return reply.code(err.statusCode).send(errorBody(lang, err.statusCode === 404 ? 'not_found' : 'bad_request'));
  }
  req.log.error(err);
  if (process.env.AMITY_DEBUG_ERRORS) console.error(err);
  return reply.code(500).send(errorBody(lang, 'internal'));
}

/**
 * Errors Fastify's router answers before any hook runs (Fastify's `frameworkErrors`): a path with
 * a malformed %-escape, or a path segment longer than any id (maxParamLength). Same shape as the rest.
 */
export function frameworkErrorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  req.lang = pickLanguage(req.headers['accept-language']) ?? 'en';
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') return reply.code(404).send(errorBody(req.lang, 'not_found'));
  if (err.statusCode && err.statusCode < 500) return reply.code(400).send(errorBody(req.lang, 'bad_request'));
  return errorHandler(err, req, reply);
}
