import { GraphQLError } from 'graphql';
import { badUserInput, ErrorCode } from './errors';
import { assertId, generateId } from './ids';

/** Checks every write operation makes on its input before it reaches SQL, and the errors they give. */

export function notFound(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NotFound, ...details } });
}

export function notAllowed(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_ALLOWED', ...details } });
}

/** PostgreSQL text and jsonb cannot hold NUL: say where it is instead of failing in the database. */
export function assertNoNul(value: unknown, argument: string): void {
  if (typeof value === 'string') {
    if (value.includes('\0')) throw badUserInput(`${argument} must not contain a NUL character`, { argument });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => assertNoNul(item, `${argument}[${index}]`));
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      assertNoNul(key, argument);
      assertNoNul(item, `${argument}.${key}`);
    }
  }
}

/** jsonb values travel as JSON text, so a JSON string is stored as a string, not parsed as JSON. */
export function json(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

export function assertNotNegative(amount: string, argument: string): void {
  if (amount.startsWith('-') && /[1-9]/.test(amount)) throw badUserInput(`${argument} must be 0 or more, got ${amount}`, { argument });
}

export function optionalId(value: string | null | undefined, prefix: string, argument: string): string | null {
  return value === undefined || value === null ? null : assertId(value, prefix, argument);
}

export function currencyCode(value: string, argument: string): string {
  if (!/^[A-Za-z]{3}$/.test(value)) throw badUserInput(`${argument} must be a 3-letter ISO 4217 code, got "${value.slice(0, 16)}"`, { argument });
  return value.toLowerCase();
}

/** Ids for rows made together: each one a millisecond later, so they sort in the order given. */
export function idMaker(): (prefix: string) => string {
  const start = Date.now();
  let n = 0;
  return (prefix) => generateId(prefix, start + n++);
}
