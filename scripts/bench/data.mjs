/**
 * Deterministic, realistic partner data for `npm run bench`: the 100,000
 * partners behind the search benchmark (scripts/bench/seed.ts), the rows of the
 * 100,000-row import CSV (scripts/bench.mjs), and the fixed list of search
 * queries. The same seed gives the same data on every run and database.
 */

/** mulberry32: a small seeded PRNG, so every run generates the same rows. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  return { next, pick, chance: (p) => next() < p, int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)) };
}

// Cultures decide the script and language of names; cities are [local, Latin] pairs.
// ~63 country codes; the seed keeps those present in the `countries` table.
export const COUNTRIES = [
  ['FR', 'fr', ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Bordeaux', 'Lille', 'Nantes', 'Strasbourg', 'Montpellier', 'Rennes', 'Grenoble', 'Nice']],
  ['BE', 'fr', ['Bruxelles', 'Liège', 'Namur', 'Charleroi']],
  ['CH', 'fr', ['Genève', 'Lausanne', 'Zürich', 'Berne']],
  ['CA', 'fr', ['Montréal', 'Québec', 'Toronto', 'Vancouver', 'Ottawa']],
  ['SN', 'fr', ['Dakar', 'Saint-Louis']],
  ['CI', 'fr', ['Abidjan', 'Yamoussoukro']],
  ['CM', 'fr', ['Yaoundé', 'Douala']],
  ['MG', 'fr', ['Antananarivo', 'Toamasina']],
  ['MA', 'fr', ['Rabat', 'Casablanca', 'Marrakech']],
  ['DZ', 'fr', ['Alger', 'Oran']],
  ['TN', 'fr', ['Tunis', 'Sfax']],
  ['US', 'en', ['New York', 'Washington', 'San Francisco', 'Los Angeles', 'Boston', 'Chicago', 'Houston', 'Seattle', 'San Jose', 'Orange County']],
  ['GB', 'en', ['London', 'Manchester', 'Birmingham', 'Edinburgh', 'Bristol', 'Glasgow']],
  ['AU', 'en', ['Sydney', 'Melbourne', 'Canberra', 'Brisbane', 'Perth', 'Adelaide']],
  ['NZ', 'en', ['Auckland', 'Wellington']],
  ['IE', 'en', ['Dublin', 'Cork']],
  ['IN', 'en', ['New Delhi', 'Mumbai', 'Kolkata', 'Bengaluru', 'Chennai']],
  ['SG', 'en', ['Singapore']],
  ['ZA', 'en', ['Johannesburg', 'Cape Town', 'Pretoria']],
  ['NG', 'en', ['Lagos', 'Abuja']],
  ['KE', 'en', ['Nairobi', 'Mombasa']],
  ['PH', 'en', ['Manila', 'Cebu', 'Davao']],
  ['MY', 'en', ['Kuala Lumpur', 'Penang', 'Johor Bahru']],
  ['ID', 'en', ['Jakarta', 'Surabaya', 'Bandung']],
  ['TH', 'en', ['Bangkok', 'Chiang Mai', 'Udon Thani']],
  ['LA', 'en', ['Vientiane', 'Luang Prabang', 'Savannakhet']],
  ['KH', 'en', ['Phnom Penh', 'Siem Reap', 'Battambang']],
  ['MM', 'en', ['Yangon', 'Mandalay']],
  ['JP', 'en', ['Tokyo', 'Osaka', 'Kyoto', 'Yokohama', 'Nagoya', 'Fukuoka', 'Sapporo']],
  ['KR', 'en', ['Seoul', 'Busan', 'Incheon', 'Daegu']],
  ['MN', 'en', ['Ulaanbaatar']],
  ['DE', 'en', ['Berlin', 'München', 'Hamburg', 'Köln', 'Frankfurt am Main', 'Leipzig', 'Dresden']],
  ['AT', 'en', ['Wien', 'Salzburg', 'Graz']],
  ['IT', 'en', ['Roma', 'Milano', 'Napoli', 'Torino', 'Firenze']],
  ['ES', 'en', ['Madrid', 'Barcelona', 'Sevilla', 'Valencia']],
  ['PT', 'en', ['Lisboa', 'Porto']],
  ['NL', 'en', ['Amsterdam', 'Rotterdam', 'Den Haag', 'Utrecht']],
  ['SE', 'en', ['Stockholm', 'Göteborg', 'Malmö']],
  ['NO', 'en', ['Oslo', 'Bergen']],
  ['DK', 'en', ['København', 'Aarhus']],
  ['FI', 'en', ['Helsinki', 'Tampere']],
  ['PL', 'en', ['Warszawa', 'Kraków', 'Gdańsk']],
  ['CZ', 'en', ['Praha', 'Brno']],
  ['SK', 'en', ['Bratislava', 'Košice']],
  ['HU', 'en', ['Budapest', 'Debrecen']],
  ['RO', 'en', ['București', 'Cluj-Napoca']],
  ['GR', 'en', ['Athína', 'Thessaloníki']],
  ['TR', 'en', ['Ankara', 'İstanbul', 'İzmir']],
  ['IL', 'en', ['Tel Aviv', 'Jerusalem']],
  ['EG', 'en', ['Cairo', 'Alexandria']],
  ['MZ', 'en', ['Maputo', 'Beira']],
  ['AO', 'en', ['Luanda']],
  ['BR', 'en', ['São Paulo', 'Rio de Janeiro', 'Brasília', 'Belo Horizonte']],
  ['AR', 'en', ['Buenos Aires', 'Córdoba']],
  ['CL', 'en', ['Santiago', 'Valparaíso']],
  ['MX', 'en', ['Ciudad de México', 'Guadalajara', 'Monterrey']],
  ['CU', 'en', ['La Habana', 'Santiago de Cuba']],
  ['VE', 'en', ['Caracas', 'Maracaibo']],
  ['RU', 'ru', [['Москва', 'Moscow'], ['Санкт-Петербург', 'Saint Petersburg'], ['Новосибирск', 'Novosibirsk'], ['Владивосток', 'Vladivostok'], ['Екатеринбург', 'Yekaterinburg'], ['Казань', 'Kazan']]],
  ['BY', 'ru', [['Минск', 'Minsk'], ['Гомель', 'Gomel']]],
  ['KZ', 'ru', [['Алматы', 'Almaty'], ['Астана', 'Astana']]],
  ['BG', 'ru', [['София', 'Sofia'], ['Варна', 'Varna']]],
  ['CN', 'zh', [['北京', 'Beijing'], ['上海', 'Shanghai'], ['广州', 'Guangzhou'], ['南宁', 'Nanning'], ['昆明', 'Kunming'], ['深圳', 'Shenzhen'], ['重庆', 'Chongqing']]],
  ['TW', 'zh', [['台北', 'Taipei'], ['高雄', 'Kaohsiung'], ['台中', 'Taichung']]],
];

const VN_CITIES = ['Hà Nội', 'Thành phố Hồ Chí Minh', 'Đà Nẵng', 'Hải Phòng', 'Huế', 'Cần Thơ', 'Nghệ An', 'Quảng Ninh'];
const VI = {
  family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'],
  middle: ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Ngọc', 'Xuân', 'Thu'],
  given: ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Phong', 'Phương', 'Quang', 'Sơn', 'Thảo', 'Trang', 'Tuấn', 'Vy', 'Yến', 'Đạt', 'Hằng', 'Ánh', 'Châu', 'Giang', 'Hiếu', 'Khoa'],
};
const FR = {
  first: ['Jean', 'Marie', 'Pierre', 'Sophie', 'Michel', 'Claire', 'François', 'Élise', 'Hélène', 'Gérard', 'Amélie', 'Benoît', 'Céline', 'Jérôme', 'Loïc', 'Anaïs', 'Thierry', 'Nathalie'],
  last: ['Dupont', 'Martin', 'Bernard', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Rousseau', 'Fontaine', 'Chevalier', 'Lemaire', 'Mercier', 'Durand', 'Faure', 'Gauthier', 'Brunet', 'Lambert', 'Roux'],
};
const EN = {
  first: ['John', 'Mary', 'James', 'Sarah', 'Robert', 'Emily', 'Michael', 'Jennifer', 'David', 'Laura', 'William', 'Olivia', 'Thomas', 'Hannah', 'Daniel', 'Grace', 'Peter', 'Helen'],
  last: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Anderson', 'Thomas', 'Moore', 'Clark', 'Walker', 'Hughes', 'Baker', 'Turner', 'Cooper'],
};
const RU = {
  first: [['Иван', 'Ivan'], ['Алексей', 'Aleksei'], ['Сергей', 'Sergei'], ['Наталья', 'Natalia'], ['Ольга', 'Olga'], ['Дмитрий', 'Dmitry'], ['Татьяна', 'Tatiana'], ['Андрей', 'Andrei'], ['Елена', 'Elena'], ['Михаил', 'Mikhail']],
  last: [['Иванов', 'Ivanov'], ['Петров', 'Petrov'], ['Смирнов', 'Smirnov'], ['Кузнецов', 'Kuznetsov'], ['Соколов', 'Sokolov'], ['Попов', 'Popov'], ['Лебедев', 'Lebedev'], ['Козлов', 'Kozlov'], ['Новиков', 'Novikov'], ['Морозов', 'Morozov']],
};
const ZH = {
  family: [['王', 'Wang'], ['李', 'Li'], ['张', 'Zhang'], ['刘', 'Liu'], ['陈', 'Chen'], ['杨', 'Yang'], ['黄', 'Huang'], ['赵', 'Zhao'], ['吴', 'Wu'], ['周', 'Zhou']],
  given: [['伟', 'Wei'], ['娜', 'Na'], ['敏', 'Min'], ['静', 'Jing'], ['强', 'Qiang'], ['磊', 'Lei'], ['军', 'Jun'], ['洋', 'Yang'], ['勇', 'Yong'], ['艳', 'Yan'], ['明', 'Ming'], ['芳', 'Fang']],
};
const FIELDS_EN = ['Technology', 'Public Health', 'Agriculture', 'International Studies', 'Oriental Languages', 'Economics', 'Fine Arts'];
const TAGS = ['văn hóa', 'giáo dục', 'y tế', 'thương mại', 'du lịch', 'thanh niên', 'phụ nữ', 'culture', 'éducation', 'santé', 'jeunesse', 'trade', 'youth', 'health', 'ngo', 'alumni', 'diaspora', 'agriculture', 'environment', 'technology', 'kiều bào', 'hữu nghị'];
const ROLES = ['President', 'Secretary General', 'Director', 'Chủ tịch', 'Tổng thư ký', 'Président', 'Directrice', 'Председатель', '会长', 'Programme Officer'];
const LANGS = { fr: ['fr'], en: ['en'], ru: ['ru'], zh: ['zh'], vi: ['vi'] };

const latin = (c) => (Array.isArray(c) ? c[1] : c);
const local = (c) => (Array.isArray(c) ? c[0] : c);
const ascii = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9]+/g, '');

/** A person of the given culture: { name, transliteration, latin } (latin is for emails). */
function person(r, culture) {
  switch (culture) {
    case 'vi': {
      const n = `${r.pick(VI.family)} ${r.pick(VI.middle)} ${r.pick(VI.given)}`;
      return { name: n, transliteration: '', latin: n };
    }
    case 'fr': {
      const n = `${r.pick(FR.first)} ${r.pick(FR.last)}`;
      return { name: n, transliteration: '', latin: n };
    }
    case 'ru': {
      const f = r.pick(RU.first);
      const l = r.pick(RU.last);
      return { name: `${f[0]} ${l[0]}`, transliteration: `${f[1]} ${l[1]}`, latin: `${f[1]} ${l[1]}` };
    }
    case 'zh': {
      const f = r.pick(ZH.family);
      const g = r.pick(ZH.given);
      return { name: `${f[0]}${g[0]}`, transliteration: `${f[1]} ${g[1]}`, latin: `${f[1]} ${g[1]}` };
    }
    default: {
      const n = `${r.pick(EN.first)} ${r.pick(EN.last)}`;
      return { name: n, transliteration: '', latin: n };
    }
  }
}

