import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '@readme/openapi-parser';
import { openTestApp, type TestApp } from '../test/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('OpenAPI document', () => {
  it('is valid OpenAPI 3.1 and documents every endpoint', async () => {
    const res = await t.app.inject({ url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(doc));
    expect(result.valid, JSON.stringify(result)).toBe(true);
    for (const p of ['/api/v1/setup', '/api/v1/auth/login', '/api/v1/me', '/api/v1/units', '/api/v1/units/{id}', '/api/v1/users', '/api/v1/audit', '/api/health']) {
      expect(doc.paths[p], p).toBeDefined();
    }
    expect(doc.paths['/api/v1/units'].post.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
  });
});
