// Amity's own lint rules: they keep the architecture's shape (docs/ARCHITECTURE.md).
import noFolderLoop from './rules/no-folder-loop.js';
import noImportCycle from './rules/no-import-cycle.js';
import noImportFrom from './rules/no-import-from.js';
import sqlInRepos from './rules/sql-in-repos.js';

export default {
  meta: { name: 'amity' },
  rules: {
    'no-folder-loop': noFolderLoop,
    'no-import-cycle': noImportCycle,
    'no-import-from': noImportFrom,
    'sql-in-repos': sqlInRepos,
  },
};
