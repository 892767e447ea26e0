import { createHash, randomBytes } from 'node:crypto';
import { badUserInput } from './errors';

// Crockford's base32, as ULIDs use it.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ULID_PATTERN = '[0-7][0-9A-HJKMNP-TV-Z]{25}';

/** A ULID: 48 bits of milliseconds, then 80 bits of `entropy` (10 bytes). */
export function ulid(time: number, entropy: Uint8Array): string {
  let timePart = '';
  let remaining = time;
  for (let i = 0; i < 10; i += 1) {
    timePart = ALPHABET[remaining % 32] + timePart;
    remaining = Math.floor(remaining / 32);
  }
  let bits = 0n;
  for (const byte of entropy.subarray(0, 10)) bits = (bits << 8n) | BigInt(byte);
  let randomPart = '';
  for (let i = 0; i < 16; i += 1) {
    randomPart = ALPHABET[Number(bits & 31n)] + randomPart;
    bits >>= 5n;
  }
  return timePart + randomPart;
}

/** A new id as Medusa makes them: `<prefix>_<ULID>`, e.g. `cart_01JD…`. */
export function generateId(prefix: string, time = Date.now()): string {
  return `${prefix}_${ulid(time, randomBytes(10))}`;
}

/**
 * A stable id for demo data: the same `key` always gives the same id, and ids made with
 * increasing `time` sort in that order, as real ULIDs do.
 */
export function seededId(prefix: string, key: string, time: number): string {
  return `${prefix}_${ulid(time, createHash('sha256').update(key).digest())}`;
}

const patterns = new Map<string, RegExp>();
export function isId(value: string, prefix: string): boolean {
  let pattern = patterns.get(prefix);
  if (!pattern) {
    pattern = new RegExp(`^${prefix}_${ULID_PATTERN}$`);
    patterns.set(prefix, pattern);
  }
  return pattern.test(value);
}

/** Checks an id from a client; a malformed one is a BAD_USER_INPUT error naming the expected form. */
export function assertId(value: string, prefix: string, argument = 'id'): string {
  if (!isId(value, prefix)) {
    throw badUserInput(
      `Invalid ${argument} "${truncate(value)}": expected "${prefix}_" followed by a 26-character ULID`,
      { argument, expectedPrefix: `${prefix}_` },
    );
  }
  return value;
}

export function assertIds(
  values: readonly string[] | null | undefined,
  prefix: string,
  argument: string,
): string[] | undefined {
  return values?.map((value) => assertId(value, prefix, argument));
}

function truncate(value: string): string {
  return value.length > 64 ? `${value.slice(0, 61)}...` : value;
}
