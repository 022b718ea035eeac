import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { GroupDetailPage } from './GroupDetailPage';
import { GroupsPage } from './GroupsPage';
import { ProposalDetailPage } from './ProposalDetailPage';
import { ProposalFormPage } from './ProposalFormPage';
import { ProposalsPage } from './ProposalsPage';
import { StatsPage } from './StatsPage';

/** /proposals/* pages (docs/API.md, issue 5). */
export function ProposalsRoutes() {
  return (
    <Routes>
      <Route index element={<ProposalsPage />} />
      <Route path="new" element={<ProposalFormPage />} />
      <Route path="groups" element={<GroupsPage />} />
      <Route path="groups/:id" element={<GroupDetailPage />} />
      <Route path="stats" element={<StatsPage />} />
      <Route path=":id" element={<ProposalDetailPage />} />
      <Route path=":id/edit" element={<ProposalFormPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
