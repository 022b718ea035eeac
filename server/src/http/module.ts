/**
 * What a module says about itself (modules/<m>/index.ts). The composition root
 * (modules/index.ts → app.ts, cli/) iterates over the one list of modules: routes, tables,
 * messages, /me abilities, demo data, attachment kinds and daily work all come from here,
 * so adding a module touches its folder, that list and its migration — nothing else.
 * The ground floor never imports a module; modules receive the list through `app.ctx.modules`.
 */
import type { Database } from '../db/types.js';
import type { Scope } from '../core/scope.js';
import type { ModuleMessages } from '../i18n/index.js';
import type { App } from './context.js';
import type { SessionStore } from './session.js';
import type { Unit, User } from '../core/tenancy-schema.js';
import type { SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/** Who may read and change a record's files (reading: may see it, else 404; writing: may edit it, else 403). */
export interface AttachmentAccess {
  canRead(db: Database, scope: Scope, entityId: string): Promise<boolean>;
  canWrite(db: Database, scope: Scope, entityId: string): Promise<boolean>;
}

/** What the demo loader of each module receives: the units and accounts made before it. */
export interface DemoContext {
  unitsByKey: Map<string, Unit>;
  usersByEmail: Map<string, User>;
  ip: string | null;
}

/**
 * One step of the daily job, run inside its transaction; the number it answers is recorded under
 * `key`. `before` steps run before the reminders are chosen (e.g. recurring tasks move to their
 * current period first), `after` steps once they are (e.g. roll-ups).
 */
export interface DailyStep {
  key: string;
  phase: 'before' | 'after';
  run(tx: Database, day: string, now: Date): Promise<number>;
}

/** An owned record kind (core/tenancy): its table and its scoped rule. */
export interface OwnedRecord {
  table: PgTable & { id: PgColumn; ownerUnitId: PgColumn; visibility: PgColumn };
  scoped: { where(scope: Scope, extra?: SQL): SQL };
}

/** A record kind that hangs under owned records: where its row lives and which records it hangs under. */
export interface ChildRecord {
  table?: PgTable & { id: PgColumn };
  parents(facts: Record<string, unknown>, id: string): { entity: string; id: string }[];
}

/** A reference to an owned record from a fact of an audit entry (none when the fact is empty). */
export const refTo = (entity: string, id: unknown): { entity: string; id: string }[] => (typeof id === 'string' && id ? [{ entity, id }] : []);

/**
 * The kinds of record a module writes to the audit log (the `entity` of its entries) and how to
 * tell who may read about them (audit entries, notifications): exactly who may read the record.
 * An entity named nowhere is hidden from everyone but its entries' existence.
 */
export interface AuditedRecords {
  owned?: Record<string, OwnedRecord>;
  children?: Record<string, ChildRecord>;
  /** Entities not about an owned record: the audit log's own rule applies (admins, managers' subtree). */
  unscoped?: string[];
}

export interface AmityModule {
  /** The folder name under modules/. */
  name: string;
  /** Its Drizzle tables (the exports of its schema.ts), for tooling and tests. */
  tables?: Record<string, unknown>;
  /** Registers its routes (paths under /api/v1). */
  routes?: (app: App) => void | Promise<void>;
  /** Its server-side strings (modules/<m>/messages.ts), merged into the catalogs. */
  messages?: ModuleMessages;
  /**
   * Abilities it adds to `/api/v1/me`'s `can`. The same keys for every scope (the response schema
   * is read from them once); a key is a module's, e.g. `createPartners`, never reused by another.
   */
  abilities?: (scope: Scope) => Record<string, boolean>;
  /** Demo data, loaded in list order by `npm run demo` and POST /api/v1/setup/demo. */
  demo?: (db: Database, demo: DemoContext) => Promise<void>;
  /** The record kinds it writes to the audit log, and who may read about them. */
  records?: AuditedRecords;
  /** Kinds of record that carry files, with who may read and change them. */
  attachments?: Record<string, AttachmentAccess>;
  /**
   * Work when a server process starts (`npm start`: after migrations, before it listens), e.g.
   * timers and recovery; answers a stop function when it leaves something running.
   */
  start?: (app: App) => Promise<(() => void) | void>;
  /** Where sessions and API tokens are found (one module, auth, provides it). */
  sessions?: SessionStore;
  /** Work the daily job does, in list order within its phase. */
  daily?: DailyStep[];
}


declare module 'fastify' {
  interface FastifyInstance {
    /** The one list of modules (modules/index.ts), for modules that read the others' manifests. */
    modules: AmityModule[];
  }
}
