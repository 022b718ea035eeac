import type { FastifyRequest } from 'fastify';
import type { App } from './context.js';
import { AppError, type FieldErrors } from '../core/errors.js';

/**
 * Characters no database column can take: NUL (PostgreSQL text refuses it) and UTF-16
 * surrogates without their pair (not Unicode at all; they turn into U+FFFD or worse on the way).
 */
const BAD = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const hasBadCharacters = (s: string) => BAD.test(s);
const BAD_ALL = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// Headers a handler may store (sessions keep the user-agent); they are cleaned, not refused,
// since a browser cannot help what it sends there.
const STORED_HEADERS = ['user-agent', 'accept-language', 'referer'] as const;
const MAX_FIELDS = 20;

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/**
 * Dotted paths of every string (keys included) holding bad characters. Walks with its own
 * stack: a deeply nested body must not overflow the call stack.
 */
export function badCharacterPaths(root: unknown, base = ''): string[] {
  const found: string[] = [];
  const stack: Array<[unknown, string]> = [[root, base]];
  while (stack.length && found.length < MAX_FIELDS) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (BAD.test(value)) found.push(path || '_');
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], join(path, i)]);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        // A bad key is named with its bad characters replaced, so the answer stays valid JSON text.
        if (BAD.test(key)) found.push(join(path, key.replace(BAD_ALL, '\ufffd')));
        else stack.push([v, join(path, key)]);
      }
    }
  }
  return found;
}

const isEmptyObject = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A PATCH route where `{}` means something (none so far): the empty-update check lets it through. */
    allowEmptyPatch?: boolean;
  }
}

function checkRequest(req: FastifyRequest) {
  for (const name of STORED_HEADERS) {
    const h = req.headers[name];
    if (typeof h === 'string' && BAD.test(h)) req.headers[name] = h.replace(BAD_ALL, '');
  }
  const paths = [...badCharacterPaths(req.params), ...badCharacterPaths(req.query), ...badCharacterPaths(req.body)];
  if (paths.length) {
    const fields: FieldErrors = Object.fromEntries(paths.map((p) => [p, { key: 'field.invalid_characters' }]));
    throw new AppError('validation_failed', fields);
  }
  if (req.method === 'PATCH' && isEmptyObject(req.body) && !req.routeOptions.config?.allowEmptyPatch) {
    throw new AppError('empty_update');
  }
}

/**
 * The one gate for bad input that no schema states: strings a database cannot store, in the
 * path, query, body (keys too) and stored headers, and PATCH bodies with nothing to change.
 * Runs after parsing and before validation, hence before every handler (and before an export
 * starts streaming). Multipart bodies are not parsed by then; uploads check their own input.
 */
export function registerInputGuard(app: App) {
  app.addHook('preValidation', async (req) => checkRequest(req));
}
