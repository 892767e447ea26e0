import { createHash } from 'node:crypto';
import { badUserInput } from './errors';

/**
 * Page cursors: where a page ends, as the sort values of one of its rows. A cursor is base64url
 * JSON of `{ l, o, v }`: `l` names the list (8 characters of a hash of where its rows come from,
 * so a cursor of the carts is refused by the orders), `o` is the sort order it was made for
 * (`-created_at,id`), `v` the row's values of those fields, as text, its key last. Nothing else:
 * a cursor tells what the page's own rows showed, no more.
 *
 * A cursor is a position, not a permission: each page is read with the list's own filters and
 * access rules, so a hand-made cursor that fits the list can only start the page elsewhere.
 */

/** The sort values of one row, in the page's order, its key last; null where the row has none. */
export type CursorValues = readonly (string | null)[];

export type CursorArgument = 'pagination.after' | 'pagination.before';

/** Longest cursor accepted: a few sort values and an id take far less. */
export const MAX_CURSOR_LENGTH = 2048;

const fingerprints = new Map<string, string>();

/** The list a cursor belongs to, from the SQL its rows come from (a table, or a parenthesized select). */
export function listFingerprint(source: string): string {
  let fingerprint = fingerprints.get(source);
  if (!fingerprint) {
    fingerprint = createHash('sha256').update(source).digest('base64url').slice(0, 8);
    fingerprints.set(source, fingerprint);
  }
  return fingerprint;
}

export function encodeCursor(list: string, order: string, values: CursorValues): string {
  return Buffer.from(JSON.stringify({ l: list, o: order, v: values })).toString('base64url');
}

export interface DecodedCursor {
  /** The fingerprint of the list it was made by: the SQL that reads the page compares it with its own. */
  list: string;
  values: CursorValues;
}

// A UTF-16 surrogate without its other half: PostgreSQL text cannot hold it (nor NUL).
const NOT_TEXT = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Reads a cursor given as `argument` for a page sorted by `order` (Medusa's syntax, completed by
 * the key). `notNull[i]` says the i-th sort field never holds null. Anything that is not a cursor
 * of this order is BAD_USER_INPUT naming the argument.
 */
export function decodeCursor(
  text: string,
  argument: CursorArgument,
  order: string,
  notNull: readonly boolean[],
): DecodedCursor {
  const malformed = () =>
    badUserInput(
      `${argument} is not a cursor: pass a metadata.next_cursor or metadata.previous_cursor as the list returned it`,
      { argument },
    );
  if (text.length === 0 || text.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text)) throw malformed();
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw malformed();
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw malformed();
  const { l: list, o: cursorOrder, v: values } = payload as Record<string, unknown>;
  if (typeof list !== 'string' || typeof cursorOrder !== 'string' || !Array.isArray(values)) throw malformed();
  if (cursorOrder !== order) {
    throw badUserInput(
      `${argument} was made for pagination.order "${cursorOrder.slice(0, 200)}", and this page is sorted by "${order}": keep the order while paging, or start again without a cursor`,
      { argument },
    );
  }
  const fits =
    values.length === notNull.length &&
    values.every((value, index) =>
      value === null ? !notNull[index] : typeof value === 'string' && !NOT_TEXT.test(value),
    );
  if (!fits)
    throw badUserInput(
      `${argument} does not fit this list: pass a metadata.next_cursor or metadata.previous_cursor as the list returned it`,
      { argument },
    );
  return { list, values: values as CursorValues };
}
