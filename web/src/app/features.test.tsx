import { IconBox } from '@tabler/icons-react';
import { isValidElement } from 'react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter, matchPath, Navigate } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { allows, type Ability, type Me, type MeCan } from '../features/auth/me';
import { loadTranslation } from '../i18n';
import { FEATURES, stringsOf, type Feature } from './features';
import { navGroups } from './nav';
import { AppRoutes, featureRoutes } from './routes';

const NONE: MeCan = {
  manageUnits: false,
  manageUsers: false,
  viewAudit: false,
  createPartners: false,
  writeNotes: false,
  createEngagements: false,
  approveEngagements: false,
  createDirectives: false,
  createProposals: false,
};
const ALL = Object.fromEntries(Object.keys(NONE).map((k) => [k, true])) as unknown as MeCan;

function me(can: MeCan, role: Me['user']['role'] = 'officer'): Me {
  const user = { id: 'u1', email: 'a@b.c', displayName: 'A', language: 'en', role, active: true, unitId: 'x', unit: null, createdAt: '' } as const;
  return { user, can };
}
const mayFor = (m: Me) => (a: Ability | undefined) => allows(m, a);
const sidebar = (m: Me, features: readonly Feature[] = FEATURES) =>
  navGroups(features, mayFor(m)).map((g) => `${g.section}: ${g.entries.map((e) => e.id).join(' ')}`);

/** A throw-away feature: all a new feature gives the app is its folder's index.ts and one line in FEATURES. */
function DummyPage() {
  return <p>dummy page</p>;
}
const dummy: Feature = {
  name: 'dummy',
  routes: [
    { path: '/dummy', page: DummyPage },
    { path: '/dummy/settings', page: DummyPage, requires: 'manageUsers' },
  ],
  nav: [{ id: 'dummy', label: 'nav.dummy', path: '/dummy', icon: IconBox, section: 'plans' }],
  strings: {
    vi: async () => ({ default: { dummy: { title: 'Thử' } } }),
    en: async () => ({ default: { dummy: { title: 'Dummy' } } }),
    fr: async () => ({ default: { dummy: { title: 'Factice' } } }),
  },
};

describe('the features list', () => {
  it('gives each role the sidebar it had, grouped into sections', () => {
    expect(sidebar(me(NONE))).toEqual([
      'work: home calendar tasks',
      'network: partners engagements',
      'plans: directives proposals',
      'account: profile',
    ]);
    expect(sidebar(me({ ...NONE, approveEngagements: true, viewAudit: true }, 'manager'))).toEqual([
      'work: home calendar tasks approvals',
      'network: partners engagements',
      'plans: directives proposals',
      'admin: audit',
      'account: profile',
    ]);
    expect(sidebar(me(ALL, 'admin'))).toEqual([
      'work: home calendar tasks approvals',
      'network: partners engagements',
      'plans: directives proposals',
      'admin: units users audit reference',
      'account: profile',
    ]);
  });

  it('has one route per path, and every sidebar entry leads to one', () => {
    const paths = FEATURES.flatMap((f) => f.routes ?? []).map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const entry of FEATURES.flatMap((f) => f.nav ?? [])) {
      expect(paths.some((p) => matchPath(p, entry.path)), entry.path).toBe(true);
    }
    const ids = FEATURES.flatMap((f) => f.nav ?? []).map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sends a user without the required ability home', () => {
    const byPath = (m: Me) => new Map(featureRoutes(FEATURES, mayFor(m)).map((r) => [r.path, r.element]));
    const officer = byPath(me(NONE));
    for (const path of ['/units', '/users', '/audit', '/reference/*', '/approvals', '/approvals/settings']) {
      const el = officer.get(path);
      expect(isValidElement(el) && el.type === Navigate && (el.props as { to: string }).to, path).toBe('/home');
    }
    for (const path of ['/home', '/partners/*', '/partners/import', '/tasks/*', '/profile', '/notifications']) {
      expect(officer.get(path)?.type, path).not.toBe(Navigate);
    }
    expect(byPath(me(ALL, 'admin')).get('/reference/*')?.type).not.toBe(Navigate);
  });

  it('takes a new feature from its manifest alone: route, sidebar entry in its section, strings', async () => {
    const features = [...FEATURES, dummy];
    expect(sidebar(me(NONE), features)).toContain('plans: directives proposals dummy');
    const html = (path: string, m: Me) =>
      renderToString(
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes me={m} features={features} />
        </MemoryRouter>,
      );
    expect(html('/dummy', me(NONE))).toContain('dummy page');
    expect(html('/dummy/settings', me(NONE))).not.toContain('dummy page');
    expect(html('/dummy/settings', me({ ...NONE, manageUsers: true }))).toContain('dummy page');
    const strings = (await loadTranslation(stringsOf(features), 'fr')) as { dummy: { title: string }; nav: { home: string } };
    expect(strings.dummy.title).toBe('Factice');
    expect(strings.nav.home).toBe('Accueil');
  });
});
