import type { AppNotification } from '../engagements/types';

type T = (key: string, values?: Record<string, unknown>) => string;

// Literal keys (not built at run time) so the locale test can see every one is used.
export const NOTIFICATION_KEYS: Record<string, string> = {
  'engagement.submitted': 'notifications.kinds.engagementSubmitted',
  'engagement.approved': 'notifications.kinds.engagementApproved',
  'engagement.returned': 'notifications.kinds.engagementReturned',
  'engagement.rejected': 'notifications.kinds.engagementRejected',
  'followup.assigned': 'notifications.kinds.followupAssigned',
};

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

export interface NotificationText {
  /** The sentence: who did what to which record. */
  text: string;
  /** A second line when the data has one: the decision's comment, the follow-up's text. */
  detail: string;
}

const TITLE_IN: Record<string, string> = { vi: 'titleVi', en: 'titleEn', fr: 'titleFr' };

/**
 * The text of a notification from its kind and data (`title`, `actorName`, `comment`); unknown kinds get a generic line.
 * The title is the one in the UI language when the data carries it (`titleVi|En|Fr`), else `title` (the recipient's language).
 */
export function notificationText(n: Pick<AppNotification, 'kind' | 'data'>, t: T, lang?: string): NotificationText {
  const data = n.data ?? {};
  const title = str(data[TITLE_IN[lang ?? ''] ?? '']) || str(data.title) || str(data.engagementTitle);
  const actor = str(data.actorName) || t('notifications.someone');
  const detail = str(data.comment) || str(data.text);
  const key = NOTIFICATION_KEYS[n.kind];
  if (key) return { text: t(key, { actor, title: title || t('notifications.untitled') }), detail };
  if (title) return { text: t('notifications.kinds.generic', { title }), detail };
  return { text: t('notifications.kinds.genericNoTitle'), detail };
}

/** Where clicking a notification leads: the record it is about, or null when the UI has no page for it. */
export function notificationHref(n: Pick<AppNotification, 'entity' | 'entityId' | 'data'>): string | null {
  const enc = encodeURIComponent;
  const engagementId = str(n.data?.engagementId);
  switch (n.entity) {
    case 'engagement':
      return n.entityId ? `/engagements/${enc(n.entityId)}` : null;
    case 'follow_up':
    case 'followup':
    case 'followUp':
    case 'engagement_follow_up':
      return engagementId ? `/engagements/${enc(engagementId)}` : null;
    case 'partner':
      return n.entityId ? `/partners/${enc(n.entityId)}` : null;
    default:
      return engagementId ? `/engagements/${enc(engagementId)}` : null;
  }
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3600],
  ['minute', 60],
];

/** "5 minutes ago", "hier", "2 tuần trước": the largest whole unit; under a minute is "now". */
export function relativeTime(iso: string, now: Date, lang: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const seconds = Math.round((at - now.getTime()) / 1000);
  const fmt = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return fmt.format(Math.trunc(seconds / size), unit);
  }
  return fmt.format(0, 'second');
}
