import type { Database } from '../../db/types.js';
import type { EngagementDemoContext } from '../engagements/demo.js';

/** Demo proposals (docs/API.md; the seeds' proposals): loaded by setup/demo.ts after the engagements. */
export async function loadProposalDemo(tx: Database, ctx: EngagementDemoContext): Promise<Record<string, number>> {
  void tx;
  void ctx;
  return {};
}
