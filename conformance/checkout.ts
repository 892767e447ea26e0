/**
 * One generated checkout through Medusa's store API and through the supergraph's storefront GraphQL,
 * with the same steps, each read back as a flat snapshot: a path (lines paired by variant, shipping
 * methods by option, adjustments by code, tax lines by code) → the value as the API gave it.
 */
import type { Pool } from 'pg';
import type { Checkout } from './generator';
import { MedusaError, type MedusaServer } from './medusa';
import { OursError, type OursClient } from './ours';
import type { SideStore } from './seed';

export type Value = string | number | boolean | null;
export type Snapshot = Map<string, Value>;

/** Totals read on a cart and an order (both APIs name them alike). */
export const CART_TOTALS = [
  'total',
  'subtotal',
  'tax_total',
  'discount_total',
  'discount_tax_total',
  'original_total',
  'original_tax_total',
  'item_total',
  'item_subtotal',
  'item_tax_total',
  'original_item_total',
  'shipping_total',
  'shipping_subtotal',
  'shipping_tax_total',
  'shipping_discount_total',
  'original_shipping_total',
] as const;
export const LINE_TOTALS = [
  'unit_price',
  'quantity',
  'is_tax_inclusive',
  'subtotal',
  'total',
  'tax_total',
  'discount_total',
  'original_total',
] as const;
export const SHIPPING_TOTALS = [
  'amount',
  'is_tax_inclusive',
  'subtotal',
  'total',
  'tax_total',
  'discount_total',
  'original_total',
] as const;

interface Adjustment {
  code: string | null;
  amount: Value;
  promotion_id?: string | null;
}
interface TaxLine {
  code: string | null;
  rate: Value;
}
interface Line {
  variant_id: string | null;
  adjustments?: Adjustment[] | null;
  tax_lines?: TaxLine[] | null;
  [field: string]: unknown;
}
interface Method {
  shipping_option_id: string | null;
  adjustments?: Adjustment[] | null;
  tax_lines?: TaxLine[] | null;
  [field: string]: unknown;
}
interface CartLike {
  items: Line[];
  shipping_methods: Method[];
  [field: string]: unknown;
}

/** Reads a cart or an order into `snapshot` under `prefix`, pairing by the seeded keys. */
function record(
  snapshot: Snapshot,
  prefix: string,
  cart: CartLike,
  keyOf: Map<string, string>,
  promotionCode: Map<string, string>,
) {
  const put = (path: string, value: unknown) => snapshot.set(`${prefix}.${path}`, (value ?? null) as Value);
  for (const field of CART_TOTALS) put(field, cart[field]);
  const children = (
    path: string,
    adjustments: Adjustment[] | null | undefined,
    taxLines: TaxLine[] | null | undefined,
  ) => {
    const seen = new Map<string, number>();
    const unique = (key: string) => {
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      return n === 1 ? key : `${key}#${n}`;
    };
    for (const adjustment of adjustments ?? []) {
      const code =
        adjustment.code ?? (adjustment.promotion_id ? promotionCode.get(adjustment.promotion_id) : null) ?? '?';
      put(`${path}.adjustment[${unique(code)}].amount`, adjustment.amount);
    }
    put(`${path}.adjustments`, (adjustments ?? []).length);
    for (const taxLine of taxLines ?? []) put(`${path}.tax_line[${unique(taxLine.code ?? '?')}].rate`, taxLine.rate);
    put(`${path}.tax_lines`, (taxLines ?? []).length);
  };
  const lineKeys = new Map<string, number>();
  for (const line of cart.items) {
    let key = keyOf.get(line.variant_id ?? '') ?? `unknown:${line.variant_id}`;
    const n = (lineKeys.get(key) ?? 0) + 1;
    lineKeys.set(key, n);
    if (n > 1) key = `${key}#${n}`;
    for (const field of LINE_TOTALS) put(`item[${key}].${field}`, line[field]);
    children(`item[${key}]`, line.adjustments, line.tax_lines);
  }
  put('items', cart.items.length);
  for (const method of cart.shipping_methods) {
    const key = keyOf.get(method.shipping_option_id ?? '') ?? `unknown:${method.shipping_option_id}`;
    for (const field of SHIPPING_TOTALS) put(`shipping[${key}].${field}`, method[field]);
    children(`shipping[${key}]`, method.adjustments, method.tax_lines);
  }
  put('shipping_methods', cart.shipping_methods.length);
}

export interface SideContext {
  store: SideStore;
  /** This side's id → the seeded key (variant:…, option:…), to pair lines and methods. */
  keyOf: Map<string, string>;
  /** This side's promotion id → code. */
  promotionCode: Map<string, string>;
  db: Pool;
}

export function contextOf(store: SideStore, promotionCode: Map<string, string>, db: Pool): SideContext {
  const keyOf = new Map<string, string>();
  for (const [ref, id] of store.ids) keyOf.set(id, ref.replace(/^[a-z-]+:/, ''));
  return { store, keyOf, promotionCode, db };
}

