import { Suspense } from 'react';
import { lazyPage } from '../ui/chunkReload';
import { ChunkErrorBoundary } from '../ui/ChunkErrorBoundary';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import type { MeCan } from '../ui/types';
import { Spinner } from '../ui/Spinner';
import { NotFoundPage } from './NotFoundPage';

// Pages load on first visit, so the sign-in page stays small.
const UnitsPage = lazyPage(() => import('../features/units/UnitsPage').then((m) => ({ default: m.UnitsPage })));
const UsersPage = lazyPage(() => import('../features/users/UsersPage').then((m) => ({ default: m.UsersPage })));
const AuditPage = lazyPage(() => import('../features/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const ProfilePage = lazyPage(() => import('../features/profile/ProfilePage').then((m) => ({ default: m.ProfilePage })));
const ReferenceRoutes = lazyPage(() => import('../features/reference/ReferenceRoutes').then((m) => ({ default: m.ReferenceRoutes })));
const PartnersRoutes = lazyPage(() => import('../features/partners/PartnersRoutes').then((m) => ({ default: m.PartnersRoutes })));
const EngagementsRoutes = lazyPage(() => import('../features/engagements/EngagementsRoutes').then((m) => ({ default: m.EngagementsRoutes })));
const CalendarPage = lazyPage(() => import('../features/calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })));
const ApprovalsPage = lazyPage(() => import('../features/approvals/ApprovalsPage').then((m) => ({ default: m.ApprovalsPage })));
const ApprovalSettingsPage = lazyPage(() => import('../features/approvals/ApprovalSettingsPage').then((m) => ({ default: m.ApprovalSettingsPage })));
const NotificationsPage = lazyPage(() => import('../features/notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage })));
const HomePage = lazyPage(() => import('../features/home/HomePage').then((m) => ({ default: m.HomePage })));
const DirectivesRoutes = lazyPage(() => import('../features/directives/DirectivesRoutes').then((m) => ({ default: m.DirectivesRoutes })));
const ProposalsRoutes = lazyPage(() => import('../features/proposals/ProposalsRoutes').then((m) => ({ default: m.ProposalsRoutes })));
const ImportPage = lazyPage(() => import('../features/imports/ImportPage').then((m) => ({ default: m.ImportPage })));

export interface NavItem {
  id: 'home' | 'calendar' | 'engagements' | 'approvals' | 'partners' | 'directives' | 'tasks' | 'proposals' | 'units' | 'users' | 'audit' | 'reference' | 'profile';
  path: string;
  label: string;
}

/**
 * Navigation follows the server's `can`; Home, Calendar, Engagements, Partners and Profile are always there.
 * `admin`: reference data is the administrators' (everyone reads it through other pages).
 */
export function navItems(can: MeCan, admin = false): NavItem[] {
  const items: NavItem[] = [
    { id: 'home', path: '/home', label: 'nav.home' },
    { id: 'calendar', path: '/calendar', label: 'nav.calendar' },
    { id: 'engagements', path: '/engagements', label: 'nav.engagements' },
  ];
  if (can.approveEngagements) items.push({ id: 'approvals', path: '/approvals', label: 'nav.approvals' });
  items.push({ id: 'partners', path: '/partners', label: 'nav.partners' });
  items.push({ id: 'directives', path: '/directives', label: 'nav.directives' });
  items.push({ id: 'tasks', path: '/tasks', label: 'nav.tasks' });
  items.push({ id: 'proposals', path: '/proposals', label: 'nav.proposals' });
  if (can.manageUnits) items.push({ id: 'units', path: '/units', label: 'nav.units' });
  if (can.manageUsers) items.push({ id: 'users', path: '/users', label: 'nav.users' });
  if (can.viewAudit) items.push({ id: 'audit', path: '/audit', label: 'nav.audit' });
  if (admin) items.push({ id: 'reference', path: '/reference', label: 'nav.reference' });
  items.push({ id: 'profile', path: '/profile', label: 'nav.profile' });
  return items;
}

export function AppRoutes({ can, admin = false }: { can: MeCan; admin?: boolean }) {
  const home = '/home';
  const loading = <Spinner />;
  const location = useLocation();
  return (
    <ChunkErrorBoundary resetKey={location.pathname}>
      <Suspense fallback={loading}>
        <Routes>
          <Route path="/" element={<Navigate to={home} replace />} />
          {/* A page this user may not see (e.g. left open by the previous user) leads home. */}
          <Route path="/units" element={can.manageUnits ? <UnitsPage /> : <Navigate to={home} replace />} />
          <Route path="/users" element={can.manageUsers ? <UsersPage /> : <Navigate to={home} replace />} />
          <Route path="/audit" element={can.viewAudit ? <AuditPage /> : <Navigate to={home} replace />} />
          <Route path="/profile" element={<ProfilePage />} />
          <Route path="/reference/*" element={admin ? <ReferenceRoutes /> : <Navigate to={home} replace />} />
          <Route path="/home" element={<HomePage />} />
          <Route path="/calendar" element={<CalendarPage />} />
          <Route path="/engagements/*" element={<EngagementsRoutes />} />
          <Route path="/approvals" element={can.approveEngagements ? <ApprovalsPage /> : <Navigate to={home} replace />} />
          <Route path="/approvals/settings" element={can.approveEngagements ? <ApprovalSettingsPage /> : <Navigate to={home} replace />} />
          <Route path="/notifications" element={<NotificationsPage />} />
          <Route path="/partners/import" element={<ImportPage />} />
          <Route path="/partners/*" element={<PartnersRoutes />} />
          <Route path="/directives/*" element={<DirectivesRoutes />} />
          <Route path="/tasks/*" element={<DirectivesRoutes />} />
          <Route path="/proposals/*" element={<ProposalsRoutes />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </ChunkErrorBoundary>
  );
}
