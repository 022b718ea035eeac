import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openTestApp, type TestApp } from '../test/app.js';
import { signedIn } from '../test/factories.js';
import { requireSession } from '../http/context.js';
import type { AmityModule } from '../http/module.js';
import { translate } from '../i18n/index.js';
import { canWrite } from '../core/rights.js';
import { audit } from '../core/audit.js';
import { inTransaction } from '../db/tx.js';
import { modules } from './index.js';
import { loadDemo } from './setup/demo/index.js';
import { runDailyJobs } from './jobs/service.js';

/**
 * Adding a module is its folder, one line in modules/index.ts and its migration: a throw-away module,
 * given to the app as that list would give it, reaches every place a module reaches — routes, /me,
 * strings, the audit log's readers, files, demo data and the daily job — with nothing else edited.
 */
const seen: string[] = [];
const throwaway: AmityModule = {
  name: 'throwaway',
  messages: {
    en: { 'throwaway.hello': 'Hello {{name}}' },
    vi: { 'throwaway.hello': 'Xin chào {{name}}' },
    fr: { 'throwaway.hello': 'Bonjour {{name}}' },
  },
  abilities: (scope) => ({ useThrowaway: canWrite(scope) }),
  records: { unscoped: ['throwaway_note'] },
  attachments: { throwaway_note: { canRead: async () => true, canWrite: async () => false } },
  routes: (app) => {
    app.post('/api/v1/throwaway', {
      schema: { tags: ['throwaway'], summary: 'Greets and writes an audited note', response: { 200: z.object({ text: z.string() }) } },
      handler: async (req) => {
        const { actor, user } = requireSession(req);
        await inTransaction(app.ctx.db, (tx) => audit(tx, actor, { action: 'create', entity: 'throwaway_note', entityId: null, diff: { after: { by: user.id } } }));
        return { text: translate(req.lang, 'throwaway.hello', { name: user.displayName }) };
      },
    });
  },
  demo: async (_db, ctx) => {
    seen.push(`demo:${ctx.unitsByKey.size > 0 && ctx.usersByEmail.size > 0}`);
  },
  daily: [{ key: 'throwaway', phase: 'after', run: async (_tx, day) => (seen.push(`daily:${day}`), 7) }],
};

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({}, { modules: [...modules, throwaway] });
});
afterAll(() => t.close());

describe('a module is one manifest in the list', () => {
  it('serves its routes, in its strings, audited and readable in the log', async () => {
    const a = await signedIn(t.app, t.db, 'admin');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/throwaway', headers: { ...a.headers, 'accept-language': 'fr' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().text).toBe(`Bonjour ${a.user.displayName}`);
    const log = await t.app.inject({ url: '/api/v1/audit?entity=throwaway_note', headers: a.headers });
    expect(log.statusCode, log.body).toBe(200);
    const entry = log.json().items.find((e: { entity: string }) => e.entity === 'throwaway_note');
    expect(entry?.diff).toEqual({ after: { by: a.user.id } });
  });

  it('adds its abilities to /me and its endpoint to the OpenAPI document', async () => {
    const viewer = await signedIn(t.app, t.db, 'viewer');
    const me = await t.app.inject({ url: '/api/v1/me', headers: viewer.headers });
    expect(me.json().can).toMatchObject({ useThrowaway: false, manageUnits: false });
    const officer = await signedIn(t.app, t.db, 'officer');
    expect((await t.app.inject({ url: '/api/v1/me', headers: officer.headers })).json().can.useThrowaway).toBe(true);
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(doc.paths['/api/v1/throwaway']?.post).toBeDefined();
  });

  it('carries files by the rule it declares', async () => {
    const a = await signedIn(t.app, t.db, 'officer');
    const id = crypto.randomUUID();
    const list = await t.app.inject({ url: `/api/v1/attachments?entity=throwaway_note&entityId=${id}`, headers: a.headers });
    expect(list.statusCode, list.body).toBe(200);
  });

  it('loads its demo data and does its daily work', async () => {
    const own = await openTestApp();
    try {
      await loadDemo(own.db, [throwaway], { password: 'demo-password-1' });
      const run = await runDailyJobs(own.db, new Date('2031-06-02T05:00:00Z'), { steps: throwaway.daily });
      expect(run.result).toMatchObject({ throwaway: 7 });
      expect(seen).toEqual(expect.arrayContaining(['demo:true', 'daily:2031-06-02']));
    } finally {
      await own.close();
    }
  });
});