const address = (checkout: Checkout) => ({
  first_name: 'Conf',
  last_name: `Shopper ${checkout.index}`,
  address_1: '1 Main St',
  city: 'Town',
  country_code: checkout.country,
  postal_code: '10115',
});
const emailOf = (checkout: Checkout) =>
  checkout.customer ? `${checkout.customer}@conformance.test` : `guest${checkout.index}@conformance.test`;
const idOf = (side: SideContext, ref: string) => side.store.ids.get(ref)!;

/** A step's refusal, recorded (and compared) instead of failing the checkout: a code Medusa refuses must be refused by ours too. */
async function step(snapshot: Snapshot, name: string, work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work();
    snapshot.set(`step.${name}`, 'ok');
    return true;
  } catch (error) {
    if (error instanceof MedusaError) snapshot.set(`step.${name}`, `refused: ${error.body.message ?? error.status}`);
    else if (error instanceof OursError) snapshot.set(`step.${name}`, `refused: ${error.errors[0].message}`);
    else throw error;
    return false;
  }
}

/** Whether to complete the cart; `ids` receives the cart's id and, once completed, the order's. */
export interface CheckoutOptions {
  complete: boolean;
  ids?: { cart?: string; order?: string };
}

const ORDER_FIELDS =
  'id,*items,*items.adjustments,*items.tax_lines,*shipping_methods,*shipping_methods.adjustments,*shipping_methods.tax_lines,' +
  CART_TOTALS.map((field) => `+${field}`).join(',') +
  ',*payment_collections';

export async function checkoutOnMedusa(
  medusa: MedusaServer,
  side: SideContext,
  checkout: Checkout,
  options: CheckoutOptions = { complete: true },
): Promise<Snapshot> {
  const snapshot: Snapshot = new Map();
  const token = checkout.customer ? side.store.customers.get(checkout.customer)!.token : undefined;
  const store = medusa.store(token);
  const { cart } = await store.post<{ cart: { id: string } }>('/store/carts', {
    region_id: idOf(side, `region:${checkout.region}`),
    sales_channel_id: side.store.salesChannel,
    email: emailOf(checkout),
    shipping_address: address(checkout),
    items: checkout.items.map((item) => ({
      variant_id: idOf(side, `variant:${item.variant}`),
      quantity: item.quantity,
    })),
  });
  if (options.ids) options.ids.cart = cart.id;
  for (const item of checkout.added) {
    await step(snapshot, `add ${item.variant}`, () =>
      store.post(`/store/carts/${cart.id}/line-items`, {
        variant_id: idOf(side, `variant:${item.variant}`),
        quantity: item.quantity,
      }),
    );
  }
  for (const code of checkout.codes) {
    await step(snapshot, `code ${code}`, () =>
      store.post(`/store/carts/${cart.id}/promotions`, { promo_codes: [code] }),
    );
  }
  await step(snapshot, 'shipping', () =>
    store.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: idOf(side, `option:${checkout.shipping}`) }),
  );
  const { payment_collection } = await store.post<{ payment_collection: { id: string; amount: number } }>(
    '/store/payment-collections',
    {
      cart_id: cart.id,
    },
  );
  snapshot.set('payment_collection.amount', payment_collection.amount);
  await store.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: 'pp_system_default',
  });
  const read = await store.get<{ cart: CartLike }>(
    `/store/carts/${cart.id}?fields=${ORDER_FIELDS.replace(',*payment_collections', '')}`,
  );
  record(snapshot, 'cart', read.cart, side.keyOf, side.promotionCode);
  if (!options.complete) return snapshot;
  let orderId: string | undefined;
  await step(snapshot, 'complete', async () => {
    const completed = await store.post<{ type: string; order?: { id: string }; error?: { message: string } }>(
      `/store/carts/${cart.id}/complete`,
    );
    if (completed.type !== 'order' || !completed.order)
      throw new MedusaError(400, { message: completed.error?.message ?? completed.type }, 'complete');
    orderId = completed.order.id;
  });
  if (options.ids) options.ids.order = orderId;
  if (orderId) {
    const { order } = await medusa.admin.get<{ order: CartLike & { payment_collections: { amount: number }[] } }>(
      `/admin/orders/${orderId}?fields=${ORDER_FIELDS}`,
    );
    record(snapshot, 'order', order, side.keyOf, side.promotionCode);
    snapshot.set('order.payment_collections', order.payment_collections.length);
    snapshot.set('order.payment_collection.amount', order.payment_collections[0]?.amount ?? null);
    await links(snapshot, side, orderId, cart.id, {
      cart: 'select cart_id as id from order_cart where order_id = $1 and deleted_at is null',
      promotion: 'select promotion_id as id from order_promotion where order_id = $1 and deleted_at is null',
      payment:
        'select payment_collection_id as id from order_payment_collection where order_id = $1 and deleted_at is null',
    });
  }
  return snapshot;
}