/** An organisation's names in its own script and in our languages. */
function organisation(r, culture, cityPair, type) {
  const city = local(cityPair);
  const cityL = latin(cityPair);
  const vn = r.pick(VN_CITIES);
  const o = { name: '', nameVi: '', nameEn: '', nameFr: '', transliteration: '' };
  if (type === 'overseas_vietnamese_association') {
    const kind = r.pick([
      ['Hội người Việt Nam tại', 'Vietnamese Association of', 'Association des Vietnamiens de'],
      ['Hội Doanh nhân Việt Nam tại', 'Vietnamese Business Association of', 'Association des entrepreneurs vietnamiens de'],
      ['Hội Sinh viên Việt Nam tại', 'Vietnamese Students’ Association of', 'Association des étudiants vietnamiens de'],
      ['Trung tâm Văn hóa Việt Nam tại', 'Vietnamese Cultural Centre of', 'Centre culturel vietnamien de'],
    ]);
    o.nameVi = `${kind[0]} ${cityL}`;
    o.nameEn = `${kind[1]} ${cityL}`;
    if (culture === 'fr') o.nameFr = `${kind[2]} ${city}`;
    return o;
  }
  switch (culture) {
    case 'fr': {
      const t = r.int(0, 5);
      if (t === 0) {
        o.name = o.nameFr = `Association d’amitié franco-vietnamienne de ${city}`;
        o.nameVi = `Hội hữu nghị Pháp – Việt Nam tại ${city}`;
      } else if (t === 1) {
        o.name = o.nameFr = `Comité de jumelage ${city} – ${vn}`;
        o.nameVi = `Ủy ban kết nghĩa ${city} – ${vn}`;
      } else if (t === 2) {
        o.name = o.nameFr = `Fondation ${r.pick(FR.first)} ${r.pick(FR.last)}`;
      } else if (t === 3) {
        o.name = o.nameFr = `Université de ${city}`;
        o.nameEn = `University of ${cityL}`;
        o.nameVi = `Đại học ${city}`;
      } else if (t === 4) {
        o.name = o.nameFr = `Chambre de commerce et d’industrie de ${city}`;
        o.nameEn = `${cityL} Chamber of Commerce and Industry`;
      } else {
        o.name = o.nameFr = `${r.pick(['Médecins', 'Ingénieurs', 'Enseignants', 'Architectes'])} pour le Vietnam – ${city}`;
      }
      return o;
    }
    case 'ru': {
      const t = r.int(0, 3);
      if (t === 0) {
        o.name = `Общество дружбы «Россия — Вьетнам», ${city}`;
        o.nameEn = `Russia–Vietnam Friendship Society, ${cityL}`;
        o.nameVi = `Hội hữu nghị Nga – Việt tại ${cityL}`;
        o.transliteration = `Obshchestvo druzhby Rossiya — Vyetnam, ${cityL}`;
      } else if (t === 1) {
        o.name = `Государственный университет, ${city}`;
        o.nameEn = `${cityL} State University`;
      } else if (t === 2) {
        const l = r.pick(RU.last);
        o.name = `Фонд «${l[0]}»`;
        o.transliteration = `Fond ${l[1]}`;
      } else {
        o.name = `Торгово-промышленная палата, ${city}`;
        o.nameEn = `${cityL} Chamber of Commerce and Industry`;
      }
      return o;
    }
    case 'zh': {
      const t = r.int(0, 3);
      if (t === 0) {
        o.name = `${city}中越友好协会`;
        o.nameEn = `${cityL} China–Vietnam Friendship Association`;
        o.nameVi = `Hội hữu nghị Trung – Việt ${cityL}`;
      } else if (t === 1) {
        o.name = `${city}大学`;
        o.nameEn = `${cityL} University`;
      } else if (t === 2) {
        o.name = `${city}人民对外友好协会`;
        o.nameEn = `${cityL} People’s Association for Friendship with Foreign Countries`;
      } else {
        o.name = `${city}越南商会`;
        o.nameEn = `${cityL} Vietnam Chamber of Commerce`;
      }
      return o;
    }
    default: {
      const t = r.int(0, 6);
      if (t === 0) o.name = o.nameEn = `${cityL} Vietnam Friendship Society`;
      else if (t === 1) o.name = o.nameEn = `${r.pick(EN.last)} Foundation`;
      else if (t === 2) o.name = o.nameEn = `University of ${cityL}`;
      else if (t === 3) o.name = o.nameEn = `${cityL} Chamber of Commerce`;
      else if (t === 4) o.name = o.nameEn = `${cityL}–${vn} Sister City Committee`;
      else if (t === 5) o.name = o.nameEn = `${cityL} Institute of ${r.pick(FIELDS_EN)}`;
      else o.name = o.nameEn = `${r.pick(EN.last)} & ${r.pick(EN.last)} ${r.pick(['Ltd', 'Inc.', 'LLC', 'GmbH', 'S.A.'])}`;
      if (t === 0) o.nameVi = `Hội hữu nghị với Việt Nam tại ${cityL}`;
      return o;
    }
  }
}

