// The small, data-driven tables that tie the OpenAPI document to the world. A new module whose paths follow the
// usual shape (`/things/{id}`, `thingId` fields) is covered by adding one line here; an id the tables do not know
// is filled with a random uuid and listed by the test ("unmapped"), so a new module is noticed.

/** `/segment/{id}`: the kind of object named by an id that follows this path segment. */
export const PATH_SEGMENT_KINDS: Record<string, string> = {
  partners: 'partner',
  engagements: 'engagement',
  'follow-ups': 'followUp',
  directives: 'directive',
  'task-groups': 'taskGroup',
  tasks: 'task',
  'task-reports': 'taskReport',
  proposals: 'proposal',
  'proposal-groups': 'proposalGroup',
  attachments: 'attachment',
  'saved-filters': 'savedFilter',
  notifications: 'notification',
  imports: 'import',
  units: 'unit',
  users: 'user',
  'relationship-groups': 'relationshipGroup',
  'cooperation-fields': 'cooperationField',
  tokens: 'apiToken',
};

/** Parameters and body fields (top level) that hold ids of objects: path, query or body. */
const NAME_KINDS: Record<string, string> = {
  noteId: 'note',
  relId: 'relationship',
  contactId: 'contact',
  docId: 'document',
  proposalId: 'proposal',
  proposalIds: 'proposal',
  partnerId: 'partner',
  partnerIds: 'partner',
  toPartnerId: 'partner2',
  survivorId: 'partner',
  mergedId: 'partner2',
  aId: 'partner',
  bId: 'partner2',
  directiveId: 'directive',
  taskId: 'task',
  parentTaskId: 'task',
  engagementId: 'engagement',
  // supersededById and implementsTaskId are left out: a create naming them is refused (422) whoever sends it.
};

/** The kind an id-valued parameter or field names, or undefined. `path` tells what a body's `id` names. */
export function kindOfName(name: string, path: string): string | undefined {
  if (name === 'groupId') {
    if (/\/(partners|countries)/.test(path)) return 'relationshipGroup';
    return path.includes('/proposal') && !path.endsWith('/task') ? 'proposalGroup' : 'taskGroup';
  }
  if (name === 'id') return path.split('/').map((s) => PATH_SEGMENT_KINDS[s]).find(Boolean);
  return NAME_KINDS[name];
}

/** Id lists the API ignores, by design, where the caller may not see an item (docs/API.md): no 4xx is owed. */
export const SOFT_REFS = ['partnerIds'];

/** `entity` + `entityId` (attachments): one instance per entity that carries files. */
export const POLYMORPHIC_ENTITIES: Record<string, string> = {
  engagement: 'engagement',
  directive: 'directive',
  task: 'task',
  task_report: 'taskReport',
  proposal: 'proposal',
};

/** Fields whose every enum value is tried (each is a different operation in disguise). */
export const VARIANT_FIELDS = ['action', 'format'];

/** Open to anonymous clients (they still must not leak anything). */
export const PUBLIC_OPS = [
  'GET /api/health',
  'GET /api/v1/setup',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout', // signing out without a session changes nothing
  'GET /api/v1/calendar/feed/{token}.ics',
];

/** POSTs that read: checks and searches a form makes while typing. Everyone may call them. */
export const READ_LIKE_OPS = ['POST /api/v1/partners/duplicates/check', 'POST /api/v1/engagements/check-clashes', 'POST /api/v1/proposals/similar'];

/** A user's own settings and session: viewers may change these (they write no records). */
export const PERSONAL_OPS = [
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/logout-all',
  'PATCH /api/v1/me',
  'POST /api/v1/me/password',
  'POST /api/v1/notifications/{id}/read',
  'POST /api/v1/notifications/read-all',
  'POST /api/v1/calendar/feed',
  'DELETE /api/v1/calendar/feed',
  'POST /api/v1/saved-filters',
  'DELETE /api/v1/saved-filters/{id}',
  'POST /api/v1/users/me/tokens',
  'DELETE /api/v1/users/me/tokens/{id}',
];

/** Run last: they may remove or move what later requests point at. */
export const isDestructive = (method: string, path: string) =>
  method === 'DELETE' || /\/(transitions|merge|dismiss|move|commit|answer|logout|logout-all|password|read-all|setup|demo)$/.test(path);

/** Values for fields whose schema says too little (plain strings that must be dates, codes…). */
export function namedValue(name: string, ctx: { day: string; year: number; probe: string; unitId: string; colleagueId: string }): unknown {
  const { day, year } = ctx;
  const shift = (d: number) => new Date(Date.parse(`${day}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10);
  const table: Record<string, unknown> = {
    startsAt: `${day}T09:30:00+07:00`,
    endsAt: `${day}T10:30:00+07:00`,
    from: shift(-30),
    to: shift(30),
    period: `${year}-Q1`,
    timeZone: 'Asia/Ho_Chi_Minh',
    countryCode: 'FR',
    code: `${ctx.probe}-code`,
    key: `k${ctx.probe.toLowerCase().replace(/[^a-z0-9]/g, '')}`,
    email: `${ctx.probe.toLowerCase()}@test.amity`,
    password: 'correct-horse-battery-staple',
    newPassword: 'correct-horse-battery-staple',
    currentPassword: 'correct-horse-battery',
    language: 'en',
    entity: 'partners',
    percent: 50,
    clashWindowDays: 7,
    slaDays: 30,
    reopenDays: 14,
    dueOn: shift(60),
    dueDate: shift(60),
    startOn: `${year}-01-01`,
    issuedOn: `${year}-01-03`,
    signedOn: `${year}-01-03`,
    query: { q: ctx.probe },
    mapping: { '0': 'name' },
    options: { ownerUnitId: ctx.unitId, visibility: 'unit', duplicateAction: 'skip' },
    actions: {},
    participants: [{ userId: ctx.colleagueId, role: 'member' }],
  };
  return table[name];
}

/** Strings a search or a form is likely to read: filled with the family's probe word. */
export const TEXTY = /^(q|title|titleVi|titleEn|name|body|text|comment|answer|reason|narrative|displayName|note|summaryVi)$/;
