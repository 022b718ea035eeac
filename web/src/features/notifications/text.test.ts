import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import fr from './locales/fr.json';
import vi from './locales/vi.json';
import { NOTIFICATION_KEYS, notificationHref, notificationText, relativeTime } from './text';

/** A tiny t() over a locale file: looks the key up and fills {{values}}. */
function makeT(locale: unknown) {
  return (key: string, values: Record<string, unknown> = {}) => {
    const s = key.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown> | undefined)?.[p], locale);
    if (typeof s !== 'string') return key;
    return s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
  };
}

const title = 'Đoàn Hội hữu nghị Pháp – Việt';
const actorName = 'Nguyễn Văn A';

describe('notificationText', () => {
  it('says who submitted what, in each language', () => {
    const n = { kind: 'engagement.submitted', data: { title, actorName } };
    expect(notificationText(n, makeT(en)).text).toBe(`Nguyễn Văn A submitted “${title}” for approval`);
    expect(notificationText(n, makeT(vi)).text).toBe(`Nguyễn Văn A đã gửi “${title}” để phê duyệt`);
    expect(notificationText(n, makeT(fr)).text).toBe(`Nguyễn Văn A a soumis «\u00a0${title}\u00a0» pour approbation`);
  });

  it('has a translated sentence for every kind of the contract', () => {
    for (const kind of Object.keys(NOTIFICATION_KEYS)) {
      for (const locale of [en, vi, fr]) {
        const { text } = notificationText({ kind, data: { title, actorName } }, makeT(locale));
        expect(text).not.toMatch(/^notifications\./);
        expect(text).toContain(title);
        expect(text).toContain(actorName);
      }
    }
  });

  it('takes the title in the UI language when the data has it', () => {
    const data = { title, titleVi: title, titleEn: 'Visit of the France–Viet Nam Friendship Association', titleFr: '', actorName };
    expect(notificationText({ kind: 'engagement.approved', data }, makeT(en), 'en').text).toBe(
      'Nguyễn Văn A approved “Visit of the France–Viet Nam Friendship Association”',
    );
    // No French title: the one sent.
    expect(notificationText({ kind: 'engagement.approved', data }, makeT(fr), 'fr').text).toContain(title);
  });

  it('shows the decision comment as detail', () => {
    const r = notificationText({ kind: 'engagement.returned', data: { title, actorName, comment: 'Bổ sung danh sách đoàn' } }, makeT(en));
    expect(r.text).toBe(`Nguyễn Văn A returned “${title}” for changes`);
    expect(r.detail).toBe('Bổ sung danh sách đoàn');
  });

  it('falls back when the actor or title is missing, or the kind is unknown', () => {
    const t = makeT(en);
    expect(notificationText({ kind: 'engagement.approved', data: { title } }, t).text).toBe(`Someone approved “${title}”`);
    expect(notificationText({ kind: 'agreement.expiring', data: { title: 'MoU Hà Nội – Paris' } }, t).text).toBe('Update on “MoU Hà Nội – Paris”');
    expect(notificationText({ kind: 'something.else', data: {} }, t).text).toBe('You have a new notification');
    expect(notificationText({ kind: 'something.else', data: null as never }, t).detail).toBe('');
  });
});

describe('notificationHref', () => {
  it('leads to the engagement', () => {
    expect(notificationHref({ entity: 'engagement', entityId: 'e1', data: {} })).toBe('/engagements/e1');
  });

  it('leads a follow-up to its engagement', () => {
    expect(notificationHref({ entity: 'follow_up', entityId: 'f1', data: { engagementId: 'e2' } })).toBe('/engagements/e2');
    expect(notificationHref({ entity: 'follow_up', entityId: 'f1', data: {} })).toBeNull();
  });

  it('has no page for unknown records', () => {
    expect(notificationHref({ entity: 'directive', entityId: 'd1', data: {} })).toBeNull();
    expect(notificationHref({ entity: 'partner', entityId: 'p1', data: {} })).toBe('/partners/p1');
  });
});

describe('relativeTime', () => {
  const now = new Date('2025-03-10T08:00:00Z');
  it('uses the largest whole unit in the UI language', () => {
    expect(relativeTime('2025-03-10T07:55:00Z', now, 'en')).toBe('5 minutes ago');
    expect(relativeTime('2025-03-09T08:00:00Z', now, 'en')).toBe('yesterday');
    expect(relativeTime('2025-03-09T08:00:00Z', now, 'fr')).toBe('hier');
    expect(relativeTime('2025-02-24T08:00:00Z', now, 'en')).toBe('2 weeks ago');
    expect(relativeTime('2025-03-10T05:00:00Z', now, 'vi')).toBe('3 giờ trước');
  });

  it('says now under a minute and nothing for a bad date', () => {
    expect(relativeTime('2025-03-10T07:59:30Z', now, 'en')).toBe('now');
    expect(relativeTime('nope', now, 'en')).toBe('');
  });
});
