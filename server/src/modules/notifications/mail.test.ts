import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureRoot, makeUser } from '../../test/factories.js';
import { deliverEmails, mailIdle, notify } from './service.js';
import { composeMail, configureMail } from './mailer.js';

interface Received {
  from: string;
  to: string[];
  subject: string;
  text: string;
}

/** Just enough MIME for nodemailer's single-part text mails: encoded words, quoted-printable, base64. */
const qp = (s: string) => Buffer.from(s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
const words = (s: string) =>
  s.replace(/\?=\s+=\?/g, '?==?').replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, txt: string) => (enc.toUpperCase() === 'B' ? Buffer.from(txt, 'base64').toString('utf8') : qp(txt.replace(/_/g, ' '))));
function parse(raw: string, to: string[]): Received {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = new Map(
    head
      .replace(/\r?\n[ \t]+/g, ' ')
      .split(/\r?\n/)
      .map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()] as const),
  );
  const body = rest.join('\r\n\r\n');
  const cte = headers.get('content-transfer-encoding')?.toLowerCase();
  const text = cte === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : cte === 'quoted-printable' ? qp(body) : body;
  return { from: words(headers.get('from') ?? ''), to, subject: words(headers.get('subject') ?? ''), text: text.replace(/\r\n/g, '\n') };
}

let server: SMTPServer;
const inbox: Received[] = [];
let t: TestApp;
let quiet: TestApp;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push(parse(Buffer.concat(chunks).toString('latin1'), session.envelope.rcptTo.map((r) => r.address)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  // Two apps in one process: each must mail through its own settings.
  t = await openTestApp({ smtpUrl: `smtp://127.0.0.1:${port}`, publicUrl: 'https://amity.example.org' });
  quiet = await openTestApp({ smtpUrl: undefined });
});
afterAll(async () => {
  await mailIdle();
  await Promise.all([t.close(), quiet.close()]);
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const mailTo = (address: string) => inbox.find((m) => m.to.includes(address.toLowerCase()));

describe('notification e-mails', () => {
  it('mails each recipient once, in their language, with a link to the record', async () => {
    const root = await ensureRoot(t.db);
    const viUser = await makeUser(t.db, root, 'manager', { language: 'vi' });
    const frUser = await makeUser(t.db, root, 'manager', { language: 'fr' });
    const enUser = await makeUser(t.db, root, 'officer', { language: 'en' });
    const engagementId = crypto.randomUUID();
    const submitted = await t.db.transaction((tx) =>
      notify(tx, [viUser.id, frUser.id], { kind: 'engagement.submitted', entity: 'engagement', entityId: engagementId, data: { title: 'Đoàn Hội hữu nghị Pháp – Việt', actorName: 'Nguyễn Văn An' } }),
    );
    const returned = await notify(t.db, [enUser.id], { kind: 'engagement.returned', entity: 'engagement', entityId: engagementId, data: { title: 'Seminar', actorName: 'Trần Thị Bình', comment: 'Add the budget, please.' } });
    deliverEmails(t.db, [...submitted, ...returned]);
    await mailIdle();

    const vi_ = mailTo(viUser.email)!;
    expect(vi_).toBeDefined();
    expect(vi_.to).toEqual([viUser.email.toLowerCase()]);
    expect(vi_.from).toContain('no-reply@amity.local');
    expect(vi_.subject).toBe('Đề nghị phê duyệt: Đoàn Hội hữu nghị Pháp – Việt');
    expect(vi_.text).toContain('Nguyễn Văn An đã trình phê duyệt hoạt động “Đoàn Hội hữu nghị Pháp – Việt”.');
    expect(vi_.text).toContain(`Mở trong Amity: https://amity.example.org/engagements/${engagementId}`);

    const fr_ = mailTo(frUser.email)!;
    expect(fr_.subject).toBe('Approbation demandée : Đoàn Hội hữu nghị Pháp – Việt');
    expect(fr_.text).toContain(`https://amity.example.org/engagements/${engagementId}`);

    const en_ = mailTo(enUser.email)!;
    expect(en_.subject).toBe('Returned for changes: Seminar');
    expect(en_.text).toContain('Trần Thị Bình returned “Seminar” for changes.');
    expect(en_.text).toContain('Comment: Add the budget, please.');
    expect(inbox).toHaveLength(3);
  });

  it('sends nothing without SMTP_URL, even from the same process', async () => {
    const before = inbox.length;
    const user = await makeUser(quiet.db, await ensureRoot(quiet.db), 'officer');
    const ids = await notify(quiet.db, [user.id], { kind: 'engagement.approved', entity: 'engagement', entityId: crypto.randomUUID(), data: { title: 'x' } });
    expect(ids).toHaveLength(1);
    deliverEmails(quiet.db, ids);
    await mailIdle();
    expect(inbox.length).toBe(before);
  });

  it('logs a failure and never throws', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const log = { warn: vi.fn() };
    configureMail(t.db, { smtpUrl: `smtp://127.0.0.1:${port}`, smtpFrom: 'Amity <no-reply@amity.local>', publicUrl: 'https://amity.example.org' }, log);
    const user = await makeUser(t.db, await ensureRoot(t.db), 'officer');
    const ids = await notify(t.db, [user.id], { kind: 'followup.assigned', entity: 'engagement', entityId: crypto.randomUUID(), data: { title: 'x' } });
    expect(() => deliverEmails(t.db, ids)).not.toThrow();
    await mailIdle();
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(log.warn.mock.calls[0]![0]).toMatchObject({ notificationId: ids[0] });
    expect(mailTo(user.email)).toBeUndefined();
  });
});

describe('composeMail', () => {
  it('words each kind, falls back to a generic text, and links follow-ups to their engagement', () => {
    const engagementId = crypto.randomUUID();
    const f = composeMail('fr', { kind: 'followup.assigned', entity: 'follow_up', entityId: crypto.randomUUID(), data: { title: 'Visite', actorName: 'Hélène', text: 'Envoyer les photos', dueDate: '2026-12-01', engagementId } }, 'http://h');
    expect(f.subject).toBe('Nouveau suivi : Visite');
    expect(f.text).toContain('Hélène vous a confié un suivi de « Visite ».');
    expect(f.text).toContain('Envoyer les photos');
    expect(f.text).toContain('Échéance : 2026-12-01');
    expect(f.text).toContain(`http://h/engagements/${engagementId}`);
    const titled = { kind: 'engagement.approved', entity: 'engagement', entityId: engagementId, data: { title: 'Hội thảo', titleVi: 'Hội thảo', titleEn: '', titleFr: 'Séminaire' } };
    expect(composeMail('fr', titled, 'http://h').subject).toBe('Approuvé : Séminaire');
    expect(composeMail('en', titled, 'http://h').subject).toBe('Approved: Hội thảo');
    const g = composeMail('en', { kind: 'something.new', entity: 'report', entityId: crypto.randomUUID(), data: {} }, 'http://h');
    expect(g.subject).toBe('Amity: (untitled)');
    expect(g.text).toContain('There is news about “(untitled)”.');
    expect(g.text).toContain('http://h/notifications');
    for (const kind of ['engagement.approved', 'engagement.rejected']) {
      const m = composeMail('vi', { kind, entity: 'engagement', entityId: engagementId, data: { title: 'T' } }, 'http://h');
      expect(m.subject).not.toContain('mail.');
      expect(m.text).toContain('Một người dùng đã');
    }
  });
});
