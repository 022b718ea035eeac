// The API's shapes, read from the types generated from the server's OpenAPI document
// (openapi.gen.ts, written by `npm run contract`). Paths are written as api() takes them: without /api/v1.
import type { paths } from './openapi.gen';

type Prefix = '/api/v1';
export type ApiPath = { [K in keyof paths]: K extends `${Prefix}${infer P}` ? P : never }[keyof paths];
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Op<P extends ApiPath, M extends Method> = paths[`${Prefix}${P}`][M];
/** A response without a body (a DELETE's 200) is void. */
type Json<C> = C extends { content: { 'application/json': infer J } } ? J : void;
type Success<R> = R extends { 200: infer S } ? S : R extends { 201: infer S } ? S : never;

/** The JSON a successful `M P` answers. */
export type Reply<P extends ApiPath, M extends Method = 'get'> = Op<P, M> extends { responses: infer R } ? Json<Success<R>> : never;

/** The JSON body `M P` takes. */
export type Body<P extends ApiPath, M extends Method> = Op<P, M> extends { requestBody?: { content: { 'application/json': infer J } } } ? J : never;

/** The query string `M P` reads. */
export type Query<P extends ApiPath, M extends Method = 'get'> = Op<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** One row of a list reply (`{ items: [...] }`). */
export type Item<P extends ApiPath, M extends Method = 'get'> = Reply<P, M> extends { items: (infer I)[] } ? I : never;

/**
 * A client-ordered list of every value of a contract enum `T`: the compiler refuses one that misses
 * a value or names one the server does not know, so a select's options follow the server.
 * `enumList<PartnerType>()(['a', 'b'])`.
 */
export const enumList =
  <T extends string | number>() =>
  <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : { missing: Exclude<T, L[number]> })): L =>
    list;
