import { badUserInput } from './errors';
import { assertId, generateId } from './ids';

/** Checks every write operation makes on its input before it reaches SQL, and the errors they give (built in kit/errors.ts). */

export { conflict, notAllowed, notFound } from './errors';

/** Deepest nesting of a written value (its JSON metadata included): far more than any real metadata needs. */
export const MAX_INPUT_DEPTH = 64;

// A UTF-16 surrogate without its other half: no Unicode character.
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * What PostgreSQL cannot store, refused with a path to it instead of failing in the database: a NUL
 * character (text and jsonb), an unpaired surrogate (jsonb refuses it; text would silently store
 * U+FFFD), and nesting deeper than MAX_INPUT_DEPTH. Walked without recursion, so a value nested a
 * million levels deep is refused as calmly as any other.
 */
export function assertNoNul(value: unknown, argument: string): void {
  const pending: [value: unknown, path: string, depth: number][] = [[value, argument, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, path, depth] = next;
    if (typeof item === 'string') {
      assertText(item, path);
    } else if (item !== null && typeof item === 'object' && !(item instanceof Date)) {
      if (depth >= MAX_INPUT_DEPTH)
        throw badUserInput(`${shortPath(path)} is nested more than ${MAX_INPUT_DEPTH} levels deep`, {
          argument: shortPath(path),
        });
      if (Array.isArray(item)) {
        item.forEach((element, index) => pending.push([element, `${path}[${index}]`, depth + 1]));
      } else {
        for (const [key, element] of Object.entries(item)) {
          assertText(key, path);
          pending.push([element, `${path}.${key}`, depth + 1]);
        }
      }
    }
  }
}

function assertText(text: string, path: string): void {
  if (text.includes('\0'))
    throw badUserInput(`${shortPath(path)} must not contain a NUL character`, { argument: shortPath(path) });
  if (UNPAIRED_SURROGATE.test(text))
    throw badUserInput(`${shortPath(path)} must be valid Unicode text`, { argument: shortPath(path) });
}

/** Paths name client keys, which may be long: error messages keep their start. */
function shortPath(path: string): string {
  return path.length > 200 ? `${path.slice(0, 197)}...` : path;
}

/** jsonb values travel as JSON text, so a JSON string is stored as a string, not parsed as JSON. */
export function json(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

export function assertNotNegative(amount: string, argument: string): void {
  if (amount.startsWith('-') && /[1-9]/.test(amount))
    throw badUserInput(`${argument} must be 0 or more, got ${amount}`, { argument });
}

export function optionalId(value: string | null | undefined, prefix: string, argument: string): string | null {
  return value === undefined || value === null ? null : assertId(value, prefix, argument);
}

export function currencyCode(value: string, argument: string): string {
  if (!/^[A-Za-z]{3}$/.test(value))
    throw badUserInput(`${argument} must be a 3-letter ISO 4217 code, got "${value.slice(0, 16)}"`, { argument });
  return value.toLowerCase();
}

/** Refuses a list that names one id twice (`argument` says which list). */
export function assertDistinct(ids: readonly string[], argument: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw badUserInput(`${argument} names ${id} twice`, { argument });
    seen.add(id);
  }
}

/** Ids for rows made together: each one a millisecond later, so they sort in the order given. */
export function idMaker(): (prefix: string) => string {
  const start = Date.now();
  let n = 0;
  return (prefix) => generateId(prefix, start + n++);
}
