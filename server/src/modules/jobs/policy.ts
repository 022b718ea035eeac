import type { Scope } from '../../core/scope.js';
import { isAdmin } from '../../core/rights.js';

/** The daily job's runs are an operator's concern: admins only. */
export const jobPolicy = {
  viewRuns: (scope: Scope) => isAdmin(scope),
};