const ORG_TYPES = ['foreign_organisation', 'foreign_ngo', 'international_organisation', 'foreign_locality', 'enterprise', 'media_outlet', 'research_institution'];

/**
 * One partner. countries: [code, culture, cities][] filtered to existing codes.
 * Returns the partner's columns plus an optional contact.
 */
export function partnerRow(r, countries, i) {
  const [code, countryCulture, cities] = r.pick(countries);
  const cityPair = r.pick(cities);
  // A quarter of every country's partners are written in Vietnamese (diaspora, Vietnamese staff).
  const culture = r.chance(0.25) ? 'vi' : countryCulture;
  const roll = r.next();
  let type;
  let names;
  if (roll < 0.3) {
    type = r.chance(0.7) ? 'individual' : 'expert';
    const p = person(r, culture);
    names = { name: p.name, nameVi: '', nameEn: '', nameFr: '', transliteration: p.transliteration };
  } else if (roll < 0.4 || culture === 'vi') {
    type = 'overseas_vietnamese_association';
    names = organisation(r, countryCulture, cityPair, type);
  } else {
    type = r.pick(ORG_TYPES);
    names = organisation(r, culture, cityPair, type);
  }
  const tags = [];
  for (let k = r.int(0, 3); k > 0; k--) {
    const t = r.pick(TAGS);
    if (!tags.includes(t)) tags.push(t);
  }
  const contactCulture = r.chance(0.5) ? 'vi' : countryCulture;
  const contact = type !== 'individual' && r.chance(0.4) ? person(r, contactCulture) : undefined;
  const domain = `${ascii(names.nameEn || names.name || names.nameVi).slice(0, 20) || 'org'}${i % 97}.example.org`;
  return {
    type,
    ...names,
    countryCode: code,
    city: local(cityPair),
    cityLatin: latin(cityPair),
    languages: [...new Set([...(LANGS[countryCulture] ?? ['en']), ...(culture === 'vi' ? ['vi'] : [])])],
    priority: r.pick([1, 2, 2, 2, 3]),
    status: r.pick(['active', 'active', 'active', 'active', 'dormant', 'ended']),
    description: r.chance(0.3) ? `Partenaire depuis ${r.int(1995, 2024)} — cooperation in ${r.pick(FIELDS_EN).toLowerCase()}.` : '',
    website: type === 'individual' || r.chance(0.5) ? '' : `https://www.${domain}/`,
    tags,
    contact: contact && {
      name: contact.name,
      role: r.pick(ROLES),
      email: r.chance(0.8) ? `${ascii(contact.latin.split(' ')[0])}.${ascii(contact.latin.split(' ').at(-1))}@${domain}` : '',
      phone: r.chance(0.5) ? `+${r.int(1, 99)} ${r.int(100, 999)} ${r.int(100000, 999999)}` : '',
    },
    visibility: r.chance(0.9) ? 'shared' : r.chance(0.8) ? 'unit' : 'confidential',
  };
}

