import { createHash } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { getIntrospectionQuery } from 'graphql';
import { SignJWT } from 'jose';
import { issueToken } from '../kit/auth';
import { DEFAULT_LIMITS } from '../gateway/server';
import { CART_PAGE_QUERY, type CartPage } from './support/queries';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * Bad input: 1,000 generated operations — malformed, oversized, type-confused, abusive — thrown at
 * the gateway over loopback HTTP, 8 at a time, as guests, admins, customers and bearers of bad
 * tokens. Each must get a JSON answer below 500 whose errors all carry a code, within a time limit;
 * afterwards every server is alive, the data is intact and the heap is back near its baseline.
 * The cases come from a seeded generator, so a failure names a case that the next run repeats.
 *
 * Memory: the whole supergraph runs in this jest process, so `heapUsed` after a forced full GC
 * covers the gateway and every subgraph (PGlite's WebAssembly memory is outside the JS heap). Jest
 * does not pass --expose-gc, so `collectGarbage` turns it on in the running process, as jest's own
 * leak detector does, instead of moving the run to a child process. The bound is generous because
 * Apollo keeps LRU caches of distinct documents and query plans (~30 MB after these cases); sending
 * the same 1,000 cases again adds under 2 MB, so what remains is the caches, not a leak.
 *
 * FUZZ_REPORT=1 prints the mix of cases, the statuses and codes seen, the heap and the slowest cases.
 */

const CASES = 1000;
const CONCURRENCY = 8;
const SEED = 0x5eed_f022;
/** Client-side limit per request: above the gateway's own 10 s subgraph limit, so a hang is ours to see. */
const REQUEST_TIMEOUT_MS = 20_000;
const MAX_BODY_BYTES = 1024 * 1024;
/**
 * Largest answer accepted: the full introspection is ~0.5 MB; a bad request answered with more is an
 * amplification (an error quoting the request once per mistake grows with its square).
 */
const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;
/**
 * Codes that blame the product, not the request. Every subgraph is up during the run, so an
 * unavailable or late one was brought down by the input; a masked internal error ("Internal error in
 * the cart subgraph", also inside a workflow's WORKFLOW_FAILED) is a crash the input caused.
 */
const PRODUCT_FAILURE_CODES = new Set(['INTERNAL_SERVER_ERROR', 'SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_TIMEOUT']);
/** Heap growth allowed after a forced GC: Apollo's LRU caches (documents, query plans, persisted queries) are bounded but real. */
const HEAP_GROWTH_LIMIT_BYTES = 50 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// A seeded PRNG (mulberry32): the same seed gives the same 1,000 cases on every run.

class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  bytes(length: number): Buffer {
    const buffer = Buffer.alloc(length);
    for (let i = 0; i < length; i += 1) buffer[i] = Math.floor(this.next() * 256);
    return buffer;
  }

  /** Random characters from the whole BMP and beyond, control characters and lone surrogates included. */
  text(length: number): string {
    let text = '';
    for (let i = 0; i < length; i += 1) {
      const range = this.pick([0x20, 0x80, 0xd800, 0x10000, 0x1f600]);
      text +=
        range === 0x10000
          ? String.fromCodePoint(this.int(0x10000, 0x10ffff))
          : String.fromCharCode(this.int(range === 0x20 ? 0 : range, range + 0x7f));
    }
    return text;
  }

  word(length: number): string {
    let word = '';
    for (let i = 0; i < length; i += 1) word += 'abcdefghijklmnopqrstuvwxyz_0123456789'[this.int(0, i === 0 ? 26 : 36)];
    return word;
  }
}

// ---------------------------------------------------------------------------------------------
// What a case sends, and what the seeded store offers to aim at.

interface FuzzRequest {
  method: 'GET' | 'POST';
  /** For GET: the query string, without `?`. */
  search?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

interface FuzzCase extends FuzzRequest {
  kind: 'malformed' | 'oversized' | 'type-confused' | 'abusive';
  description: string;
}

/** Real records of the seeded store, so type-confused operations reach the subgraphs' resolvers and workflows. */
interface Fixture {
  /** The reference cart, read before and after the run: completed, so every cart mutation on it must be refused. */
  completedCartId: string;
  openCartIds: string[];
  variantId: string;
  productId: string;
  regionId: string;
  shippingOptionId: string;
  paymentCollectionId: string;
  orderId: string;
  customerId: string;
  promoCode: string;
}

interface Identity {
  name: string;
  authorization?: string;
}

/** JSON text to put into a body as it is: values nested too deep for JSON.stringify (which recurses). */
class RawJson {
  constructor(readonly text: string) {}
}

const RAW_MARK = '@@raw-json@@';

/** JSON.stringify, with each RawJson spliced in as its text. */
function json(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) =>
    item instanceof RawJson ? `${RAW_MARK}${raws.push(item.text) - 1}` : item,
  );
  return raws.length === 0
    ? text
    : text.replace(new RegExp(`"${RAW_MARK}(\\d+)"`, 'g'), (_match, index: string) => raws[Number(index)]);
}
const graphql = (query: string, variables?: unknown, operationName?: string): FuzzRequest => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: json({ query, variables, operationName }),
});
/**
 * The start of a text, as a new string: V8 may keep a slice as a view of its parent, and the failure
 * list and the timings must not hold a megabyte request or answer alive through the heap measurement.
 */
const short = (text: string, length = 80) =>
  Buffer.from(text.length > length ? `${text.slice(0, length)}… (${text.length} chars)` : text).toString();

// ---------------------------------------------------------------------------------------------
// Real operations of the API (gateway/api-schema.graphql), with the typed places their variables can be confused.

type Slot =
  | 'ID'
  | 'Int'
  | 'Take'
  | 'Skip'
  | 'Quantity'
  | 'Boolean'
  | 'String'
  | 'DateTime'
  | 'BigNumber'
  | 'JSON'
  | 'Enum'
  | 'Input'
  | 'IDList'
  | 'StringList'
  | 'CountryCode'
  | 'Currency';

interface RealOperation {
  name: string;
  text: string;
  valid(fixture: Fixture, random: Random): Record<string, unknown>;
  /** Paths into the variables (dots for nesting) and what GraphQL type lives there. */
  slots: [string, Slot][];
}

const ADDRESS = {
  first_name: 'Ada',
  last_name: 'Shopper',
  address_1: '1 Main St',
  city: 'Berlin',
  country_code: 'de',
  postal_code: '10115',
};

