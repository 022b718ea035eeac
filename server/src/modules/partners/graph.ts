import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import type { Partner } from './schema.js';
import { listRelationships } from './repo-related.js';

export interface GraphNode {
  id: string;
  kind: 'partner' | 'unit';
  label: string;
  type?: string;
  countryCode?: string | null;
}

/** Partners and units around one (visible) partner, up to `depth` hops, only what the user may see. */
export async function neighbourhood(db: Database, scope: Scope, start: Partner, depth: number, kinds?: string[], lang: 'vi' | 'en' | 'fr' = 'vi') {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, { id: string; source: string; target: string; kind: string }>();
  let frontier = [start.id];
  const seen = new Set(frontier);
  // In the reader's language first, then as the partner pages do.
  const label = (p: { name: string; nameVi: string; nameEn: string; nameFr: string }) =>
    (lang === 'vi' ? p.nameVi : lang === 'en' ? p.nameEn : p.nameFr) || p.nameVi || p.nameEn || p.name || p.nameFr;
  const unitLabel = (u: { nameVi: string; nameEn: string; nameFr: string }) => (lang === 'vi' ? u.nameVi : lang === 'en' ? u.nameEn : u.nameFr) || u.nameVi;
  nodes.set(start.id, { id: start.id, kind: 'partner', label: label(start), type: start.type, countryCode: start.countryCode });
  for (let hop = 0; hop < depth && frontier.length; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const item of await listRelationships(db, scope, id)) {
        if (kinds?.length && !kinds.includes(item.rel.kind)) continue;
        const other = item.partner;
        const otherId = other?.id ?? `unit:${item.unit!.id}`;
        if (other) nodes.set(other.id, { id: other.id, kind: 'partner', label: label(other), type: other.type, countryCode: other.countryCode });
        else nodes.set(otherId, { id: otherId, kind: 'unit', label: unitLabel(item.unit!) });
        const [source, target] = item.direction === 'out' ? [id, otherId] : [otherId, id];
        edges.set(item.rel.id, { id: item.rel.id, source, target, kind: item.rel.kind });
        if (other && !seen.has(other.id)) {
          seen.add(other.id);
          next.push(other.id);
        }
      }
    }
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
