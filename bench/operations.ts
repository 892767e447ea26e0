import { CART_PAGE_FIELDS, CART_PAGE_QUERY } from '../gateway/examples';
import { encodeCursor, listFingerprint } from '../kit/cursor';

/** The operations the benchmark loads a gateway with. */
export type OperationId = 'cart' | 'list' | 'cursor';
export const OPERATION_IDS: readonly OperationId[] = ['cart', 'list', 'cursor'];

export const LIST_PAGE_SIZE = 50;

const MAX_CART_BODIES = 100_000;

export const LIST_PAGE_QUERY = `query CartListPage($skip: Int!) {
  carts(pagination: { take: ${LIST_PAGE_SIZE}, skip: $skip }) {
    data {${CART_PAGE_FIELDS}
    }
    metadata { count }
  }
}`;

/** The same page read from a cursor, as a client paging on with `metadata.next_cursor` sends it; no count. */
export const CURSOR_PAGE_QUERY = `query CartCursorPage($after: String!) {
  carts(pagination: { take: ${LIST_PAGE_SIZE}, after: $after }) {
    data {${CART_PAGE_FIELDS}
    }
    metadata { next_cursor }
  }
}`;

/**
 * The `next_cursor` the carts list returns for a page that ends at this cart, in its default
 * order (`id`): the benchmark makes it as the list does, rather than walking a million carts.
 */
function cartCursor(cartId: string): string {
  return encodeCursor(listFingerprint('cart.cart'), 'id', [cartId]);
}

export interface Operation {
  id: OperationId;
  title: string;
  /** Request bodies, one per request, cycled through in order: every gateway gets the same sequence. */
  bodies: string[];
}

/**
 * The cart page by id, each request for another seeded cart (ids shuffled once, the same order
 * for every gateway; a sample of 100,000 when there are more), so no cache or request merging can answer for free; a 50-cart list
 * page at varied offsets over the whole table (with its count); and the same page after a cursor
 * at varied positions over the whole table (without the count). `cartIds` are in id order.
 */
export function buildOperations(cartIds: readonly string[]): Record<OperationId, Operation> {
  const random = seededRandom(8);
  const shuffled = [...cartIds];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const lastOffset = Math.max(0, cartIds.length - LIST_PAGE_SIZE);
  const offsets = Array.from({ length: 5000 }, () => Math.floor(random() * (lastOffset + 1)));
  // Each cursor page follows the cart at a random position.
  const positions = Array.from({ length: 5000 }, () => Math.floor(random() * (lastOffset + 1)));
  return {
    cart: {
      id: 'cart',
      title: 'Cart page by id (varied ids)',
      // A sample of at most MAX_CART_BODIES ids over the whole table: more than any run sends, without a body per cart of a million.
      bodies: shuffled
        .slice(0, MAX_CART_BODIES)
        .map((id) => JSON.stringify({ query: CART_PAGE_QUERY, variables: { id } })),
    },
    list: {
      id: 'list',
      title: `List page: ${LIST_PAGE_SIZE} carts, same selection (varied offsets)`,
      bodies: offsets.map((skip) => JSON.stringify({ query: LIST_PAGE_QUERY, variables: { skip } })),
    },
    cursor: {
      id: 'cursor',
      title: `Cursor page: the same ${LIST_PAGE_SIZE} carts, after a cursor (varied positions), no count`,
      bodies: positions.map((position) =>
        JSON.stringify({ query: CURSOR_PAGE_QUERY, variables: { after: cartCursor(cartIds[position]) } }),
      ),
    },
  };
}

/** A small deterministic generator (mulberry32), so every run sends the same sequence. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
