// Field-by-field choice of the surviving values when two partners are merged.
import type { Partner } from './types';

/** Fields with one surviving value, chosen by a radio (the server's `pick` accepts exactly these). */
export const MERGE_FIELDS = [
  'type',
  'name',
  'nameVi',
  'nameEn',
  'nameFr',
  'transliteration',
  'countryCode',
  'city',
  'priority',
  'status',
  'website',
  'description',
  'visibility',
  'ownerUnitId',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

/** Lists the server combines (both sides kept): shown, not chosen. */
export const UNION_FIELDS = ['languages', 'fieldIds', 'tags'] as const;
export type UnionField = (typeof UNION_FIELDS)[number];

export const unionOf = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
export type MergeSide = 'survivor' | 'merged';
export type MergePicks = Record<MergeField, MergeSide>;

type Mergeable = Pick<Partner, MergeField | UnionField>;

export function isEmptyValue(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  return false;
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Fields whose two values differ: the only ones that need a choice. */
export function differingFields(survivor: Mergeable, merged: Mergeable): MergeField[] {
  return MERGE_FIELDS.filter((f) => !same(survivor[f], merged[f]));
}

/** Default: the survivor's value, unless it is empty and the merged record has one. */
export function defaultPicks(survivor: Mergeable, merged: Mergeable): MergePicks {
  return Object.fromEntries(
    MERGE_FIELDS.map((f) => [f, isEmptyValue(survivor[f]) && !isEmptyValue(merged[f]) ? 'merged' : 'survivor']),
  ) as MergePicks;
}

/** The `pick` sent to the server: the choice for every field that differs. */
export function pickBody(survivor: Mergeable, merged: Mergeable, picks: MergePicks): Partial<MergePicks> {
  return Object.fromEntries(differingFields(survivor, merged).map((f) => [f, picks[f]]));
}

/** What the survivor will look like after the merge. */
export function mergedResult(survivor: Mergeable, merged: Mergeable, picks: MergePicks): Mergeable {
  const out = { ...survivor } as Record<MergeField | UnionField, unknown>;
  for (const f of MERGE_FIELDS) if (picks[f] === 'merged') out[f] = merged[f];
  for (const f of UNION_FIELDS) out[f] = unionOf(survivor[f], merged[f]);
  return out as Mergeable;
}
