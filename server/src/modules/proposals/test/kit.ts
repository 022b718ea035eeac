import { expect } from 'vitest';
import type { TestApp } from '../../../test/app.js';
import { login, makeUnit, makeUser, signedIn, uniq } from '../../../test/factories.js';

// Shared set-up of the proposals tests (not a test file itself): a ministry (target) with a department
// below it (handling unit), a locality that sends proposals, and another locality that must not see them.

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';

export function kit(t: () => TestApp) {
  const call = (cookie: string, method: Method, url: string, payload?: object, lang = 'en') =>
    t().app.inject({ method, url, headers: { cookie, 'accept-language': lang }, ...(payload ? { payload } : {}) });

  async function world() {
    const { app, db } = t();
    const ministry = await signedIn(app, db, 'manager');
    const ministryOfficer = await login(app, (await makeUser(db, ministry.unit, 'officer')).email);
    const dept = await makeUnit(db, ministry.unit);
    const deptUser = await makeUser(db, dept, 'officer');
    const deptOfficer = await login(app, deptUser.email);
    const locality = await signedIn(app, db, 'officer');
    const other = await signedIn(app, db, 'officer');
    const viewer = await login(app, (await makeUser(db, ministry.unit, 'viewer')).email);
    return { ministry, ministryOfficer, dept, deptUser, deptOfficer, locality, other, viewer };
  }

  async function propose(cookie: string, targetUnitId: string, body: object = {}) {
    const res = await call(cookie, 'POST', '/api/v1/proposals', { title: uniq('Kiến nghị hỗ trợ '), body: 'Nội dung', targetUnitId, ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  const act = (cookie: string, id: string, action: string, extra: object = {}) => call(cookie, 'POST', `/api/v1/proposals/${id}/transitions`, { action, ...extra });
  async function move(cookie: string, id: string, action: string, extra: object = {}) {
    const res = await act(cookie, id, action, extra);
    expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
    return res.json().proposal;
  }
  const notifications = async (cookie: string, id: string) =>
    (await call(cookie, 'GET', '/api/v1/notifications?limit=200')).json().items.filter((n: { entityId: string }) => n.entityId === id);

  return { call, world, propose, act, move, notifications };
}
