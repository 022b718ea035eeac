import type { Database } from '../../db/types.js';
import type { EngagementDemoContext } from '../engagements/demo.js';

/** Demo directives (docs/API.md; the seeds' directives): loaded by setup/demo.ts after the engagements. */
export async function loadDirectiveDemo(tx: Database, ctx: EngagementDemoContext): Promise<Record<string, number>> {
  void tx;
  void ctx;
  return {};
}
