import { z } from 'zod';
import { asc, desc, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** Query fields every paginated list accepts. */
export const pageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(200).default(50),
};

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), limit: z.number().int() });

export const offsetOf = (p: { page: number; limit: number }) => (p.page - 1) * p.limit;

/** A `sort` query value: a column name or `-name` for descending, from a fixed list. */
export const sortQuery = <K extends string>(keys: readonly [K, ...K[]]) =>
  z.enum([...keys, ...keys.map((k) => `-${k}` as `-${K}`)] as [K | `-${K}`, ...(K | `-${K}`)[]]).optional();

export function orderBy<C extends Record<string, PgColumn | SQL>>(sort: string | undefined, columns: C, fallback: keyof C & string): SQL[] {
  const desc_ = sort?.startsWith('-') ?? false;
  const key = sort?.replace(/^-/, '') ?? fallback;
  const col = columns[key] ?? columns[fallback]!;
  return [desc_ ? desc(col) : asc(col)];
}
