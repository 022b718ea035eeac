import type { PartnerRelationship, PartnerType } from '../schema.js';

// The shape of the demo partner network (data-*.ts). Engagements' demo data names
// these units, fields and partners too (it imports them from here, never the reverse).

export type DemoUnitKey = 'central' | 'vufo' | 'mofa' | 'vff' | 'propaganda' | 'hanoi' | 'hoankiem' | 'hoabinh' | 'writers' | 'musicians' | 'dance' | 'photo';
export type DemoFieldKey =
  | 'culture' | 'education' | 'science_technology' | 'innovation' | 'digital_transformation' | 'health' | 'environment' | 'climate_change'
  | 'green_development' | 'humanitarian_aid' | 'war_legacy' | 'trade_investment' | 'tourism' | 'youth' | 'women' | 'religion' | 'peace_solidarity' | 'information';
/** name, role, email, phone */
export type DemoContact = [string, string, string, string?];

/** One partner, written compactly; missing names, website, tags and contacts are empty. */
export interface DemoPartner {
  /** Unique key, for relationships and notes. */
  k: string;
  /** The name as written in its own script (the Latin name when that is its own). */
  n: string;
  vi?: string;
  en?: string;
  fr?: string;
  /** Latin transliteration of a non-Latin `n`. */
  tr?: string;
  c: string;
  city: string;
  l: string[];
  p?: 1 | 2 | 3;
  s?: 'dormant' | 'ended';
  d: string;
  web?: string;
  tags?: string[];
  f: DemoFieldKey[];
  ct?: DemoContact[];
  u: DemoUnitKey;
  /** Visibility; shared when absent. */
  v?: 'unit' | 'confidential';
}
export type DemoPartnerGroup = Partial<Record<PartnerType, DemoPartner[]>>;

/** [from partner, kind, to partner | '@' + unit key, note] */
export type DemoRelationship = [string, PartnerRelationship['kind'], string, string?];
/** [partner, body] */
export type DemoNote = [string, string];
