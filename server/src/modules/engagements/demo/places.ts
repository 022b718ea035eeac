// Where the demo engagements happen, and the local-time arithmetic that puts
// them there: an engagement is entered in the time zone of its place (the
// contract stores that zone and iCal exports in it), so a meeting "at 9:00 in
// Paris" must become the instant 9:00 Europe/Paris, whatever the server's zone.

/** [city as the partners demo writes it (Vietnamese exonyms), country, IANA zone] */
export const demoPlaces = {
  hanoi: ['Hà Nội', 'VN', 'Asia/Ho_Chi_Minh'],
  hoabinh: ['Hòa Bình', 'VN', 'Asia/Ho_Chi_Minh'],
  maichau: ['Mai Châu', 'VN', 'Asia/Ho_Chi_Minh'],
  hcmc: ['TP. Hồ Chí Minh', 'VN', 'Asia/Ho_Chi_Minh'],
  danang: ['Đà Nẵng', 'VN', 'Asia/Ho_Chi_Minh'],
  hue: ['Huế', 'VN', 'Asia/Ho_Chi_Minh'],
  quangtri: ['Đông Hà', 'VN', 'Asia/Ho_Chi_Minh'],
  halong: ['Hạ Long', 'VN', 'Asia/Ho_Chi_Minh'],
  langson: ['Lạng Sơn', 'VN', 'Asia/Ho_Chi_Minh'],
  tayninh: ['Tây Ninh', 'VN', 'Asia/Ho_Chi_Minh'],
  paris: ['Paris', 'FR', 'Europe/Paris'],
  toulouse: ['Toulouse', 'FR', 'Europe/Paris'],
  vientiane: ['Viêng Chăn', 'LA', 'Asia/Vientiane'],
  luangprabang: ['Luông Pha Băng', 'LA', 'Asia/Vientiane'],
  phnompenh: ['Phnôm Pênh', 'KH', 'Asia/Phnom_Penh'],
  beijing: ['Bắc Kinh', 'CN', 'Asia/Shanghai'],
  nanning: ['Nam Ninh', 'CN', 'Asia/Shanghai'],
  tokyo: ['Tokyo', 'JP', 'Asia/Tokyo'],
  kyoto: ['Kyoto', 'JP', 'Asia/Tokyo'],
  seoul: ['Seoul', 'KR', 'Asia/Seoul'],
  moscow: ['Moskva', 'RU', 'Europe/Moscow'],
  havana: ['La Habana', 'CU', 'America/Havana'],
  berlin: ['Berlin', 'DE', 'Europe/Berlin'],
  prague: ['Praha', 'CZ', 'Europe/Prague'],
  bangkok: ['Bangkok', 'TH', 'Asia/Bangkok'],
  jakarta: ['Jakarta', 'ID', 'Asia/Jakarta'],
  geneva: ['Genève', 'CH', 'Europe/Zurich'],
  singapore: ['Singapore', 'SG', 'Asia/Singapore'],
  newyork: ['New York', 'US', 'America/New_York'],
  ulaanbaatar: ['Ulaanbaatar', 'MN', 'Asia/Ulaanbaatar'],
  /** Online meetings: no country; times in Hanoi's zone. */
  online: ['', null, 'Asia/Ho_Chi_Minh'],
} as const satisfies Record<string, readonly [string, string | null, string]>;
export type DemoPlaceKey = keyof typeof demoPlaces;

const parse = (ymd: string) => {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (ymd: string) => new Date(parse(ymd)).getUTCDay();

/** The calendar date of an instant in a zone. */
export function localDate(at: Date, timeZone: string): string {
  return formatter('date', timeZone, () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })).format(at);
}

// Building a formatter costs far more than using one: keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(use: string, timeZone: string, make: () => Intl.DateTimeFormat) {
  let f = formatters.get(`${use} ${timeZone}`);
  if (!f) formatters.set(`${use} ${timeZone}`, (f = make()));
  return f;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(ms: number, timeZone: string): number {
  const parts = formatter('wall', timeZone, () => new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  })).formatToParts(new Date(ms));
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) - (ms - (ms % 1000));
}

/** The instant a wall clock in `timeZone` shows `hm` on `ymd` (the second guess settles DST changes). */
export function zoned(ymd: string, hm: string, timeZone: string): Date {
  const [h, m] = hm.split(':').map(Number) as [number, number];
  const wall = parse(ymd) + (h * 60 + m) * 60_000;
  let at = wall - offsetAt(wall, timeZone);
  const again = wall - offsetAt(at, timeZone);
  if (again !== at) at = again;
  return new Date(at);
}