/**
 * The fixed search queries: with and without diacritics, swapped word order,
 * prefixes, one typo, Cyrillic, Chinese, multi-word; frequent and rare words.
 */
export const SEARCH_QUERIES = [
  'nguyen van an',
  'Nguyễn Văn An',
  'an nguyen',
  'nguyn van',
  'pari',
  'Paris',
  'association amitie lyon',
  'Association d’amitié',
  'hội người việt tại berlin',
  'hoi nguoi viet berlin',
  'общество дружбы',
  'Москва',
  '中越友好',
  '北京',
  'university tokyo',
  'tokyo university',
  'friendship society',
  'chamber commerce',
  'jean dupont',
  'dupont jean',
  'wang wei',
  'ivan petrov',
  'São Paulo',
  'sao paulo',
  'munchen',
  'fondation',
  'tran thi',
  'văn hóa',
  'yaounde',
  'sister city hai phong',
];

/** CSV of n import rows: "Organization Name,Country,City,Email,Tags"; countries by name (English, French or Vietnamese) or code. */
export function importCsv(n, countries, countryNames, seed = 4242) {
  const r = rng(seed);
  const q = (s) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const lines = ['Organization Name,Country,City,Email,Tags'];
  for (let i = 0; i < n; i++) {
    const p = partnerRow(r, countries, i);
    const code = p.countryCode;
    const names = countryNames.get(code);
    const country = names ? r.pick([code, names.en, names.en, names.fr, names.vi]) : code;
    const name = p.name || p.nameVi || p.nameEn;
    const email = p.contact?.email ?? '';
    lines.push([name, country, p.city, email, p.tags.join(', ')].map(q).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
