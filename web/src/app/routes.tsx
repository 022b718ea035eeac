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
      {can.manageUnits && <Route path="/units" element={<UnitsPage />} />}
      {can.manageUsers && <Route path="/users" element={<UsersPage />} />}
      {can.viewAudit && <Route path="/audit" element={<AuditPage />} />}
      <Route path="/profile" element={<ProfilePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
