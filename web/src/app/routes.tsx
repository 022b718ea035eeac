import { Suspense, type ReactElement } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { allows, type Ability, type Me } from '../features/auth/me';
import { ChunkErrorBoundary } from '../ui/ChunkErrorBoundary';
import { NotFoundPage } from '../ui/NotFoundPage';
import { Spinner } from '../ui/Spinner';
import { FEATURES, type Feature } from './features';

const HOME = '/home';

/**
 * Every feature's routes. A page this user may not see (e.g. left open by the previous user) leads home.
 * Pages load on first visit (features' index.ts use lazyPage), so the sign-in page stays small.
 */
export function featureRoutes(features: readonly Feature[], may: (ability: Ability | undefined) => boolean): { path: string; element: ReactElement }[] {
  return features
    .flatMap((f) => f.routes ?? [])
    .map(({ path, page: Page, requires }) => ({ path, element: may(requires) ? <Page /> : <Navigate to={HOME} replace /> }));
}

export function AppRoutes({ me, features = FEATURES }: { me: Me; features?: readonly Feature[] }) {
  const location = useLocation();
  const may = (ability: Ability | undefined) => allows(me, ability);
  return (
    <ChunkErrorBoundary resetKey={location.pathname}>
      <Suspense fallback={<Spinner />}>
        <Routes>
          <Route path="/" element={<Navigate to={HOME} replace />} />
          {featureRoutes(features, may).map((r) => (
            <Route key={r.path} path={r.path} element={r.element} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </ChunkErrorBoundary>
  );
}
