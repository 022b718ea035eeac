import { hash, verify, Algorithm } from '@node-rs/argon2';
import { z } from 'zod';

// OWASP's argon2id minimum: 19 MiB, 2 iterations, 1 lane.
const options = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, options);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Hash of a random password: lets unknown emails cost as much time as known ones. */
let dummy: Promise<string> | undefined;
export const dummyHash = () => (dummy ??= hashPassword(crypto.randomUUID()));

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
/** A new password, wherever one is set (setup, profile, administration). */
export const passwordField = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);

/** A readable random password for demo and reset: 4 groups of 5 letters/digits. */
export function randomPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
  return chars.match(/.{5}/g)!.join('-');
}
