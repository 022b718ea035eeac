import type { Database } from '../db/types.js';
import type { App } from '../http/context.js';
import { insertUnit, findUnit, rootUnit } from '../modules/units/repo.js';
import { insertUser } from '../modules/users/repo.js';
import { hashPassword } from '../modules/auth/password.js';
import type { Unit } from '../core/tenancy-schema.js';
import type { Role, User } from '../core/tenancy-schema.js';

export const PASSWORD = 'correct-horse-battery';
let hashed: Promise<string> | undefined;
const defaultHash = () => (hashed ??= hashPassword(PASSWORD));

/** Unique per call, so test files can share a database and run in parallel. */
export const uniq = (prefix = 'x') => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

export async function makeUnit(db: Database, parent: Unit | null = null, over: Partial<Unit> = {}): Promise<Unit> {
  const base = parent ?? (await rootUnit(db)) ?? null;
  const n = uniq('Đơn vị ');
  return insertUnit(db, base, {
    nameVi: over.nameVi ?? n,
    nameEn: over.nameEn ?? `Unit ${n}`,
    nameFr: over.nameFr ?? `Unité ${n}`,
    kind: over.kind ?? 'locality',
    pillar: over.pillar ?? 'people',
    level: over.level ?? 'province',
  });
}

/** A root unit when the database has none yet. */
export async function ensureRoot(db: Database): Promise<Unit> {
  return (await rootUnit(db)) ?? insertUnit(db, null, { nameVi: 'Gốc', nameEn: 'Root', nameFr: 'Racine', kind: 'party', pillar: 'party', level: 'central' });
}

export async function makeUser(db: Database, unit: Unit, role: Role = 'officer', over: Partial<User> = {}): Promise<User> {
  return insertUser(db, {
    email: over.email ?? `${uniq('u')}@test.amity`,
    displayName: over.displayName ?? uniq('Người dùng '),
    passwordHash: over.passwordHash ?? (await defaultHash()),
    language: over.language ?? 'en',
    unitId: unit.id,
    role,
  });
}

/** Signs in through the API and returns the Cookie header to send. */
export async function login(app: App, email: string, password = PASSWORD): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login ${email}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'amity_session')!;
  return `amity_session=${cookie.value}`;
}

/** A unit with a signed-in user of the given role. */
export async function signedIn(app: App, db: Database, role: Role = 'officer', parent?: Unit) {
  const root = await ensureRoot(db);
  const unit = role === 'admin' ? root : await makeUnit(db, parent ?? root);
  const user = await makeUser(db, unit, role);
  const cookie = await login(app, user.email);
  return { unit, user, cookie, headers: { cookie } };
}

export const reload = (db: Database, unit: Unit) => findUnit(db, unit.id);

/** A country row, for tests that run before or without the reference data. */
export async function ensureCountry(db: Database, code: string, names: { vi?: string; en?: string; fr?: string } = {}) {
  const { countries } = await import('../modules/countries/schema.js');
  await db
    .insert(countries)
    .values({ code, nameVi: names.vi ?? code, nameEn: names.en ?? code, nameFr: names.fr ?? code })
    .onConflictDoNothing();
}