const REAL_OPERATIONS: RealOperation[] = [
  {
    name: 'CartPage',
    text: CART_PAGE_QUERY,
    valid: (f, r) => ({ id: r.pick([f.completedCartId, ...f.openCartIds]) }),
    slots: [['id', 'ID']],
  },
  {
    name: 'carts',
    text: `query Carts($filters: CartFilters, $pagination: Pagination, $with_deleted: Boolean) {
  carts(filters: $filters, pagination: $pagination, with_deleted: $with_deleted) { data { id email completed_at total } metadata { count skip take } }
}`,
    valid: (f) => ({
      filters: { region_id: [f.regionId], completed: false },
      pagination: { take: 5, skip: 0, order: '-created_at' },
    }),
    slots: [
      ['filters.id', 'IDList'],
      ['filters.customer_id', 'IDList'],
      ['filters.region_id', 'IDList'],
      ['filters.email', 'StringList'],
      ['filters.currency_code', 'StringList'],
      ['filters.completed', 'Boolean'],
      ['filters.created_at.gte', 'DateTime'],
      ['filters.completed_at.lt', 'DateTime'],
      ['filters', 'Input'],
      ['pagination.take', 'Take'],
      ['pagination.skip', 'Skip'],
      ['pagination.order', 'String'],
      ['pagination', 'Input'],
      ['with_deleted', 'Boolean'],
    ],
  },
  {
    name: 'products',
    text: `query Products($filters: ProductFilters, $pagination: Pagination) {
  products(filters: $filters, pagination: $pagination) { data { id title handle variants { id sku } } metadata { count } }
}`,
    valid: (f) => ({ filters: { id: [f.productId], status: ['published'] }, pagination: { take: 10 } }),
    slots: [
      ['filters.id', 'IDList'],
      ['filters.status', 'Enum'],
      ['filters.handle', 'StringList'],
      ['filters.q', 'String'],
      ['filters.is_giftcard', 'Boolean'],
      ['filters.updated_at.lte', 'DateTime'],
      ['filters.tag_id', 'IDList'],
      ['filters', 'Input'],
      ['pagination.take', 'Take'],
      ['pagination.skip', 'Skip'],
      ['pagination.order', 'String'],
    ],
  },
  {
    name: 'orders',
    text: `query Orders($filters: OrderFilters, $pagination: Pagination) {
  orders(filters: $filters, pagination: $pagination) { data { id display_id status total } metadata { count } }
}`,
    valid: (f) => ({ filters: { id: [f.orderId] }, pagination: { take: 3 } }),
    slots: [
      ['filters.id', 'IDList'],
      ['filters.status', 'Enum'],
      ['filters.display_id', 'Int'],
      ['filters.q', 'String'],
      ['filters.canceled_at.gt', 'DateTime'],
      ['pagination.take', 'Take'],
      ['pagination.skip', 'Skip'],
    ],
  },
  {
    name: 'payment_collections',
    text: `query PaymentCollections($filters: PaymentCollectionFilters, $pagination: Pagination) {
  payment_collections(filters: $filters, pagination: $pagination) { data { id amount status } }
}`,
    valid: () => ({ filters: { amount: { gte: '1.00' } }, pagination: { take: 3 } }),
    slots: [
      ['filters.amount.gte', 'BigNumber'],
      ['filters.amount.lt', 'BigNumber'],
      ['filters.amount.eq', 'BigNumber'],
      ['filters.status', 'Enum'],
      ['pagination.take', 'Take'],
    ],
  },
  {
    name: 'create_cart',
    text: `mutation CreateCart($input: CreateCartInput!) { create_cart(input: $input) { id total items { id quantity unit_price } } }`,
    valid: (f, r) => ({
      input: {
        region_id: f.regionId,
        email: `fuzz-${r.int(0, 1e6)}@example.com`,
        items: [{ variant_id: f.variantId, quantity: 1 }],
        shipping_address: ADDRESS,
      },
    }),
    slots: [
      ['input.region_id', 'ID'],
      ['input.sales_channel_id', 'ID'],
      ['input.email', 'String'],
      ['input.currency_code', 'Currency'],
      ['input.metadata', 'JSON'],
      ['input.items', 'Input'],
      ['input.items.0.variant_id', 'ID'],
      ['input.items.0.quantity', 'Quantity'],
      ['input.items.0.metadata', 'JSON'],
      ['input.shipping_address.country_code', 'CountryCode'],
      ['input.shipping_address', 'Input'],
      ['input.billing_address.first_name', 'String'],
      ['input.promo_codes', 'StringList'],
      ['input', 'Input'],
    ],
  },
  {
    name: 'add_line_item',
    text: `mutation AddLineItem($cart_id: ID!, $variant_id: ID!, $quantity: Int!, $metadata: JSON) {
  add_line_item(cart_id: $cart_id, variant_id: $variant_id, quantity: $quantity, metadata: $metadata) { id total items { id quantity } }
}`,
    valid: (f, r) => ({ cart_id: r.pick([f.completedCartId, ...f.openCartIds]), variant_id: f.variantId, quantity: 1 }),
    slots: [
      ['cart_id', 'ID'],
      ['variant_id', 'ID'],
      ['quantity', 'Quantity'],
      ['metadata', 'JSON'],
    ],
  },
  {
    name: 'update_line_item',
    text: `mutation UpdateLineItem($cart_id: ID!, $line_item_id: ID!, $quantity: Int!) {
  update_line_item(cart_id: $cart_id, line_item_id: $line_item_id, quantity: $quantity) { id total }
}`,
    valid: (f, r) => ({ cart_id: r.pick(f.openCartIds), line_item_id: 'cali_01KDVDNA00ZZZZZZZZZZZZZZZZ', quantity: 2 }),
    slots: [
      ['cart_id', 'ID'],
      ['line_item_id', 'ID'],
      ['quantity', 'Quantity'],
    ],
  },
  {
    name: 'update_cart',
    text: `mutation UpdateCart($cart_id: ID!, $input: UpdateCartInput!) { update_cart(cart_id: $cart_id, input: $input) { id email promotions { code } } }`,
    valid: (f, r) => ({ cart_id: r.pick([f.completedCartId, ...f.openCartIds]), input: { email: 'fuzz@example.com' } }),
    slots: [
      ['cart_id', 'ID'],
      ['input.email', 'String'],
      ['input.promo_codes', 'StringList'],
      ['input.metadata', 'JSON'],
      ['input.shipping_address', 'Input'],
      ['input.shipping_address.country_code', 'CountryCode'],
      ['input', 'Input'],
    ],
  },
  {
    name: 'add_promotions',
    text: `mutation AddPromotions($cart_id: ID!, $promo_codes: [String!]!) { add_promotions(cart_id: $cart_id, promo_codes: $promo_codes) { id discount_total } }`,
    valid: (f, r) => ({ cart_id: r.pick([f.completedCartId, ...f.openCartIds]), promo_codes: [f.promoCode] }),
    slots: [
      ['cart_id', 'ID'],
      ['promo_codes', 'StringList'],
    ],
  },
  {
    name: 'add_shipping_method',
    text: `mutation AddShippingMethod($cart_id: ID!, $option_id: ID!, $data: JSON) { add_shipping_method(cart_id: $cart_id, option_id: $option_id, data: $data) { id shipping_total } }`,
    valid: (f, r) => ({ cart_id: r.pick([f.completedCartId, ...f.openCartIds]), option_id: f.shippingOptionId }),
    slots: [
      ['cart_id', 'ID'],
      ['option_id', 'ID'],
      ['data', 'JSON'],
    ],
  },
  {
    name: 'create_payment_session',
    text: `mutation CreatePaymentSession($id: ID!, $provider: String) { create_payment_session(payment_collection_id: $id, provider_id: $provider) { id status } }`,
    valid: (f) => ({ id: f.paymentCollectionId, provider: 'pp_system_default' }),
    slots: [
      ['id', 'ID'],
      ['provider', 'String'],
    ],
  },
  {
    name: 'complete_cart',
    text: `mutation CompleteCart($cart_id: ID!) { complete_cart(cart_id: $cart_id) { order { id display_id total } } }`,
    valid: (f) => ({ cart_id: f.completedCartId }),
    slots: [['cart_id', 'ID']],
  },
  {
    name: 'cart_shipping_options',
    text: `query ShippingOptions($cart_id: ID!) { cart_shipping_options(cart_id: $cart_id) { shipping_option { id name } amount } }`,
    valid: (f, r) => ({ cart_id: r.pick([f.completedCartId, ...f.openCartIds]) }),
    slots: [['cart_id', 'ID']],
  },
  {
    name: 'create_links',
    text: `mutation CreateLinks($links: [LinkInput!]!) { create_links(links: $links) { id } }`,
    valid: (f) => ({ links: [{ order: { order_id: f.orderId }, cart: { cart_id: f.completedCartId } }] }),
    slots: [
      ['links.0.order.order_id', 'ID'],
      ['links.0.cart.cart_id', 'ID'],
      ['links.0.data', 'JSON'],
      ['links.0', 'Input'],
      ['links', 'Input'],
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Confused values, by the type they pretend to be.

const ULID_TAIL = '01KDVDNA00ZZZZZZZZZZZZZZZZ';

function deepJson(depth: number, shape: 'object' | 'array'): string {
  return shape === 'object'
    ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
    : `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

/** A value that is wrong for `slot`; some are wrong only in meaning (they pass GraphQL coercion and reach a subgraph). */
function confusedValue(slot: Slot, random: Random, fixture: Fixture): unknown {
  const anyWrong = () =>
    random.pick<unknown>([
      {},
      [],
      [[]],
      true,
      false,
      0,
      -1,
      1.5,
      2 ** 53 + 2,
      -(2 ** 63),
      1e308,
      'NaN',
      'Infinity',
      '-0',
      '',
      ' ',
      '\u0000',
      'null',
      { id: fixture.completedCartId },
      [fixture.completedCartId, 1],
      random.text(random.int(1, 40)),
    ]);
  switch (slot) {
    case 'ID':
      return random.pick<unknown>([
        `cart_${random.word(random.int(0, 30))}`,
        `cart_${random.text(26)}`,
        `cart_${ULID_TAIL.toLowerCase()}`,
        `cart_${ULID_TAIL.replace(/Z/g, 'U')}`,
        `cart_${ULID_TAIL}X`,
        `order_${ULID_TAIL}`,
        `variant_${ULID_TAIL}`,
        `promo_${ULID_TAIL}`,
        `pay_col_${ULID_TAIL}`,
        'cart_',
        fixture.orderId,
        fixture.variantId,
        fixture.completedCartId.slice(0, -1),
        `${fixture.completedCartId}\u0000`,
        `${fixture.completedCartId}'; drop table cart.cart; --`,
        2 ** 53 + 1,
        12345,
        -7,
        1e21,
        { id: fixture.completedCartId },
        [fixture.completedCartId],
        null,
        'x'.repeat(random.int(1000, 100_000)),
        `cart_${'😀'.repeat(26)}`,
        '\ud800\udc00\ud800',
        anyWrong(),
      ]);
    case 'Int':
    case 'Take':
    case 'Skip':
    case 'Quantity':
      return random.pick<unknown>([
        '12',
        'abc',
        '0x10',
        1.5,
        2 ** 31,
        2 ** 53,
        2 ** 53 + 2,
        -(2 ** 31) - 1,
        1e300,
        'NaN',
        'Infinity',
        '-Infinity',
        true,
        [],
        [3],
        {},
        null,
        -1,
        -(2 ** 31),
        0,
        2 ** 31 - 1,
        201,
        1_000_000,
        -1000,
        anyWrong(),
      ]);
    case 'Boolean':
      return random.pick<unknown>(['true', 'false', 1, 0, 'yes', [], [true], {}, null, 'NaN', anyWrong()]);
    case 'String':
    case 'CountryCode':
    case 'Currency':
      return random.pick<unknown>([
        12,
        1.5,
        true,
        {},
        ['a'],
        null,
        '\u0000',
        `a\u0000b`,
        'x'.repeat(random.int(10_000, 200_000)),
        random.text(random.int(1, 200)),
        '\ud800',
        '%s%s%n',
        "'; select pg_sleep(10); --",
        '${process.exit()}',
        '__proto__',
        '-created_at,;drop',
        'ZZ',
        'Germany',
        'EURO',
        '€',
        '',
        '-created_at,-created_at,-created_at,id,nope',
        random.word(random.int(1, 64)),
        anyWrong(),
      ]);
    case 'DateTime':
      return random.pick<unknown>([
        'not a date',
        '2026-02-30',
        '2026-13-01T00:00:00Z',
        '2026-01-01T25:61:00Z',
        '+275760-09-13T00:00:00Z',
        '0000-01-01T00:00:00Z',
        '-000001-01-01T00:00:00Z',
        '2026-01-01T00:00:00+99:99',
        '1',
        '',
        1e20,
        0,
        -1,
        {},
        [],
        'Infinity',
        '2026-01-01T00:00:00.1234567890Z',
        anyWrong(),
      ]);
    case 'BigNumber':
      return random.pick<unknown>([
        '1e5',
        'abc',
        'NaN',
        'Infinity',
        '-Infinity',
        '9'.repeat(40),
        `0.${'1'.repeat(30)}`,
        '1.2.3',
        '--1',
        '0x1F',
        ' 1',
        '1 ',
        '',
        Infinity,
        -1e308,
        2 ** 53 + 2,
        {},
        [],
        true,
        '१२३',
        anyWrong(),
      ]);
    case 'Enum':
      return random.pick<unknown>([
        'shipped_to_mars',
        'PUBLISHED',
        'Published',
        '',
        5,
        null,
        [null],
        ['published', 'nope'],
        { status: 'published' },
        anyWrong(),
      ]);
    case 'JSON':
      return random.pick<unknown>([
        { deep: new RawJson(deepJson(random.int(50, 2000), 'object')) },
        new RawJson(deepJson(random.int(10_000, 150_000), random.pick(['object', 'array'] as const))),
        new RawJson(deepJson(random.int(50, 2000), 'array')),
        { 'key\u0000': 1 },
        { nested: { value: 'a\u0000b' } },
        JSON.parse('{"__proto__": {"admin": true}, "constructor": {"prototype": {}}}') as unknown,
        Object.fromEntries(Array.from({ length: random.int(100, 5000) }, (_, i) => [`k${i}`, i])),
        '\ud800',
        1e308,
        'x'.repeat(random.int(1000, 300_000)),
        [null, true, 1.5, 'a', { b: [] }],
        anyWrong(),
      ]);
    case 'IDList':
      return random.pick<unknown>([
        fixture.completedCartId,
        [null],
        [fixture.completedCartId, null],
        [[fixture.completedCartId]],
        [{}],
        [1, 2, 3],
        Array.from({ length: random.int(1000, 20_000) }, (_, i) => `cart_${String(i).padStart(26, '0')}`),
        [`order_${ULID_TAIL}`],
        [''],
        anyWrong(),
      ]);
    case 'StringList':
      return random.pick<unknown>([
        'single',
        [null],
        [1],
        [{}],
        [['a']],
        ['\u0000'],
        Array.from({ length: random.int(1000, 20_000) }, (_, i) => `CODE${i}`),
        ['x'.repeat(100_000)],
        [],
        anyWrong(),
      ]);
    case 'Input':
      return random.pick<unknown>([
        'an input',
        5,
        [],
        [{}],
        { bogus_field: 1 },
        JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
        { id: { eq: 1 } },
        null,
        [null],
        Object.fromEntries(Array.from({ length: random.int(100, 3000) }, (_, i) => [`unknown_${i}`, i])),
        anyWrong(),
      ]);
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = target;
  for (let i = 0; i < keys.length - 1; i += 1) {
    const next = node[keys[i]];
    if (next === null || typeof next !== 'object') node[keys[i]] = /^\d+$/.test(keys[i + 1]) ? [] : {};
    node = node[keys[i]] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

// ---------------------------------------------------------------------------------------------
// The generators, one per way of being wrong.

type CaseMaker = (random: Random, fixture: Fixture) => Omit<FuzzCase, 'kind'>;

const malformed: Record<string, CaseMaker> = {
  truncated(random) {
    const { name, text } = random.pick(REAL_OPERATIONS);
    const cut = random.int(1, text.length - 1);
    return { ...graphql(text.slice(0, cut)), description: `${name} truncated at ${cut}/${text.length}` };
  },
  unbalancedBraces(random) {
    const { name, text } = random.pick(REAL_OPERATIONS);
    const at = random.int(0, text.length);
    const braces = random.pick(['{', '}', '{{{', '}}}', '(', ')', '[', '"', '"""']).repeat(random.int(1, 50));
    return {
      ...graphql(text.slice(0, at) + braces + text.slice(at)),
      description: `${name} with ${short(braces, 12)} inserted at ${at}`,
    };
  },
  randomDocument(random) {
    const document = random.text(random.int(1, 2000));
    return { ...graphql(document), description: `random characters as the document (${document.length} chars)` };
  },
  randomBytesBody(random) {
    const body = random.bytes(random.int(1, 5000));
    return {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      description: `${body.length} random bytes as a JSON body`,
    };
  },
  invalidUtf8(random) {
    const bad = random.pick([
      [0xc3, 0x28],
      [0xff],
      [0xed, 0xa0, 0x80],
      [0xf0, 0x28, 0x8c, 0x28],
      [0xc0, 0xaf],
      [0xe2, 0x82],
    ]);
    const place = random.pick(['document', 'variable', 'key'] as const);
    const [before, after] =
      place === 'document'
        ? ['{"query":"{ cart(id: \\"cart_', '\\") { id } }"}']
        : place === 'variable'
          ? ['{"query":"query($id: ID!) { cart(id: $id) { id } }","variables":{"id":"cart_', '"}}']
          : ['{"query":"query($id: ID!) { cart(id: $id) { id } }","variables":{"', '":"x"}}'];
    const body = Buffer.concat([Buffer.from(before), Buffer.from(bad), Buffer.from(after)]);
    return {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      description: `invalid UTF-8 ${Buffer.from(bad).toString('hex')} in the ${place}`,
    };
  },
  nulBytes(random, fixture) {
    const variant = random.int(0, 3);
    if (variant === 0)
      return {
        ...graphql(`{ cart(id: "${fixture.completedCartId}") { id\u0000 email } }`),
        description: 'a NUL byte inside the document',
      };
    if (variant === 1)
      return {
        ...graphql('query($e: [String!]) { carts(filters: { email: $e }) { data { id } } }', { e: ['a\u0000b'] }),
        description: 'a NUL byte in a filter value',
      };
    if (variant === 2) {
      const body = Buffer.from(`{"query":"{ __typename }"\u0000}`);
      return {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        description: 'a raw NUL byte in the JSON body',
      };
    }
    return {
      ...graphql('mutation($input: CreateCartInput!) { create_cart(input: $input) { id } }', {
        input: { email: 'a\u0000@example.com', metadata: { 'k\u0000': 'v' } },
      }),
      description: 'NUL bytes in create_cart input',
    };
  },
  hugeBody(random) {
    const target = MAX_BODY_BYTES + random.pick([-200, -1, 0, 1, 100, 4096, 3 * MAX_BODY_BYTES]);
    const where = random.pick(['variable', 'literal', 'padding'] as const);
    const skeleton =
      where === 'variable'
        ? json({ query: 'query($id: ID!) { cart(id: $id) { id } }', variables: { id: '' } })
        : where === 'literal'
          ? json({ query: '{ cart(id: "") { id } }' })
          : json({ query: '{ __typename }', extensions: { padding: '' } });
    const fill = 'x'.repeat(Math.max(0, target - Buffer.byteLength(skeleton)));
    const body =
      where === 'variable'
        ? json({ query: 'query($id: ID!) { cart(id: $id) { id } }', variables: { id: fill } })
        : where === 'literal'
          ? json({ query: `{ cart(id: "${fill}") { id } }` })
          : json({ query: '{ __typename }', extensions: { padding: fill } });
    return {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      description: `a ${Buffer.byteLength(body)}-byte body (limit ${MAX_BODY_BYTES}), the bulk in a ${where}`,
    };
  },
  malformedJson(random) {
    const body = random.pick([
      '{',
      '[',
      '{"query": "{ cart',
      '{"query": 123}',
      '{"query": null}',
      '{"query": ["{ __typename }"]}',
      '{"query": {"kind": "Document"}}',
      '{"query": "{ __typename }", "variables": "notjson"}',
      '{"query": "{ __typename }", "variables": [1, 2]}',
      '{"query": "{ __typename }", "variables": 7}',
      '{"query": "{ __typename }", "operationName": 5}',
      '{"query": "{ __typename }", "extensions": "x"}',
      '{"query": "{ __typename }", "extensions": {"persistedQuery": 1}}',
      'null',
      '"{ __typename }"',
      '123',
      'true',
      '{"query": "{ __typename }",}',
      '\ufeff{"query": "{ __typename }"}',
      '{"query": "{ __typename }" /* c */}',
      '{"query": "{ __typename }", "query": "{ cart }"}',
      "{'query': '{ __typename }'}",
      '{"query": "\\x41"}',
      '{"query": "\\ud800"}',
      '{}',
      '{"variables": {}}',
      '{"__proto__": {"query": "{ __typename }"}}',
      `{"query": "{ __typename }", "variables": ${deepJson(random.int(1000, 100_000), 'object')}}`,
    ]);
    return {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      description: `malformed JSON body ${short(body, 60)}`,
    };
  },
  wrongContentType(random) {
    const contentType = random.pick([
      'text/plain',
      'text/plain; charset=utf-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/graphql',
      'application/xml',
      'application/json; charset=latin1',
      'application/jsonx',
      'text/json',
      'application/graphql-response+json',
      '*/*',
      'application/octet-stream',
      '',
    ]);
    const body = random.pick([
      json({ query: '{ __typename }' }),
      '{ __typename }',
      'query=%7B__typename%7D',
      '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--',
    ]);
    const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
    if (random.chance(0.5)) headers['apollo-require-preflight'] = 'true';
    return {
      method: 'POST',
      headers,
      body: Buffer.from(body),
      description: `content-type "${contentType}" with body ${short(body, 40)}`,
    };
  },
  badGet(random, fixture) {
    const search = random.pick([
      'query=%7B',
      'query=',
      '',
      'query=%ZZ',
      'query=%7B__typename%7D&variables=notjson',
      `query=${encodeURIComponent('query($id: ID!) { cart(id: $id) { id } }')}&variables=${encodeURIComponent('{"id":5}')}`,
      `query=${encodeURIComponent(`mutation { complete_cart(cart_id: "${fixture.completedCartId}") { order { id } } }`)}`,
      'query=%7B__typename%7D&query=%7Bcarts%7Bdata%7Bid%7D%7D%7D',
      'query[]=a&query[]=b',
      `extensions=${encodeURIComponent('{"persistedQuery":{"version":1,"sha256Hash":"abc"}}')}`,
      `extensions=${encodeURIComponent('{"persistedQuery":{"version":1,"sha256Hash":"' + 'f'.repeat(64) + '"}}')}`,
      'query=%7B__typename%7D&extensions=%7B',
      'operationName=%00',
      `query=${encodeURIComponent('{ __typename }')}&variables=${encodeURIComponent(deepJson(5000, 'array'))}`,
      `query=${'%7B'.repeat(2000)}`,
      'query=%F0%28%8C%28',
      '&&&===&&',
    ]);
    const headers: Record<string, string> = random.chance(0.7) ? { 'apollo-require-preflight': 'true' } : {};
    return {
      method: 'GET',
      search,
      headers,
      description: `GET ?${short(search, 60)}${headers['apollo-require-preflight'] ? '' : ' without a preflight header'}`,
    };
  },
  batched(random) {
    const count = random.pick([0, 1, 2, 10, 1000]);
    const body = json(Array.from({ length: count }, () => ({ query: '{ __typename }' })));
    return {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      description: `a batch of ${count} operations (batching is off)`,
    };
  },
  oversizedHeaders(random) {
    const size = random.pick([17 * 1024, 64 * 1024]);
    const name = random.pick(['cookie', 'x-padding', 'authorization']);
    return {
      ...graphql('{ __typename }'),
      headers: { 'content-type': 'application/json', [name]: `Bearer ${'a'.repeat(size)}` },
      description: `a ${size}-byte ${name} header (Node's limit: 16 KiB)`,
    };
  },
  oddHeaders(random, fixture) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const [name, value] = random.pick<[string, string]>([
      ['accept', 'application/graphql-response+json'],
      ['accept', 'multipart/mixed'],
      ['accept', 'text/plain'],
      ['accept', 'application/xml'],
      ['accept', 'text/html'],
      ['accept', '*/*;q=0'],
      ['content-encoding', 'gzip'],
      ['x-request-id', 'x'.repeat(5000)],
      ['x-request-id', '../../etc/passwd\r'],
      ['x-actor-type', 'system'],
      ['x-actor-id', 'user_forged'],
      ['x-subgraph-secret', 'guess'],
      ['apollo-require-preflight', 'false'],
      ['x-apollo-operation-name', 'Op\tName'],
    ]);
    headers[name] = value;
    if (name === 'x-actor-type') headers['x-actor-id'] = 'user_forged';
    const request = random.chance(0.5)
      ? graphql('{ carts { data { id } } }')
      : graphql(CART_PAGE_QUERY, { id: fixture.completedCartId });
    return { ...request, headers, description: `header ${name}: ${short(JSON.stringify(value), 30)}` };
  },
  emptyBody(random) {
    const body = random.pick([
      '',
      ' ',
      '\n\t ',
      '{}',
      '{"query": ""}',
      '{"query": "   "}',
      '{"query": "# only a comment"}',
    ]);
    return {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      description: `empty body ${JSON.stringify(body)}`,
    };
  },
};

const oversized: Record<string, CaseMaker> = {
  longFieldName(random) {
    const name = random.word(random.int(1000, 200_000));
    const place = random.pick(['field', 'alias', 'argument', 'variable', 'operation name', 'type condition'] as const);
    const document = {
      field: `{ ${name} }`,
      alias: `{ ${name}: __typename }`,
      argument: `{ cart(${name}: "x") { id } }`,
      variable: `query($${name}: ID!) { cart(id: $${name}) { id } }`,
      'operation name': `query ${name} { __typename }`,
      'type condition': `{ ... on ${name} { __typename } }`,
    }[place];
    return {
      ...graphql(document, place === 'variable' ? { [name]: 'cart_x' } : undefined),
      description: `a ${name.length}-character ${place}`,
    };
  },
  manyAliases(random, fixture) {
    const count = random.pick([31, 100, 1000, 3000, 10_000]);
    const field = random.pick([
      '__typename',
      `cart(id: "${fixture.completedCartId}") { id }`,
      'regions { data { id } }',
    ]);
    const document = `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    return { ...graphql(document), description: `${count} aliases of ${short(field, 30)}` };
  },
  deepSelection(random, fixture) {
    const depth = random.int(50, 400);
    const variant = random.int(0, 3);
    if (variant === 0) {
      const open = Array.from({ length: depth }, (_, i) => (i % 2 === 0 ? 'order {' : 'cart {')).join(' ');
      return {
        ...graphql(`{ cart(id: "${fixture.completedCartId}") { ${open} id ${'}'.repeat(depth)} } }`),
        description: `cart.order.cart… ${depth} levels deep`,
      };
    }
    if (variant === 1)
      return {
        ...graphql(`{ ${'... on Query { '.repeat(depth)}__typename ${'}'.repeat(depth)} }`),
        description: `${depth} nested inline fragments`,
      };
    if (variant === 2)
      return {
        ...graphql(`{ ${'a { '.repeat(depth)}b ${'}'.repeat(depth)} }`),
        description: `unknown fields ${depth} levels deep`,
      };
    return {
      ...graphql(`{ carts(filters: ${'{ id: '.repeat(depth)}"x"${' }'.repeat(depth)}) { data { id } } }`),
      description: `an input object literal ${depth} levels deep`,
    };
  },
  deepListLiteral(random) {
    const depth = random.int(100, 2000);
    return {
      ...graphql(`{ carts(filters: { id: ${'['.repeat(depth)}"x"${']'.repeat(depth)} }) { data { id } } }`),
      description: `a list literal ${depth} levels deep`,
    };
  },
  manyVariables(random, fixture) {
    const variant = random.int(0, 2);
    if (variant === 0) {
      const count = random.pick([100, 1000, 3000]);
      const definitions = Array.from({ length: count }, (_, i) => `$v${i}: Int`).join(', ');
      return { ...graphql(`query(${definitions}) { __typename }`), description: `${count} declared variables` };
    }
    if (variant === 1) {
      const count = random.pick([10_000, 50_000]);
      const variables = Object.fromEntries(Array.from({ length: count }, (_, i) => [`v${i}`, i]));
      return {
        ...graphql('query($id: ID!) { cart(id: $id) { id } }', { ...variables, id: fixture.completedCartId }),
        description: `${count} undeclared variables sent`,
      };
    }
    const count = random.pick([5000, 30_000]);
    return {
      ...graphql('query($ids: [ID!]) { carts(filters: { id: $ids }) { data { id } } }', {
        ids: Array.from({ length: count }, () => fixture.completedCartId),
      }),
      description: `a list variable of ${count} ids (as admin: a real filter)`,
    };
  },
  manyDirectives(random) {
    const count = random.pick([51, 200, 1000]);
    const directive = random.pick([
      '@include(if: true)',
      '@skip(if: false)',
      '@deprecated',
      '@unknown',
      '@include(if: true) @include(if: true)',
    ]);
    return {
      ...graphql(`{ __typename ${directive.concat(' ').repeat(count)} }`),
      description: `${count}× ${directive} on one field`,
    };
  },
  manyFragments(random, fixture) {
    const count = random.pick([50, 300, 1500]);
    const fragments = Array.from({ length: count }, (_, i) => `fragment F${i} on Cart { id }`).join('\n');
    const spreads = Array.from({ length: count }, (_, i) => `...F${i}`).join(' ');
    return {
      ...graphql(`{ cart(id: "${fixture.completedCartId}") { ${spreads} } }\n${fragments}`),
      description: `${count} fragments spread into one cart`,
    };
  },
  fragmentCycle(random, fixture) {
    const length = random.pick([1, 2, 3, 100]);
    const fragments = Array.from(
      { length },
      (_, i) => `fragment C${i} on Cart { id order { cart { ...C${(i + 1) % length} } } }`,
    ).join('\n');
    const used = random.chance(0.8);
    const operation = used ? `{ cart(id: "${fixture.completedCartId}") { ...C0 } }` : `{ __typename }`;
    return {
      ...graphql(`${operation}\n${fragments}`),
      description: `a fragment cycle of ${length}${used ? '' : ', unused'}`,
    };
  },
};

function realCase(random: Random, fixture: Fixture, confusions: number): Omit<FuzzCase, 'kind'> {
  const operation = random.pick(REAL_OPERATIONS);
  const variables = operation.valid(fixture, random);
  const changed: string[] = [];
  for (let i = 0; i < confusions; i += 1) {
    const [path, slot] = random.pick(operation.slots);
    const value = confusedValue(slot, random, fixture);
    setPath(variables, path, value);
    changed.push(`${path}=${short(json(value) ?? String(value), 50)}`);
  }
  if (random.chance(0.15)) {
    const extra = random.pick([
      'filters.unknown_field',
      'input.planet',
      'pagination.limit',
      'input.items.0.price',
      'bogus',
    ]);
    setPath(variables, extra, random.pick([1, 'x', {}, null]));
    changed.push(`${extra} (unknown input field)`);
  }
  return { ...graphql(operation.text, variables), description: `${operation.name} with ${changed.join(', ')}` };
}

const typeConfused: Record<string, CaseMaker> = {
  oneWrongVariable: (random, fixture) => realCase(random, fixture, 1),
  severalWrongVariables: (random, fixture) => realCase(random, fixture, random.int(2, 4)),
  wrongLiteral(random, fixture) {
    const literal = random.pick([
      `cart(id: 12345)`,
      `cart(id: ["${fixture.completedCartId}"])`,
      `cart(id: { id: "x" })`,
      `cart(id: null)`,
      `cart(id: "${fixture.completedCartId}", with_deleted: "yes")`,
      `carts(pagination: { take: -1 })`,
      `carts(pagination: { take: 9007199254740993 })`,
      `carts(pagination: { skip: -5 })`,
      `carts(pagination: { take: 1e3 })`,
      `carts(filters: { created_at: { gte: "tomorrow" } })`,
      `carts(filters: { created_at: { gte: 17 } })`,
      `carts(filters: { unknown: 1 })`,
      `orders(filters: { status: [shipped_to_mars] })`,
      `orders(filters: { status: ["pending"] })`,
      `products(filters: { status: [PUBLISHED] })`,
      `payment_collections(filters: { amount: { gte: "1e5" } })`,
      `payment_collections(filters: { amount: { gte: 1e400 } })`,
      `payment_collections(filters: { amount: { gte: true } })`,
      `payment_collections(filters: { amount: { lt: ${'9'.repeat(400)} } })`,
      `cart(id: "${fixture.completedCartId}", with_deleted: 1e400)`,
      `carts(pagination: { order: "-created_at;drop table cart.cart" })`,
      `carts(pagination: { order: "${'x,'.repeat(2000)}" })`,
      `country(iso_2: "${'\\u0000'}")`,
    ]);
    if (random.chance(0.15)) {
      // Literals in a JSON argument reach the query planner, which must print them again for the subgraph.
      const metadata = random.pick([
        '{ big: 1e400 }',
        `{ big: ${'9'.repeat(400)} }`,
        '{ list: [1e400, -1e400] }',
        '{ nested: { deeper: { value: 1e999 } } }',
        '{ ok: 1.5e300 }',
      ]);
      const document = `mutation { add_line_item(cart_id: "${random.pick(fixture.openCartIds)}", variant_id: "${fixture.variantId}", quantity: 1, metadata: ${metadata}) { id } }`;
      return { ...graphql(document), description: `add_line_item with the metadata literal ${metadata}` };
    }
    const selection =
      literal.startsWith('cart(') || literal.startsWith('country(') ? '{ __typename }' : '{ data { __typename } }';
    return { ...graphql(`{ ${literal} ${selection} }`), description: `literal ${short(literal, 70)}` };
  },
};

const abusive: Record<string, CaseMaker> = {
  tooDeep(random, fixture) {
    const depth = DEFAULT_LIMITS.maxDepth + random.int(1, 8);
    const open = Array.from({ length: depth }, (_, i) => (i % 2 === 0 ? 'order {' : 'cart {')).join(' ');
    return {
      ...graphql(`{ cart(id: "${fixture.completedCartId}") { ${open} id ${'}'.repeat(depth)} } }`),
      description: `a real selection ${depth + 1} deep (limit ${DEFAULT_LIMITS.maxDepth})`,
    };
  },
  tooManyAliases(random, fixture) {
    const count = DEFAULT_LIMITS.maxAliases + random.int(1, 200);
    const document = `{ ${Array.from({ length: count }, (_, i) => `c${i}: cart(id: "${fixture.completedCartId}") { id items { id } }`).join(' ')} }`;
    return { ...graphql(document), description: `${count} aliased cart queries (limit ${DEFAULT_LIMITS.maxAliases})` };
  },
  tooCostly(random) {
    // Within the depth, alias and token limits; only the cost (the schema's declarations) is over.
    if (random.chance(0.5)) {
      const aliases = random.int(25, DEFAULT_LIMITS.maxAliases);
      const chain = `carts(pagination: { take: 200 }) { data { id email total items { id title quantity unit_price total variant { id sku title
        product { id title handle variants { id sku title product { id title handle variants { id sku title prices { id amount currency_code created_at updated_at variant_id variant { id sku product { id title handle } } } } } } } } } } }`;
      return {
        ...graphql(`{ ${Array.from({ length: aliases }, (_, i) => `c${i}: ${chain}`).join(' ')} }`),
        description: `${aliases} aliased 12-deep fan-outs over every cart (limit cost ${DEFAULT_LIMITS.maxCost})`,
      };
    }
    const spreads = random.int(300, 1000);
    const fragment =
      'fragment Everything on Cart { id email currency_code total subtotal tax_total discount_total item_total shipping_total items { id title quantity unit_price total product { id title } variant { id sku } } }';
    return {
      ...graphql(`{ carts(pagination: { take: 200 }) { data { ${'...Everything '.repeat(spreads)}} } }\n${fragment}`),
      description: `one fragment spread ${spreads} times over every cart (limit cost ${DEFAULT_LIMITS.maxCost})`,
    };
  },
  tooManyTokens(random) {
    const count = DEFAULT_LIMITS.maxTokens + random.int(1, 20_000);
    return {
      ...graphql(`{ ${'__typename '.repeat(count)}}`),
      description: `${count + 2} tokens (limit ${DEFAULT_LIMITS.maxTokens})`,
    };
  },
  tooManyDirectives(random) {
    const count = DEFAULT_LIMITS.maxDirectives + random.int(1, 100);
    return {
      ...graphql(`{ __typename ${'@include(if: true) '.repeat(count)}}`),
      description: `${count} directives (limit ${DEFAULT_LIMITS.maxDirectives})`,
    };
  },
  introspection(random) {
    const document = random.pick([
      getIntrospectionQuery(),
      getIntrospectionQuery({
        descriptions: true,
        inputValueDeprecation: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
      }),
      '{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }',
      `{ ${Array.from({ length: 25 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ')} }`,
      `{ ${Array.from({ length: 25 }, (_, i) => `t${i}: __type(name: "Cart") { fields { name args { name } } }`).join(' ')} }`,
      '{ __type(name: "NoSuchType") { name } }',
      '{ __type(name: 7) { name } }',
      '{ __typename __schema { queryType { name } } }',
    ]);
    return { ...graphql(document), description: `introspection ${short(document.replace(/\s+/g, ' '), 60)}` };
  },
  wrongOperation(random, fixture) {
    const document = random.pick([
      `subscription { cart(id: "${fixture.completedCartId}") { id } }`,
      'query A { __typename } query B { __typename }',
      'query A { __typename } query A { __typename }',
      `mutation { cart(id: "${fixture.completedCartId}") { id } }`,
      '{ carts { data { id } } }',
      '{ customers { data { id email } } }',
      `mutation { delete_links(records: { cart: { cart_id: ["${fixture.openCartIds[0]}"] } }) { __typename } }`,
      'fragment F on Cart { id }',
      'type Query { x: Int }',
      'schema { query: Query }',
      'extend type Cart { hacked: Int }',
      '{ _entities(representations: [{ __typename: "Cart", id: "x" }]) { __typename } }',
      '{ _service { sdl } }',
      `{ cart(id: "${fixture.completedCartId}") { id ... on Order { id } } }`,
    ]);
    return {
      ...graphql(document, undefined, random.chance(0.3) ? random.pick(['A', 'Missing', '']) : undefined),
      description: `operation ${short(document, 70)}`,
    };
  },
  apq(random) {
    const query = `{ __typename a${random.int(0, 1e9)}: __typename }`;
    const hash = createHash('sha256').update(query).digest('hex');
    const variant = random.int(0, 2);
    const extensions = {
      persistedQuery: { version: variant === 2 ? 99 : 1, sha256Hash: variant === 1 ? 'f'.repeat(64) : hash },
    };
    return {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: json({ query, extensions }),
      description:
        variant === 0
          ? 'an APQ registration'
          : variant === 1
            ? 'an APQ registration with the wrong hash'
            : 'an APQ of an unknown version',
    };
  },
};

const GENERATORS: { kind: FuzzCase['kind']; name: string; weight: number; generate: CaseMaker }[] = [
  ...Object.entries(malformed).map(([name, generate]) => ({ kind: 'malformed' as const, name, weight: 3, generate })),
  ...Object.entries(oversized).map(([name, generate]) => ({ kind: 'oversized' as const, name, weight: 3, generate })),
  ...Object.entries(typeConfused).map(([name, generate]) => ({
    kind: 'type-confused' as const,
    name,
    weight: name === 'wrongLiteral' ? 4 : 10,
    generate,
  })),
  ...Object.entries(abusive).map(([name, generate]) => ({ kind: 'abusive' as const, name, weight: 3, generate })),
];

/** The cases, made one at a time as the senders ask (so no more than eight big bodies are alive at once). */
function* fuzzCases(fixture: Fixture, identities: Identity[]): Generator<FuzzCase & { identity: string }> {
  const random = new Random(SEED);
  const totalWeight = GENERATORS.reduce((sum, generator) => sum + generator.weight, 0);
  for (let i = 0; i < CASES; i += 1) {
    let roll = random.next() * totalWeight;
    const generator =
      GENERATORS.find((candidate) => (roll -= candidate.weight) < 0) ?? GENERATORS[GENERATORS.length - 1];
    const made = generator.generate(random, fixture);
    const identity = random.chance(0.8) ? random.pick(identities.slice(0, 2)) : random.pick(identities.slice(2));
    const headers = {
      ...made.headers,
      ...(identity.authorization === undefined ? {} : { authorization: identity.authorization }),
    };
    yield {
      ...made,
      headers,
      kind: generator.kind,
      identity: identity.name,
      description: `#${i} ${generator.kind}/${generator.name}: ${made.description}`,
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Sending, and what every answer must be.

interface Outcome {
  failure?: string;
  status?: number;
  codes: string[];
  /** Errors that say the product failed, not the request: bad input must never cause one. */
  productFailures?: string[];
}

/** Bytes go as they are, with no content-type added by fetch. */
function bodyOf(fuzzCase: FuzzCase): string | ArrayBuffer | undefined {
  const { body } = fuzzCase;
  if (body === undefined || typeof body === 'string') return body;
  return body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer;
}

async function send(gatewayUrl: string, fuzzCase: FuzzCase): Promise<Outcome> {
  const url = fuzzCase.method === 'GET' ? `${gatewayUrl}?${fuzzCase.search ?? ''}` : gatewayUrl;
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: fuzzCase.method,
      headers: fuzzCase.headers,
      body: bodyOf(fuzzCase),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    text = await response.text();
  } catch (error) {
    const reason =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${REQUEST_TIMEOUT_MS} ms`
        : `request failed: ${(error as Error).message}`;
    return { failure: reason, codes: [] };
  }
  const status = response.status;
  if (Buffer.byteLength(text) > MAX_RESPONSE_BYTES)
    return {
      failure: `HTTP ${status} with a ${Buffer.byteLength(text)}-byte answer: ${short(text, 200)}`,
      status,
      codes: [],
    };
  if (status >= 500) return { failure: `HTTP ${status}: ${short(text, 300)}`, status, codes: [] };
  if (!/json/i.test(response.headers.get('content-type') ?? ''))
    return {
      failure: `HTTP ${status} with content-type ${response.headers.get('content-type')}: ${short(text, 200)}`,
      status,
      codes: [],
    };
  let body: { data?: unknown; errors?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return { failure: `HTTP ${status}, body is not JSON: ${short(text, 200)}`, status, codes: [] };
  }
  if (body === null || typeof body !== 'object' || !('data' in body || 'errors' in body))
    return { failure: `HTTP ${status}, not a GraphQL response: ${short(text, 200)}`, status, codes: [] };
  if (body.errors === undefined) return { status, codes: [] };
  if (!Array.isArray(body.errors) || body.errors.length === 0)
    return { failure: `HTTP ${status}, errors is not a non-empty list: ${short(text, 200)}`, status, codes: [] };
  const codes: string[] = [];
  for (const error of body.errors as { message?: unknown; extensions?: { code?: unknown } }[]) {
    const code = error?.extensions?.code;
    if (typeof code !== 'string' || typeof error.message !== 'string')
      return {
        failure: `HTTP ${status}, an error without a code: ${short(JSON.stringify(error), 300)}`,
        status,
        codes,
      };
    codes.push(code);
  }
  const productFailures = (body.errors as { message: string; extensions: { code: string } }[])
    .filter((error) => PRODUCT_FAILURE_CODES.has(error.extensions.code) || error.message.includes('Internal error'))
    .map((error) => `${error.extensions.code}: ${short(error.message, 200)}`);
  return { status, codes, productFailures };
}

/** A forced, full garbage collection. Jest does not pass --expose-gc; Node lets a running process turn it on (as jest's own leak detector does). */
function collectGarbage(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

async function settledHeap(gc: () => void): Promise<number> {
  // Several rounds: finalizers and closed sockets free more on the next pass.
  for (let round = 0; round < 4; round += 1) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

// ---------------------------------------------------------------------------------------------

let supergraph: TestSupergraph;
let fixture: Fixture;
let identities: Identity[];
let referencePage: CartPage;

beforeAll(async () => {
  supergraph = await startTestSupergraph(8);
  const { data } = await supergraph.query<{
    carts: {
      data: {
        id: string;
        completed_at: string | null;
        customer_id: string | null;
        payment_collection: { id: string } | null;
        order: { id: string } | null;
      }[];
    };
    products: { data: { id: string; variants: { id: string }[] }[] };
    regions: { data: { id: string; name: string }[] };
    shipping_options: { data: { id: string }[] };
    promotions: { data: { code: string }[] };
  }>(`{
    carts(pagination: { take: 8 }) { data { id completed_at customer_id payment_collection { id } order { id } } }
    products(pagination: { take: 1 }) { data { id variants { id } } }
    regions { data { id name } }
    shipping_options { data { id } }
    promotions { data { code } }
  }`);
  const carts = data!.carts.data;
  const completed = carts.find((cart) => cart.order !== null)!;
  fixture = {
    completedCartId: completed.id,
    openCartIds: carts.filter((cart) => cart.completed_at === null).map((cart) => cart.id),
    variantId: data!.products.data[0].variants[0].id,
    productId: data!.products.data[0].id,
    regionId: data!.regions.data.find((region) => region.name === 'Europe')!.id,
    shippingOptionId: data!.shipping_options.data[0].id,
    paymentCollectionId: carts.find((cart) => cart.payment_collection !== null && cart.order === null)!
      .payment_collection!.id,
    orderId: completed.order!.id,
    customerId: completed.customer_id!,
    promoCode: data!.promotions.data[0].code,
  };
  const now = Math.floor(Date.now() / 1000);
  const secret = new TextEncoder().encode(supergraph.jwtSecret);
  const unsigned = (payload: object) =>
    `${Buffer.from(json({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(json(payload)).toString('base64url')}.`;
  // The first two take 80% of the cases (so most reach the subgraphs), the rest share 20%.
  identities = [
    { name: 'guest' },
    { name: 'admin', authorization: `Bearer ${supergraph.adminToken}` },
    {
      name: 'customer',
      authorization: `Bearer ${await supergraph.tokenFor({ actor_type: 'customer', actor_id: fixture.customerId })}`,
    },
    {
      name: 'wrong signature',
      authorization: `Bearer ${await issueToken({ actor_type: 'user', actor_id: 'user_intruder' }, 'another secret entirely')}`,
    },
    {
      name: 'expired token',
      authorization: `Bearer ${await new SignJWT({ actor_type: 'user', actor_id: 'user_old' })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuedAt(now - 7200)
        .setExpirationTime(now - 3600)
        .sign(secret)}`,
    },
    {
      name: 'token without an actor',
      authorization: `Bearer ${await new SignJWT({ actor_type: 'root', actor_id: 7 })
        .setProtectedHeader({ alg: 'HS256' })
        .setExpirationTime(now + 3600)
        .sign(secret)}`,
    },
    {
      name: 'alg none',
      authorization: `Bearer ${unsigned({ actor_type: 'user', actor_id: 'user_forged', exp: now + 3600 })}`,
    },
    { name: 'garbage', authorization: 'Bearer not.a.jwt' },
    { name: 'basic auth', authorization: 'Basic dXNlcjpwYXNz' },
    { name: 'empty bearer', authorization: 'Bearer ' },
    { name: 'long garbage', authorization: `Bearer ${'A'.repeat(8000)}` },
  ];
  referencePage = (await supergraph.query<{ cart: CartPage }>(CART_PAGE_QUERY, { id: fixture.completedCartId })).data!
    .cart;
});
afterAll(() => supergraph?.stop());

describe('bad input at the gateway (fuzz)', () => {
  it('answers 1,000 malformed, oversized, type-confused and abusive operations with coded errors, never a 5xx or a hang', async () => {
    const gc = collectGarbage();
    // Warm up (the first requests compile plans and fill caches that stay), then take the baseline.
    for (let i = 0; i < 3; i += 1) await supergraph.query(CART_PAGE_QUERY, { id: fixture.completedCartId });
    const baseline = await settledHeap(gc);

    const cpuBefore = process.cpuUsage();
    const wallBefore = performance.now();
    const cases = fuzzCases(fixture, identities);
    const failures: string[] = [];
    const timings: [number, string][] = [];
    const mix: Record<string, number> = {};
    const statuses: Record<string, number> = {};
    const codes: Record<string, number> = {};
    const sender = async () => {
      for (let next = cases.next(); !next.done; next = cases.next()) {
        const fuzzCase = next.value;
        mix[fuzzCase.kind] = (mix[fuzzCase.kind] ?? 0) + 1;
        const started = performance.now();
        const outcome = await send(supergraph.gatewayUrl, fuzzCase);
        timings.push([performance.now() - started, fuzzCase.description]);
        if (outcome.status !== undefined) statuses[outcome.status] = (statuses[outcome.status] ?? 0) + 1;
        for (const code of outcome.codes) codes[code] = (codes[code] ?? 0) + 1;
        if (outcome.failure) failures.push(`${fuzzCase.description} [${fuzzCase.identity}] → ${outcome.failure}`);
        else if (outcome.productFailures?.length)
          failures.push(
            `${fuzzCase.description} [${fuzzCase.identity}] → HTTP ${outcome.status}, ${outcome.productFailures.join(' | ')}`,
          );
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, sender));
    const cpu = process.cpuUsage(cpuBefore);
    const runtime = {
      wallMs: Math.round(performance.now() - wallBefore),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    };

    // Afterwards: every server alive, the data intact, the heap back near where it was.
    const health = await Promise.all(
      [supergraph.gatewayUrl, ...supergraph.subgraphs.map((subgraph) => subgraph.url)].map(
        async (url) => [url, (await fetch(new URL('/health', url))).status] as const,
      ),
    );
    const after = await supergraph.query<{ cart: CartPage }>(CART_PAGE_QUERY, { id: fixture.completedCartId });
    const heapGrowth = (await settledHeap(gc)) - baseline;
    if (process.env.FUZZ_REPORT) {
      const slowest = timings
        .sort((a, b) => b[0] - a[0])
        .slice(0, 10)
        .map(([ms, what]) => `${Math.round(ms)} ms ${short(what, 150)}`);
      const heap = { baselineMB: Math.round(baseline / 1e6), growthMB: Math.round(heapGrowth / 1e5) / 10 };
      process.stdout.write(`${JSON.stringify({ runtime, mix, statuses, codes, heap, slowest }, null, 1)}\n`);
    }

    expect(failures).toEqual([]);
    expect(Object.values(mix).reduce((sum, count) => sum + count, 0)).toBe(CASES);
    // Every kind of bad input was really sent, and most of it was refused with the code that says why.
    for (const kind of ['malformed', 'oversized', 'type-confused', 'abusive']) expect(mix[kind]).toBeGreaterThan(100);
    expect(codes.BAD_USER_INPUT).toBeGreaterThan(50);
    expect(codes.GRAPHQL_PARSE_FAILED).toBeGreaterThan(50);
    expect(codes.GRAPHQL_VALIDATION_FAILED).toBeGreaterThan(50);

    expect(health.filter(([, status]) => status !== 200)).toEqual([]);
    expect(after).toEqual({ status: 200, data: { cart: referencePage } });
    expect(referencePage.order?.cart?.id).toBe(fixture.completedCartId);
    expect({
      heapGrowthMB: Math.round(heapGrowth / 1e5) / 10,
      withinLimit: heapGrowth < HEAP_GROWTH_LIMIT_BYTES,
    }).toMatchObject({ withinLimit: true });
  });
});
