import type { Database } from '../../db/types.js';
import { notFound } from '../../core/errors.js';
import * as repo from './repo.js';
import { usersWhoMayRead } from '../audit/visibility.js';
import { composeMail, mailSettingsFor, sendMail } from './mailer.js';

export interface NotificationInput {
  /** e.g. 'engagement.submitted', 'engagement.approved', 'followup.assigned' */
  kind: string;
  entity: string;
  entityId: string;
  /** What the text needs: title, actorName, comment… */
  data: Record<string, unknown>;
}

/**
 * Notifies users in the caller's transaction (one row each; duplicates and inactive users skipped).
 * A notification carries the record's title: users who may not read the record (a confidential one
 * they are not named on) are not notified at all. Answers the ids; pass them to deliverEmails after
 * the transaction commits.
 */
export async function notify(db: Database, userIds: string[], n: NotificationInput): Promise<string[]> {
  const unique = [...new Set(userIds.filter(Boolean))];
  return repo.insertForActiveUsers(db, await usersWhoMayRead(db, unique, n.entity, n.entityId), n);
}

const inFlight = new Set<Promise<void>>();

/** Mails the given notifications when SMTP_URL is set; never throws (failures are logged). Call after commit. */
export function deliverEmails(db: Database, ids: string[]): void {
  const settings = mailSettingsFor(db);
  if (!settings?.smtpUrl || ids.length === 0) return;
  const work = (async () => {
    const rows = await repo.loadForMail(db, ids);
    // One at a time: a burst of notifications must not open a burst of SMTP connections.
    for (const r of rows) {
      try {
        const { subject, text } = composeMail(r.language, r.notification, settings.publicUrl);
        await sendMail(settings, { to: { name: r.displayName, address: r.email }, subject, text });
      } catch (err) {
        settings.log.warn({ err, notificationId: r.notification.id }, 'notification mail failed');
      }
    }
  })()
    .catch((err: unknown) => settings.log.warn({ err, ids }, 'notification mails failed'))
    .finally(() => inFlight.delete(work));
  inFlight.add(work);
}

/** Resolves when every mail started so far has been sent or given up (tests, shutdown). */
export async function mailIdle(): Promise<void> {
  while (inFlight.size > 0) await Promise.all([...inFlight]);
}

export const listNotifications = repo.listForUser;
export const unreadCount = repo.unreadCount;
export const markAllRead = repo.markAllRead;

/** Only one's own notifications: another user's is not found. */
export async function markRead(db: Database, userId: string, id: string): Promise<void> {
  if (!(await repo.markRead(db, userId, id))) throw notFound();
}
