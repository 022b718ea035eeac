import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { EngagementDetailPage } from './EngagementDetailPage';
import { EngagementFormPage } from './EngagementFormPage';
import { EngagementsPage } from './EngagementsPage';

/** Everything under /engagements (one lazy chunk). */
export function EngagementsRoutes() {
  return (
    <Routes>
      <Route index element={<EngagementsPage />} />
      <Route path="new" element={<EngagementFormPage />} />
      <Route path=":id" element={<EngagementDetailPage />} />
      <Route path=":id/edit" element={<EngagementFormPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
