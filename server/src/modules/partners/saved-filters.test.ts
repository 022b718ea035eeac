import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureRoot, signedIn } from '../../test/factories.js';
import { SAVED_FILTER_LIMITS } from './saved-filters.js';

let t: TestApp;
let a: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  t = await openTestApp();
  a = await signedIn(t.app, t.db, 'officer', await ensureRoot(t.db));
});
afterAll(() => t.close());

const save = (payload: object, lang = 'en') =>
  t.app.inject({ method: 'POST', url: '/api/v1/saved-filters', headers: { cookie: a.cookie, 'accept-language': lang }, payload });

describe('saved filter limits', () => {
  it('refuses a query of 10,000 keys with a translated message, and odd keys or entities', async () => {
    const huge = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, 'x'.repeat(80)]));
    const res = await save({ entity: 'partners', name: 'huge', query: huge }, 'vi');
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields.query).toBe('Quá nhiều mục (tối đa 30).');
    const over = Object.fromEntries(Array.from({ length: SAVED_FILTER_LIMITS.keys + 1 }, (_, i) => [`k${i}`, 1]));
    expect((await save({ entity: 'partners', name: 'over', query: over })).statusCode).toBe(422);
    expect((await save({ entity: 'partners', name: 'odd key', query: { 'a b': 1 } })).statusCode).toBe(422);
    expect((await save({ entity: 'anything', name: 'odd entity', query: {} })).statusCode).toBe(422);
    expect((await t.app.inject({ url: '/api/v1/saved-filters?entity=anything', headers: { cookie: a.cookie } })).statusCode).toBe(422);
  });

  it('keeps at most a bounded number of saved filters per user', async () => {
    for (let i = 0; i < SAVED_FILTER_LIMITS.perUser; i++) expect((await save({ entity: 'partners', name: `f${i}`, query: { q: `x${i}` } })).statusCode).toBe(201);
    const res = await save({ entity: 'partners', name: 'one too many', query: {} });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields.name).toContain(String(SAVED_FILTER_LIMITS.perUser));
  });
});
