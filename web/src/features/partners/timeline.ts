// One line of detail under a timeline event, from its `data` (shapes written by the server's partner module).

interface Namers {
  relationship: (kind: string) => string;
  /** Engagement kind and state labels, and the reader's language for its title. */
  engagementKind?: (kind: string) => string;
  engagementState?: (state: string) => string;
  lang?: string;
  /** Empty for fields the UI does not name (bookkeeping columns). */
  field: (name: string) => string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : []);

export function eventDetail(kind: string, data: unknown, names: Namers): string {
  if (!isObject(data)) return '';
  switch (kind) {
    case 'note_added':
      return typeof data.excerpt === 'string' ? `“${data.excerpt}”` : '';
    case 'relationship_added':
    case 'relationship_removed':
      return typeof data.kind === 'string' ? names.relationship(data.kind) : '';
    case 'merged':
      return strings(data.mergedNames).join(' · ');
    case 'engagement': {
      const parts = [names.engagementKind?.(String(data.kind ?? '')), names.engagementState?.(String(data.state ?? ''))];
      return parts.filter(Boolean).join(' · ');
    }
    case 'updated':
      return [...new Set(strings(data.fields).map(names.field).filter(Boolean))].join(', ');
    default:
      return '';
  }
}

/** An engagement's title on the timeline, in the reader's language when the event carries it. */
export function engagementTitle(data: unknown, lang: string): string {
  if (!isObject(data)) return '';
  const own = data[lang === 'vi' ? 'titleVi' : lang === 'fr' ? 'titleFr' : 'titleEn'];
  return (typeof own === 'string' && own) || (typeof data.title === 'string' ? data.title : '');
}
