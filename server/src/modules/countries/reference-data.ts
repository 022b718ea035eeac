// The reference lists Amity ships with. Administrators may change all of it
// afterwards; these are only the starting values of a new database.

/** A country as the packages (i18n-iso-countries, world-countries) describe it: reference.ts reads them. */
export interface PackageCountry {
  code: string;
  nameVi: string;
  nameEn: string;
  nameFr: string;
  region: string;
  subregion: string;
}

export interface Named {
  key: string;
  nameVi: string;
  nameEn: string;
  nameFr: string;
}

/** Relationship groups, in the order Vietnam's foreign-policy documents list partners. */
export const defaultGroups: Named[] = [
  { key: 'neighbour', nameVi: 'Láng giềng', nameEn: 'Neighbour', nameFr: 'Pays voisin' },
  { key: 'major_country', nameVi: 'Nước lớn', nameEn: 'Major country', nameFr: 'Grand pays' },
  { key: 'comprehensive_strategic_partner', nameVi: 'Đối tác chiến lược toàn diện', nameEn: 'Comprehensive strategic partner', nameFr: 'Partenaire stratégique global' },
  { key: 'strategic_partner', nameVi: 'Đối tác chiến lược', nameEn: 'Strategic partner', nameFr: 'Partenaire stratégique' },
  { key: 'comprehensive_partner', nameVi: 'Đối tác toàn diện', nameEn: 'Comprehensive partner', nameFr: 'Partenaire global' },
  { key: 'traditional_friend', nameVi: 'Bạn bè truyền thống', nameEn: 'Traditional friend', nameFr: 'Ami traditionnel' },
  { key: 'other', nameVi: 'Khác', nameEn: 'Other', nameFr: 'Autre' },
];

/**
 * A country carries one group, so where several apply the first of this order
 * wins: neighbours, major countries, comprehensive strategic partners, strategic
 * partners, comprehensive partners, traditional friends (the order of the Party's
 * foreign-policy documents). China, a comprehensive strategic partner since 2008,
 * is listed as a neighbour; the United States, Russia, Japan and India, also
 * comprehensive strategic partners, as major countries.
 *
 * Source: partnership frameworks announced by Vietnam's Ministry of Foreign
 * Affairs, as publicly known in October 2025 (most recent: New Zealand 02/2025,
 * Indonesia and Singapore 03/2025, Thailand 05/2025 and the United Kingdom
 * 10/2025 to comprehensive strategic partnership; Brazil 11/2024 and Czechia
 * 01/2025 to strategic partnership; the UAE and Mongolia 2024 to comprehensive
 * partnership). Later changes are made by an administrator in the app.
 */
export const defaultAssignments: Record<string, string[]> = {
  neighbour: ['CN', 'LA', 'KH'],
  major_country: ['US', 'RU', 'JP', 'IN'],
  comprehensive_strategic_partner: ['KR', 'AU', 'FR', 'MY', 'NZ', 'ID', 'SG', 'TH', 'GB'],
  strategic_partner: ['ES', 'DE', 'IT', 'PH', 'BR', 'CZ'],
  comprehensive_partner: ['ZA', 'VE', 'CL', 'AR', 'UA', 'DK', 'MM', 'CA', 'HU', 'BN', 'NL', 'AE', 'MN'],
  traditional_friend: ['CU', 'KP', 'DZ', 'MZ', 'AO'],
};

