import type { Scope } from '../../core/scope.js';

/** The daily job's runs are an operator's concern: admins only. */
export const jobPolicy = {
  viewRuns: (scope: Scope) => scope.role === 'admin',
};
