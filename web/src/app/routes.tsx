import { Navigate, Route, Routes } from 'react-router-dom';
import { AuditPage } from '../features/audit/AuditPage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { UnitsPage } from '../features/units/UnitsPage';
import { UsersPage } from '../features/users/UsersPage';
import type { MeCan } from '../ui/types';
import { NotFoundPage } from './NotFoundPage';

export interface NavItem {
  id: 'units' | 'users' | 'audit' | 'profile';
  path: string;
  label: string;
}

/** Navigation follows the server's `can`; Profile is always there. */
export function navItems(can: MeCan): NavItem[] {
  const items: NavItem[] = [];
  if (can.manageUnits) items.push({ id: 'units', path: '/units', label: 'nav.units' });
  if (can.manageUsers) items.push({ id: 'users', path: '/users', label: 'nav.users' });
  if (can.viewAudit) items.push({ id: 'audit', path: '/audit', label: 'nav.audit' });
  items.push({ id: 'profile', path: '/profile', label: 'nav.profile' });
  return items;
}

export function AppRoutes({ can }: { can: MeCan }) {
  const home = navItems(can)[0]!.path;
  return (
    <Routes>
      <Route path="/" element={<Navigate to={home} replace />} />
      {/* A page this user may not see (e.g. left open by the previous user) leads home. */}
      <Route path="/units" element={can.manageUnits ? <UnitsPage /> : <Navigate to={home} replace />} />
      <Route path="/users" element={can.manageUsers ? <UsersPage /> : <Navigate to={home} replace />} />
      <Route path="/audit" element={can.viewAudit ? <AuditPage /> : <Navigate to={home} replace />} />
      <Route path="/profile" element={<ProfilePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
