import { Route, Routes, useLocation } from 'react-router-dom';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { OverdueTasksPage } from '../tasks/OverdueTasksPage';
import { TaskDetailPage } from '../tasks/TaskDetailPage';
import { TaskFormPage } from '../tasks/TaskFormPage';
import { TasksBoardPage } from '../tasks/TasksBoardPage';
import { DirectiveDetailPage } from './DirectiveDetailPage';
import { DirectiveFormPage } from './DirectiveFormPage';
import { DirectivesPage } from './DirectivesPage';

/** /directives/* and /tasks/* pages (docs/API.md, issue 5): one lazy chunk mounted under both prefixes. */
export function DirectivesRoutes() {
  const { pathname } = useLocation();
  if (pathname === '/tasks' || pathname.startsWith('/tasks/')) {
    return (
      <Routes>
        <Route index element={<TasksBoardPage />} />
        <Route path="overdue" element={<OverdueTasksPage />} />
        <Route path="new" element={<TaskFormPage />} />
        <Route path=":id" element={<TaskDetailPage />} />
        <Route path=":id/edit" element={<TaskFormPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    );
  }
  return (
    <Routes>
      <Route index element={<DirectivesPage />} />
      <Route path="new" element={<DirectiveFormPage />} />
      <Route path=":id" element={<DirectiveDetailPage />} />
      <Route path=":id/edit" element={<DirectiveFormPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
