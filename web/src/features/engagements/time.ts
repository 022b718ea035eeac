// Wall-clock times in an IANA time zone <-> instants, with Intl only (no time-zone library).

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface ZonedParts {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm */
  time: string;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const isDate = (s: string) => {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};
export const isTime = (s: string) => TIME_RE.test(s);

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the runtime knows the zone. */
export function isTimeZone(tz: string): boolean {
  if (!tz) return false;
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

function wallClock(ms: number, timeZone: string) {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return {
    y: Number(parts.year),
    mo: Number(parts.month),
    d: Number(parts.day),
    h: Number(parts.hour) % 24,
    mi: Number(parts.minute),
    s: Number(parts.second),
  };
}

/** Offset of the zone from UTC at an instant, in minutes (Asia/Ho_Chi_Minh: 420). */
export function zoneOffsetMinutes(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
}

/**
 * The instant of a wall-clock time in a zone, as ISO. A time skipped by a
 * daylight-saving change moves forward with the clock; a repeated one takes the first.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const before = zoneOffsetMinutes(wall - 86_400_000 / 2, timeZone);
  const after = zoneOffsetMinutes(wall + 86_400_000 / 2, timeZone);
  // Try the offset in force before the change first (the earlier of repeated times).
  for (const off of [before, after]) {
    const ms = wall - off * 60_000;
    if (zoneOffsetMinutes(ms, timeZone) === off) return new Date(ms).toISOString();
  }
  return new Date(wall - before * 60_000).toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Date and time of an instant on the zone's wall clock. */
export function instantToZoned(iso: string, timeZone: string): ZonedParts {
  const w = wallClock(new Date(iso).getTime(), timeZone);
  return { date: `${w.y}-${pad(w.mo)}-${pad(w.d)}`, time: `${pad(w.h)}:${pad(w.mi)}` };
}

/** "UTC+07:00" at an instant (offsets change with daylight saving). */
export function offsetLabel(timeZone: string, at = Date.now()): string {
  const off = zoneOffsetMinutes(at, timeZone);
  const sign = off < 0 ? '−' : '+';
  const abs = Math.abs(off);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Canonical IANA names for the old links some runtimes still list
 * (Chrome and Node answer "Asia/Saigon" for Viet Nam).
 */
const LINKS: Record<string, string> = {
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Asia/Ulan_Bator': 'Asia/Ulaanbaatar',
  'Asia/Dacca': 'Asia/Dhaka',
  'Asia/Thimbu': 'Asia/Thimphu',
  'Asia/Ujung_Pandang': 'Asia/Makassar',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'Africa/Asmera': 'Africa/Asmara',
};

export const canonicalZone = (tz: string) => LINKS[tz] ?? tz;

/** Old names of a zone (searching "saigon" finds Asia/Ho_Chi_Minh). */
export const zoneAliases = (tz: string) => Object.keys(LINKS).filter((k) => LINKS[k] === tz);

/** Every zone the runtime knows, by canonical name, sorted; `extra` (e.g. a stored value) always included. */
export function timeZoneNames(extra: string[] = []): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  let names: string[] = [];
  try {
    names = intl.supportedValuesOf?.('timeZone') ?? [];
  } catch {
    names = [];
  }
  const set = new Set([DEFAULT_TIME_ZONE, 'UTC', ...names.map(canonicalZone), ...extra.filter(Boolean)]);
  return [...set].sort((a, b) => a.localeCompare(b));
}