/** The link rows of an order: its cart (the checkout's), its promotions (by code), its payment collections (how many). */
async function links(
  snapshot: Snapshot,
  side: SideContext,
  orderId: string,
  cartId: string,
  sql: { cart: string; promotion: string; payment: string },
) {
  const rows = async (text: string) => (await side.db.query<{ id: string }>(text, [orderId])).rows.map((row) => row.id);
  snapshot.set(
    'link.order_cart',
    (await rows(sql.cart)).map((id) => (id === cartId ? 'the checkout cart' : id)).join(','),
  );
  snapshot.set(
    'link.order_promotion',
    (await rows(sql.promotion))
      .map((id) => side.promotionCode.get(id) ?? id)
      .sort()
      .join(','),
  );
  snapshot.set('link.order_payment_collection', (await rows(sql.payment)).length);
}

const totalsSelection = (fields: readonly string[]) => fields.join(' ');
const CART_SELECTION = `${totalsSelection(CART_TOTALS)}
  items { variant_id ${totalsSelection(LINE_TOTALS)} adjustments { code amount promotion_id } tax_lines { code rate } }
  shipping_methods { shipping_option_id ${totalsSelection(SHIPPING_TOTALS)} adjustments { code amount promotion_id } tax_lines { code rate } }`;

export async function checkoutOnOurs(
  ours: OursClient,
  side: SideContext,
  checkout: Checkout,
  options: CheckoutOptions = { complete: true },
): Promise<Snapshot> {
  const snapshot: Snapshot = new Map();
  const token = checkout.customer ? side.store.customers.get(checkout.customer)!.token : null;
  const q = <Data>(text: string, variables: Record<string, unknown>) => ours.query<Data>(text, variables, token);
  const { create_cart } = await q<{ create_cart: { id: string } }>(
    'mutation($input: CreateCartInput!) { create_cart(input: $input) { id } }',
    {
      input: {
        region_id: idOf(side, `region:${checkout.region}`),
        sales_channel_id: side.store.salesChannel,
        email: emailOf(checkout),
        shipping_address: address(checkout),
        items: checkout.items.map((item) => ({
          variant_id: idOf(side, `variant:${item.variant}`),
          quantity: item.quantity,
        })),
      },
    },
  );
  const cart = create_cart.id;
  if (options.ids) options.ids.cart = cart;
  for (const item of checkout.added) {
    await step(snapshot, `add ${item.variant}`, () =>
      q(
        'mutation($cart: ID!, $variant: ID!, $quantity: Int!) { add_line_item(cart_id: $cart, variant_id: $variant, quantity: $quantity) { id } }',
        {
          cart,
          variant: idOf(side, `variant:${item.variant}`),
          quantity: item.quantity,
        },
      ),
    );
  }
  for (const code of checkout.codes) {
    await step(snapshot, `code ${code}`, () =>
      q('mutation($cart: ID!, $codes: [String!]!) { add_promotions(cart_id: $cart, promo_codes: $codes) { id } }', {
        cart,
        codes: [code],
      }),
    );
  }
  await step(snapshot, 'shipping', () =>
    q('mutation($cart: ID!, $option: ID!) { add_shipping_method(cart_id: $cart, option_id: $option) { id } }', {
      cart,
      option: idOf(side, `option:${checkout.shipping}`),
    }),
  );
  const { create_payment_collection } = await q<{ create_payment_collection: { id: string; amount: string } }>(
    'mutation($cart: ID!) { create_payment_collection(cart_id: $cart) { id amount } }',
    { cart },
  );
  snapshot.set('payment_collection.amount', create_payment_collection.amount);
  await q('mutation($id: ID!) { create_payment_session(payment_collection_id: $id) { id } }', {
    id: create_payment_collection.id,
  });
  const read = await q<{ cart: CartLike }>(`query($cart: ID!) { cart(id: $cart) { ${CART_SELECTION} } }`, { cart });
  record(snapshot, 'cart', read.cart, side.keyOf, side.promotionCode);
  if (!options.complete) return snapshot;
  let orderId: string | undefined;
  await step(snapshot, 'complete', async () => {
    const { complete_cart } = await q<{ complete_cart: { order: { id: string } } }>(
      'mutation($cart: ID!) { complete_cart(cart_id: $cart) { order { id } } }',
      { cart },
    );
    orderId = complete_cart.order.id;
  });
  if (options.ids) options.ids.order = orderId;
  if (orderId) {
    const { order } = await ours.query<{ order: CartLike & { payment_collections: { amount: string }[] } }>(
      `query($id: ID!) { order(id: $id) { ${CART_SELECTION} payment_collections { amount } } }`,
      { id: orderId },
    );
    record(snapshot, 'order', order, side.keyOf, side.promotionCode);
    snapshot.set('order.payment_collections', order.payment_collections.length);
    snapshot.set('order.payment_collection.amount', order.payment_collections[0]?.amount ?? null);
    await links(snapshot, side, orderId, cart, {
      cart: 'select cart_id as id from link.order_cart where order_id = $1 and deleted_at is null',
      promotion: 'select promotion_id as id from link.order_promotion where order_id = $1 and deleted_at is null',
      payment:
        'select payment_collection_id as id from link.order_payment_collection where order_id = $1 and deleted_at is null',
    });
  }
  return snapshot;
}
