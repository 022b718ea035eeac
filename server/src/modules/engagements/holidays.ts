import type HolidaysType from 'date-holidays';
import { nextDate } from './time.js';
import type { Lang } from '../../i18n/index.js';

export interface HolidayDay {
  countryCode: string;
  /** A calendar day (YYYY-MM-DD) in the holiday's own country. */
  date: string;
  name: string;
  /** The day the holiday starts on: a multi-day holiday (Tết) covers later days too. */
  firstDate: string;
}

// The package parses every country's rules when loaded (~0.2 s, ~10 MB): loaded on the first
// clash check, not at start-up. A country's rules are built once, each year's list once per
// language, so a later check costs a map look-up.
let Holidays: typeof HolidaysType | undefined;
const countries = new Map<string, HolidaysType>();
const years = new Map<string, Map<string, HolidayDay[]>>();
const MAX_CACHED_YEARS = 2_000;

function rulesOf(countryCode: string): HolidaysType {
  let h = countries.get(countryCode);
  if (!h) {
    h = new Holidays!(countryCode, { types: ['public'] });
    countries.set(countryCode, h);
  }
  return h;
}

const DAY_MS = 86_400_000;

/** The public holidays of one country in one year, by day; names in `lang` when the data has them. */
function yearOf(countryCode: string, year: number, lang: Lang): Map<string, HolidayDay[]> {
  const key = `${countryCode}/${year}/${lang}`;
  let byDay = years.get(key);
  if (byDay) return byDay;
  byDay = new Map();
  // Unknown countries answer an empty list; the type filter keeps observances out.
  for (const h of rulesOf(countryCode).getHolidays(year, lang)) {
    if (h.type !== 'public') continue;
    const firstDate = h.date.slice(0, 10);
    const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
    let date = firstDate;
    for (let i = 0; i < days; i++, date = nextDate(date)) {
      const list = byDay.get(date) ?? [];
      list.push({ countryCode, date, name: h.name, firstDate });
      byDay.set(date, list);
    }
  }
  if (years.size >= MAX_CACHED_YEARS) years.clear();
  years.set(key, byDay);
  return byDay;
}

/**
 * Public holidays of a country on any of the given days. One per holiday: a holiday
 * spanning several of the days is reported on the first of them. On a day with two
 * holidays (the eve of Tết spans the feast itself), the one that starts that day wins.
 */
export async function publicHolidaysOn(countryCode: string, days: string[], lang: Lang): Promise<HolidayDay[]> {
  Holidays ??= (await import('date-holidays')).default;
  const seen = new Set<string>();
  const found: HolidayDay[] = [];
  for (const day of days) {
    const here = yearOf(countryCode, Number(day.slice(0, 4)), lang).get(day) ?? [];
    // A holiday whose rules start in the previous year (New Year's eve spans) is listed there.
    const spill = yearOf(countryCode, Number(day.slice(0, 4)) - 1, lang).get(day) ?? [];
    const all = [...here, ...spill];
    const best = all.find((h) => h.firstDate === day) ?? all[0];
    if (!best || seen.has(best.name)) continue;
    seen.add(best.name);
    found.push({ ...best, date: day });
  }
  return found;
}
