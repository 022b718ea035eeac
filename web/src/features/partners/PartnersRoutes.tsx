import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { DuplicatesPage } from './DuplicatesPage';
import { MergePage } from './MergePage';
import { PartnerDetailPage } from './PartnerDetailPage';
import { PartnerFormPage } from './PartnerFormPage';
import { PartnersPage } from './PartnersPage';

/** Everything under /partners (one lazy chunk). */
export function PartnersRoutes() {
  return (
    <Routes>
      <Route index element={<PartnersPage />} />
      <Route path="new" element={<PartnerFormPage />} />
      <Route path="duplicates" element={<DuplicatesPage />} />
      <Route path="merge" element={<MergePage />} />
      <Route path=":id" element={<PartnerDetailPage />} />
      <Route path=":id/edit" element={<PartnerFormPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
