import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config.js';
import type { Database } from '../../db/types.js';
import { hasMessage, translate, type Lang } from '../../i18n/index.js';

export interface MailLog {
  warn(obj: unknown, msg?: string): void;
}

export interface MailSettings {
  smtpUrl?: string;
  smtpFrom: string;
  publicUrl: string;
  log: MailLog;
}

// deliverEmails only gets a db handle: each app registers its settings under its own handle,
// so several apps in one process (tests) each mail through their own SMTP_URL.
const byDb = new WeakMap<object, MailSettings>();
let latest: MailSettings | undefined;

export function configureMail(db: Database, config: Pick<Config, 'smtpUrl' | 'smtpFrom' | 'publicUrl'>, log: MailLog): void {
  const settings = { smtpUrl: config.smtpUrl, smtpFrom: config.smtpFrom, publicUrl: config.publicUrl.replace(/\/+$/, ''), log };
  byDb.set(db, settings);
  latest = settings;
}

/** A transaction handle is not the registered one: fall back to the app configured last (one per process in production). */
export const mailSettingsFor = (db: Database): MailSettings | undefined => byDb.get(db) ?? latest;

const transports = new Map<string, Transporter>();
function transportFor(url: string): Transporter {
  let t = transports.get(url);
  if (!t) {
    t = nodemailer.createTransport(url);
    transports.set(url, t);
  }
  return t;
}

export interface Mail {
  to: { name: string; address: string };
  subject: string;
  text: string;
}

export async function sendMail(settings: MailSettings, mail: Mail): Promise<void> {
  if (!settings.smtpUrl) return;
  await transportFor(settings.smtpUrl).sendMail({ from: settings.smtpFrom, ...mail });
}


export interface MailNotification {
  kind: string;
  entity: string;
  entityId: string;
  data: unknown;
}

/** Where the mail's link leads: the engagement itself, or the one a follow-up belongs to. */
export function linkFor(publicUrl: string, n: MailNotification): string {
  const data = (n.data ?? {}) as Record<string, unknown>;
  const id = (v: unknown) => typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v);
  if (n.entity === 'engagement') return `${publicUrl}/engagements/${n.entityId}`;
  if (id(data.engagementId)) return `${publicUrl}/engagements/${data.engagementId}`;
  if (n.entity === 'proposal') return `${publicUrl}/proposals/${n.entityId}`;
  if (n.entity === 'directive') return `${publicUrl}/directives/${n.entityId}`;
  if (n.entity === 'task') return `${publicUrl}/tasks/${n.entityId}`;
  if (n.entity === 'task_report' && id(data.taskId)) return `${publicUrl}/tasks/${data.taskId}`;
  return `${publicUrl}/notifications`;
}

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** Subject and plain-text body in the recipient's language, from the kind and the notification's data. */
export function composeMail(lang: Lang, n: MailNotification, publicUrl: string): { subject: string; text: string } {
  const data = (n.data ?? {}) as Record<string, unknown>;
  // Engagements carry their titles in the three languages: the recipient reads theirs when it exists.
  const own = str(data[`title${lang[0]!.toUpperCase()}${lang.slice(1)}`]);
  const params = {
    title: own || str(data.title) || translate(lang, 'mail.untitled'),
    actorName: str(data.actorName) || translate(lang, 'mail.someone'),
    code: str(data.code),
    period: str(data.period),
    dueOn: str(data.dueOn),
  };
  // A kind has its own wording when some module defines mail.<kind>.subject (modules' messages.ts included).
  const key = hasMessage(`mail.${n.kind}.subject`) ? `mail.${n.kind}` : 'mail.generic';
  const lines = [translate(lang, `${key}.body`, params)];
  if (str(data.comment)) lines.push('', translate(lang, 'mail.comment', { comment: str(data.comment) }));
  if (str(data.text)) lines.push('', str(data.text));
  if (str(data.dueDate)) lines.push('', translate(lang, 'mail.due', { date: str(data.dueDate) }));
  lines.push('', translate(lang, 'mail.open', { url: linkFor(publicUrl, n) }), '', '—', translate(lang, 'mail.footer'));
  return { subject: translate(lang, `${key}.subject`, params), text: lines.join('\n') };
}