export const defaultFields: Named[] = [
  { key: 'culture', nameVi: 'Văn hóa', nameEn: 'Culture', nameFr: 'Culture' },
  { key: 'education', nameVi: 'Giáo dục', nameEn: 'Education', nameFr: 'Éducation' },
  { key: 'science_technology', nameVi: 'Khoa học và công nghệ', nameEn: 'Science and technology', nameFr: 'Science et technologie' },
  { key: 'innovation', nameVi: 'Đổi mới sáng tạo', nameEn: 'Innovation', nameFr: 'Innovation' },
  { key: 'digital_transformation', nameVi: 'Chuyển đổi số', nameEn: 'Digital transformation', nameFr: 'Transformation numérique' },
  { key: 'health', nameVi: 'Y tế', nameEn: 'Health', nameFr: 'Santé' },
  { key: 'environment', nameVi: 'Môi trường', nameEn: 'Environment', nameFr: 'Environnement' },
  { key: 'climate_change', nameVi: 'Biến đổi khí hậu', nameEn: 'Climate change', nameFr: 'Changement climatique' },
  { key: 'green_development', nameVi: 'Phát triển xanh', nameEn: 'Green development', nameFr: 'Développement vert' },
  { key: 'humanitarian_aid', nameVi: 'Viện trợ nhân đạo', nameEn: 'Humanitarian aid', nameFr: 'Aide humanitaire' },
  { key: 'war_legacy', nameVi: 'Khắc phục hậu quả chiến tranh', nameEn: 'War legacy', nameFr: 'Séquelles de guerre' },
  { key: 'trade_investment', nameVi: 'Thương mại và đầu tư', nameEn: 'Trade and investment', nameFr: 'Commerce et investissement' },
  { key: 'tourism', nameVi: 'Du lịch', nameEn: 'Tourism', nameFr: 'Tourisme' },
  { key: 'youth', nameVi: 'Thanh niên', nameEn: 'Youth', nameFr: 'Jeunesse' },
  { key: 'women', nameVi: 'Phụ nữ', nameEn: 'Women', nameFr: 'Femmes' },
  { key: 'religion', nameVi: 'Tôn giáo', nameEn: 'Religion', nameFr: 'Religion' },
  { key: 'peace_solidarity', nameVi: 'Hòa bình, đoàn kết, hữu nghị', nameEn: 'Peace, solidarity and friendship', nameFr: 'Paix, solidarité et amitié' },
  { key: 'information', nameVi: 'Thông tin đối ngoại', nameEn: 'External information', nameFr: 'Information extérieure' },
];

export interface Override {
  vi?: string;
  en?: string;
  fr?: string;
}

/**
 * Names that follow Vietnam's official positions and usage, written to the
 * override columns when a country row is first created (an administrator may
 * clear or change them; the package's own names stay in name_*).
 */
export const defaultOverrides: Record<string, Override> = {
  // Vietnam recognises the State of Palestine (1988); the package says "occupied Palestinian territory".
  PS: { vi: 'Nhà nước Palestine', en: 'State of Palestine', fr: 'État de Palestine' },
  // One-China policy: Taiwan, Hong Kong and Macao are parts of China.
  TW: { vi: 'Đài Loan (Trung Quốc)', en: 'Taiwan (China)', fr: 'Taïwan (Chine)' },
  HK: { vi: 'Hồng Kông (Trung Quốc)', en: 'Hong Kong (China)', fr: 'Hong Kong (Chine)' },
  MO: { vi: 'Ma Cao (Trung Quốc)', en: 'Macao (China)', fr: 'Macao (Chine)' },
  // The country's own official spelling in English and French.
  VN: { en: 'Viet Nam', fr: 'Viet Nam' },
  // Package errors in Vietnamese: "Bán đảo Mã Lai" is the Malay Peninsula, not the state.
  MY: { vi: 'Malaysia' },
  SY: { vi: 'Syria' }, // the package has the garbled "Cộng Hòa Arab Syrian"
  US: { vi: 'Hoa Kỳ' }, // official Vietnamese short name (package: "Hợp chủng quốc Hoa Kỳ")
  LA: { vi: 'Lào' }, // short name like the other neighbours (package miscapitalises the long form)
  SA: { vi: 'Ả-rập Xê-út' }, // package left it in English
  AT: { vi: 'Áo' }, // package left it in English
  AE: { vi: 'Các Tiểu vương quốc Ả-rập Thống nhất' },
  CI: { vi: "Côte d'Ivoire" }, // package drops the diacritics
  // The country's name at the UN since 2013.
  CV: { vi: 'Cabo Verde', en: 'Cabo Verde' },
};

/**
 * ISO 3166-1 codes left out: XK is a user-assigned code, not an ISO 3166-1
 * assignment, and Vietnam does not recognise Kosovo (UN resolution 1244).
 */
export const excludedCodes = new Set(['XK']);
