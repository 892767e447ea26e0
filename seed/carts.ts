import { seededId } from '../kit/ids';
import type { Model, NewRowOf, RowOf, TimestampColumns } from '../kit/model';
import { cartTotals } from '../kit/totals';
import type { models as cartModels } from '../subgraphs/cart/models';
import type { models as fulfillmentModels } from '../subgraphs/fulfillment/models';
import type { NewPivotRow } from '../subgraphs/link/store';
import type { models as orderModels } from '../subgraphs/order/models';
import type { models as paymentModels } from '../subgraphs/payment/models';
import {
  CATALOG_TIME,
  cities,
  countries,
  customerCount,
  demoCustomer,
  demoStockLocationId,
  fulfillmentProviders,
  products,
  promotions,
  regions,
  salesChannels,
  shippingOptions,
  type DemoVariant,
} from './catalog';

/** Carts are made one minute apart from this moment, in index order (so ids sort by index). */
export const CARTS_START = Date.UTC(2026, 0, 1);

/**
 * What cart number `index` looks like; every rule is a function of the index, so the demo is
 * the same on every run and tests can predict it:
 * - every 4th cart (0, 4, 8, …) is completed into an order with an authorized payment collection;
 * - every other cart has a shipping method (so every completed cart has one);
 * - carts 2, 6, 10, … have started checkout: a payment collection, no order;
 * - every 3rd cart (0, 3, 6, …) has a promotion applied to each item;
 * - every 5th cart from cart 4 (4, 9, 14, …) has a credit line (loyalty points) of 5.00;
 * - every other completed cart (0, 8, 16, …) has its order shipped: a fulfillment of all its items
 *   with a label, a day after the order; every other of those (0, 16, 32, …) is delivered too.
 */
export function cartPlan(index: number) {
  return {
    completed: index % 4 === 0,
    hasShippingMethod: index % 2 === 0,
    hasPaymentCollection: index % 2 === 0,
    promotion: index % 3 === 0 ? promotions[Math.floor(index / 3) % promotions.length] : undefined,
    itemCount: 1 + (index % 3),
    hasCreditLine: index % 5 === 4,
    fulfilled: index % 8 === 0,
    delivered: index % 16 === 0,
  };
}

/** A cart-module row with every column stated: the order copies these rows, and the totals read them. */
type Whole<M extends Model> = Omit<RowOf<M>, keyof TimestampColumns> & Partial<TimestampColumns>;
type CartRowOf<Table extends keyof typeof cartModels> = Whole<(typeof cartModels)[Table]>;

/** The cart module's rows of a batch, by table. */
export interface CartData {
  addresses: CartRowOf<'address'>[];
  carts: CartRowOf<'cart'>[];
  items: CartRowOf<'line_item'>[];
  adjustments: CartRowOf<'line_item_adjustment'>[];
  item_tax_lines: CartRowOf<'line_item_tax_line'>[];
  shipping_methods: CartRowOf<'shipping_method'>[];
  shipping_method_adjustments: CartRowOf<'shipping_method_adjustment'>[];
  shipping_method_tax_lines: CartRowOf<'shipping_method_tax_line'>[];
  credit_lines: CartRowOf<'credit_line'>[];
}

/** New rows of some of a module's tables (its models.ts), by table; each names its key, which other rows refer to. */
type NewRows<Models extends Record<string, Model>, Names extends keyof Models = keyof Models> = {
  [K in Names]: (NewRowOf<Models[K]> & Pick<RowOf<Models[K]>, Models[K]['key']>)[];
};

/** Rows of a module's tables with every column named: the fulfillment's rows are copied from them. */
type CompleteRows<Models extends Record<string, Model>> = {
  [K in keyof Models]: (Omit<RowOf<Models[K]>, keyof TimestampColumns> & Partial<TimestampColumns>)[];
};

export interface CartBatch {
  cart: CartData;
  order: CompleteRows<typeof orderModels>;
  payment: NewRows<
    typeof paymentModels,
    'payment_collection' | 'collection_provider' | 'payment_session' | 'payment' | 'capture'
  >;
  fulfillment: {
    fulfillment_addresses: NewRowOf<typeof fulfillmentModels.fulfillment_address>[];
    fulfillments: NewRowOf<typeof fulfillmentModels.fulfillment>[];
    fulfillment_items: NewRowOf<typeof fulfillmentModels.fulfillment_item>[];
    fulfillment_labels: NewRowOf<typeof fulfillmentModels.fulfillment_label>[];
  };
  /** Pivot rows by link table. */
  links: Record<string, NewPivotRow[]>;
}

const allVariants: DemoVariant[] = products.flatMap((product) => product.variants);
const productOf = new Map(products.flatMap((product) => product.variants.map((variant) => [variant.id, product])));

/** Money is kept in integer cents and written as exact decimals. */
export const decimal = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/**
 * The tax of a demo cart, by its shipping country, stored as tax lines (there is no tax provider):
 * VAT included in European and British prices, sales tax added on top in North America.
 */
export const TAXES: Record<string, { rate: number; code: string; description: string; inclusive: boolean }> = {
  de: { rate: 19, code: 'DE-VAT', description: 'Germany VAT', inclusive: true },
  fr: { rate: 20, code: 'FR-TVA', description: 'France TVA', inclusive: true },
  it: { rate: 22, code: 'IT-IVA', description: 'Italy IVA', inclusive: true },
  es: { rate: 21, code: 'ES-IVA', description: 'Spain IVA', inclusive: true },
  nl: { rate: 21, code: 'NL-BTW', description: 'Netherlands BTW', inclusive: true },
  dk: { rate: 25, code: 'DK-MOMS', description: 'Denmark moms', inclusive: true },
  se: { rate: 25, code: 'SE-MOMS', description: 'Sweden moms', inclusive: true },
  gb: { rate: 20, code: 'GB-VAT', description: 'United Kingdom VAT', inclusive: true },
  us: { rate: 8.875, code: 'US-NY', description: 'New York sales tax', inclusive: false },
  ca: { rate: 13, code: 'CA-ON-HST', description: 'Ontario HST', inclusive: false },
};
export const taxRateId = (countryCode: string) => seededId('txr', `catalog:tax_rate:${countryCode}`, CATALOG_TIME);

export function generateCarts(from: number, to: number, totalCarts: number): CartBatch {
  const batch: CartBatch = {
    cart: {
      addresses: [],
      carts: [],
      items: [],
      adjustments: [],
      item_tax_lines: [],
      shipping_methods: [],
      shipping_method_adjustments: [],
      shipping_method_tax_lines: [],
      credit_lines: [],
    },
    order: {
      address: [],
      order: [],
      line_item: [],
      item: [],
      line_item_adjustment: [],
      line_item_tax_line: [],
      shipping_method: [],
      shipping: [],
      shipping_method_adjustment: [],
      shipping_method_tax_line: [],
      summary: [],
      transaction: [],
      credit_line: [],
    },
    payment: { payment_collection: [], collection_provider: [], payment_session: [], payment: [], capture: [] },
    fulfillment: { fulfillment_addresses: [], fulfillments: [], fulfillment_items: [], fulfillment_labels: [] },
    links: {
      order_cart: [],
      cart_payment_collection: [],
      cart_promotion: [],
      order_promotion: [],
      order_payment_collection: [],
      order_fulfillment: [],
    },
  };
  const customers = customerCount(totalCarts);
  for (let index = from; index < to; index += 1) addCart(batch, index, customers);
  return batch;
}

const cartTime = (index: number) => CARTS_START + index * 60_000;
const cartKey = (index: number, name: string) => `cart:${index}:${name}`;

/** The id demo cart number `index` has, on every machine. */
export function demoCartId(index: number): string {
  return seededId('cart', cartKey(index, 'cart'), cartTime(index));
}

/** The totals of a cart of `batch`, from its rows, as the cart subgraph computes them. */
export function demoCartTotals(batch: CartBatch, cartId: string) {
  const cart = batch.cart.carts.find((row) => row.id === cartId);
  const items = batch.cart.items.filter((item) => item.cart_id === cartId);
  const methods = batch.cart.shipping_methods.filter((method) => method.cart_id === cartId);
  return cartTotals({
    items: items.map((item) => ({
      ...item,
      tax_lines: batch.cart.item_tax_lines.filter((line) => line.item_id === item.id),
      adjustments: batch.cart.adjustments.filter((adjustment) => adjustment.item_id === item.id),
    })),
    shipping_methods: methods.map((method) => ({
      ...method,
      tax_lines: batch.cart.shipping_method_tax_lines.filter((line) => line.shipping_method_id === method.id),
      adjustments: batch.cart.shipping_method_adjustments.filter(
        (adjustment) => adjustment.shipping_method_id === method.id,
      ),
    })),
    credit_lines: batch.cart.credit_lines.filter((line) => line.cart_id === cartId),
    currency_code: cart?.currency_code,
  });
}

function addCart(batch: CartBatch, index: number, customers: number): void {
  const plan = cartPlan(index);
  const time = cartTime(index);
  const at = new Date(time);
  const key = (name: string) => cartKey(index, name);
  const id = (prefix: string, name: string) => seededId(prefix, key(name), time);
  const region = regions[index % regions.length];
  const regionCountries = countries.filter((country) => country.region === region.key);
  const country = regionCountries[index % regionCountries.length];
  const customer = demoCustomer(index % customers);
  const currency = region.currency_code;
  const cartId = demoCartId(index);
  const addressId = id('caaddr', 'shipping');

  batch.cart.addresses.push({
    id: addressId,
    customer_id: customer.id,
    company: null,
    first_name: customer.first_name,
    last_name: customer.last_name,
    address_1: `${1 + (index % 200)} Market Street`,
    address_2: null,
    city: cities[country.iso_2],
    country_code: country.iso_2,
    province: null,
    postal_code: String(10000 + (index % 89999)),
    phone: customer.phone,
    metadata: null,
    created_at: at,
    updated_at: at,
  });

  const tax = TAXES[country.iso_2];
  const taxLine = (prefix: string, name: string) => ({
    id: id(prefix, name),
    description: tax.description,
    code: tax.code,
    rate: tax.rate,
    // A line says which provider computed it as Medusa writes it ("system"), not the provider's row id.
    provider_id: 'system',
    tax_rate_id: taxRateId(country.iso_2),
    metadata: null,
    created_at: at,
    updated_at: at,
  });
  for (let line = 0; line < plan.itemCount; line += 1) {
    const variant = allVariants[(index * 7 + line * 3) % allVariants.length];
    const product = productOf.get(variant.id)!;
    const quantity = 1 + ((index + line) % 3);
    const cents = variant.prices[currency];
    const itemId = id('cali', `item:${line}`);
    batch.cart.items.push({
      id: itemId,
      cart_id: cartId,
      title: product.title,
      subtitle: variant.title,
      thumbnail: product.thumbnail,
      quantity,
      variant_id: variant.id,
      product_id: product.id,
      product_title: product.title,
      product_description: product.description,
      product_subtitle: product.subtitle,
      product_type: product.type,
      product_type_id: product.type_id,
      // Medusa snapshots the collection's title onto the line (prepareLineItemData).
      product_collection: product.collection?.title ?? null,
      product_handle: product.handle,
      variant_sku: variant.sku,
      variant_barcode: null,
      variant_title: variant.title,
      variant_option_values: variant.option_values,
      requires_shipping: true,
      is_discountable: true,
      is_giftcard: false,
      // The price list's prices include VAT in Europe and the UK (Medusa's is_tax_inclusive price).
      is_tax_inclusive: tax.inclusive,
      is_custom_price: false,
      compare_at_unit_price: null,
      unit_price: decimal(cents),
      metadata: null,
      created_at: at,
      updated_at: at,
    });
    batch.cart.item_tax_lines.push({ ...taxLine('calitxl', `item:${line}:tax_line`), item_id: itemId });
    if (plan.promotion) {
      // A percentage of the shelf price, so it includes tax exactly when the price does.
      const amount = Math.round((cents * quantity * plan.promotion.percent) / 100);
      batch.cart.adjustments.push({
        id: id('caliadj', `adjustment:${line}`),
        item_id: itemId,
        description: `${plan.promotion.percent}% off`,
        code: plan.promotion.code,
        amount: decimal(amount),
        is_tax_inclusive: tax.inclusive,
        provider_id: null,
        promotion_id: plan.promotion.id,
        metadata: null,
        created_at: at,
        updated_at: at,
      });
    }
  }

  const option = shippingOptions[index % shippingOptions.length];
  if (plan.hasShippingMethod) {
    const methodId = id('casm', 'shipping');
    batch.cart.shipping_methods.push({
      id: methodId,
      cart_id: cartId,
      name: option.name,
      description: null,
      amount: decimal(option.cents),
      is_tax_inclusive: tax.inclusive,
      shipping_option_id: option.id,
      data: {},
      metadata: null,
      created_at: at,
      updated_at: at,
    });
    batch.cart.shipping_method_tax_lines.push({
      ...taxLine('casmtxl', 'shipping:tax_line'),
      shipping_method_id: methodId,
    });
  }
  if (plan.hasCreditLine) {
    batch.cart.credit_lines.push({
      id: id('cacl', 'credit_line'),
      cart_id: cartId,
      reference: 'loyalty_points',
      reference_id: customer.id,
      amount: '5.00',
      metadata: { points: 500 },
      created_at: at,
      updated_at: at,
    });
  }
  if (plan.promotion) {
    batch.links.cart_promotion.push({
      id: id('cartpromo', 'promotion'),
      cart_id: cartId,
      promotion_id: plan.promotion.id,
    });
  }

  const completedAt = plan.completed ? new Date(time + 30 * 60_000) : null;
  batch.cart.carts.push({
    id: cartId,
    region_id: region.id,
    customer_id: customer.id,
    sales_channel_id: salesChannels[0].id,
    email: customer.email,
    currency_code: currency,
    locale: 'en-US',
    metadata: null,
    completed_at: completedAt,
    shipping_address_id: addressId,
    billing_address_id: addressId,
    created_at: at,
    updated_at: completedAt ?? at,
  });

  // Medusa's createPaymentCollectionForCart asks for the cart's `total`: computed from the rows
  // just made, with the same kit/totals the cart subgraph serves it with.
  const paymentCollectionAmount = demoCartTotals(batch, cartId).total;
  if (plan.hasPaymentCollection) {
    const collectionId = id('pay_col', 'payment_collection');
    batch.payment.payment_collection.push({
      id: collectionId,
      currency_code: currency,
      amount: paymentCollectionAmount,
      authorized_amount: plan.completed ? paymentCollectionAmount : null,
      // Captured in full when the order is placed; Medusa keeps the status `authorized` then.
      captured_amount: plan.completed ? paymentCollectionAmount : null,
      refunded_amount: plan.completed ? '0' : null,
      status: plan.completed ? 'authorized' : 'not_paid',
      created_at: at,
      updated_at: completedAt ?? at,
    });
    batch.payment.collection_provider.push({
      payment_collection_id: collectionId,
      payment_provider_id: 'pp_system_default',
    });
    const sessionId = id('payses', 'payment_session');
    batch.payment.payment_session.push({
      id: sessionId,
      currency_code: currency,
      amount: paymentCollectionAmount,
      provider_id: 'pp_system_default',
      status: plan.completed ? 'authorized' : 'pending',
      authorized_at: completedAt,
      payment_collection_id: collectionId,
      created_at: at,
      updated_at: completedAt ?? at,
    });
    if (plan.completed && completedAt) {
      // Authorizing the session made the payment; it was captured when the order was placed
      // (the order's `capture` transaction refers to the capture by id).
      const paymentId = seededId('pay', key('payment'), completedAt.getTime());
      const paid = { created_at: completedAt, updated_at: completedAt };
      batch.payment.payment.push({
        id: paymentId,
        amount: paymentCollectionAmount,
        currency_code: currency,
        provider_id: 'pp_system_default',
        data: {},
        captured_at: completedAt,
        payment_collection_id: collectionId,
        payment_session_id: sessionId,
        ...paid,
      });
      batch.payment.capture.push({
        id: demoCaptureId(index),
        amount: paymentCollectionAmount,
        payment_id: paymentId,
        ...paid,
      });
    }
    batch.links.cart_payment_collection.push({
      id: id('capaycol', 'payment_collection'),
      cart_id: cartId,
      payment_collection_id: collectionId,
    });
  }

  if (plan.completed && completedAt) addOrder(batch, index, cartId, completedAt);
}

/** The moment a completed demo cart became an order: 30 minutes after the cart was made. */
const completionTime = (index: number) => cartTime(index) + 30 * 60_000;

/** The id of the order placed from demo cart number `index` (when `cartPlan(index).completed`). */
export function demoOrderId(index: number): string {
  return seededId('order', cartKey(index, 'order'), completionTime(index));
}

/** The fulfillment of a shipped order is packed a day after the order, and shipped two hours later. */
const packedTime = (index: number) => completionTime(index) + 24 * 3_600_000;

/**
 * The id of the fulfillment that shipped demo cart number `index`'s order (when
 * `cartPlan(index).fulfilled`: carts 0, 8, 16, …). Its order (`demoOrderId(index)`) is attached
 * by an `order_fulfillment` pivot row.
 */
export function demoFulfillmentId(index: number): string {
  return seededId('ful', cartKey(index, 'fulfillment'), packedTime(index));
}

/**
 * The capture of completed demo cart number `index`'s payment: the order's `capture`
 * transaction refers to it, so a payment seed recording the capture uses this id.
 */
export function demoCaptureId(index: number): string {
  return seededId('capt', cartKey(index, 'capture'), completionTime(index));
}

/**
 * Places the order of a completed cart from the cart's rows, as Medusa's completeCartWorkflow
 * does: the addresses are copied (new ids), every item with its adjustments and tax lines, every
 * shipping method with its adjustments and tax lines, and the credit lines; then the order
 * summary, the `capture` transaction of the paid total and the order–cart link.
 */
function addOrder(batch: CartBatch, index: number, cartId: string, completedAt: Date): void {
  // Rows are copied in the cart's order (by id); the n-th copy is made n ms later, so the order's
  // ids sort the same way and the order lists its rows as the cart does.
  const id = (prefix: string, name: string, n = 0) =>
    seededId(prefix, cartKey(index, `order:${name}`), completedAt.getTime() + n);
  const byId = <R extends { id: string }>(rows: R[]) => rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const stamps = { created_at: completedAt, updated_at: completedAt };
  const cart = batch.cart.carts.find((row) => row.id === cartId)!;
  const orderId = demoOrderId(index);

  const copyAddress = (addressId: string | null, name: string): string | null => {
    const address = addressId ? batch.cart.addresses.find((row) => row.id === addressId) : undefined;
    if (!address) return null;
    const { id: _, ...fields } = address;
    const copy = { ...fields, id: id('ordaddr', name), ...stamps };
    batch.order.address.push(copy);
    return copy.id;
  };
  const shippingAddressId = copyAddress(cart.shipping_address_id, 'shipping_address');
  const billingAddressId = copyAddress(cart.billing_address_id, 'billing_address');

  batch.order.order.push({
    id: orderId,
    display_id: index / 4 + 1,
    custom_display_id: null,
    region_id: cart.region_id,
    customer_id: cart.customer_id,
    sales_channel_id: cart.sales_channel_id,
    version: 1,
    status: 'pending',
    is_draft_order: false,
    email: cart.email,
    currency_code: cart.currency_code,
    locale: cart.locale,
    no_notification: null,
    metadata: cart.metadata,
    canceled_at: null,
    shipping_address_id: shippingAddressId,
    billing_address_id: billingAddressId,
    ...stamps,
  });

  const items = byId(batch.cart.items.filter((item) => item.cart_id === cartId));
  items.forEach((item, line) => {
    const lineId = id('ordli', `item:${line}`, line);
    batch.order.line_item.push({
      id: lineId,
      title: item.title,
      subtitle: item.subtitle,
      thumbnail: item.thumbnail,
      variant_id: item.variant_id,
      product_id: item.product_id,
      product_title: item.product_title,
      product_description: item.product_description,
      product_subtitle: item.product_subtitle,
      product_type: item.product_type,
      product_type_id: item.product_type_id,
      product_collection: item.product_collection,
      product_handle: item.product_handle,
      variant_sku: item.variant_sku,
      variant_barcode: item.variant_barcode,
      variant_title: item.variant_title,
      variant_option_values: item.variant_option_values,
      requires_shipping: item.requires_shipping,
      is_discountable: item.is_discountable,
      is_giftcard: item.is_giftcard,
      is_tax_inclusive: item.is_tax_inclusive,
      is_custom_price: item.is_custom_price,
      compare_at_unit_price: item.compare_at_unit_price,
      unit_price: item.unit_price,
      metadata: item.metadata,
      ...stamps,
    });
    // The order item of version 1; its price overrides stay empty, as Medusa leaves them.
    batch.order.item.push({
      id: id('orditem', `item:${line}`, line),
      order_id: orderId,
      item_id: lineId,
      version: 1,
      quantity: String(item.quantity),
      unit_price: null,
      compare_at_unit_price: null,
      fulfilled_quantity: '0',
      shipped_quantity: '0',
      delivered_quantity: '0',
      return_requested_quantity: '0',
      return_received_quantity: '0',
      return_dismissed_quantity: '0',
      written_off_quantity: '0',
      metadata: null,
      ...stamps,
    });
    const adjustments = byId(batch.cart.adjustments.filter((adjustment) => adjustment.item_id === item.id));
    adjustments.forEach((adjustment, n) =>
      batch.order.line_item_adjustment.push({
        id: id('ordliadj', `item:${line}:adjustment:${n}`, n),
        item_id: lineId,
        version: 1,
        description: adjustment.description,
        promotion_id: adjustment.promotion_id,
        code: adjustment.code,
        amount: adjustment.amount,
        provider_id: adjustment.provider_id,
        is_tax_inclusive: adjustment.is_tax_inclusive,
        ...stamps,
      }),
    );
    const taxLines = byId(batch.cart.item_tax_lines.filter((taxLine) => taxLine.item_id === item.id));
    taxLines.forEach((taxLine, n) =>
      batch.order.line_item_tax_line.push({
        id: id('ordlitxl', `item:${line}:tax_line:${n}`, n),
        item_id: lineId,
        description: taxLine.description,
        tax_rate_id: taxLine.tax_rate_id,
        code: taxLine.code,
        rate: String(taxLine.rate),
        provider_id: taxLine.provider_id,
        ...stamps,
      }),
    );
  });

  const methods = byId(batch.cart.shipping_methods.filter((method) => method.cart_id === cartId));
  methods.forEach((method, m) => {
    const methodId = id('ordsm', `shipping_method:${m}`, m);
    batch.order.shipping_method.push({
      id: methodId,
      name: method.name,
      description: method.description,
      amount: method.amount,
      is_tax_inclusive: method.is_tax_inclusive,
      is_custom_amount: false,
      shipping_option_id: method.shipping_option_id,
      data: method.data,
      metadata: method.metadata,
      ...stamps,
    });
    batch.order.shipping.push({
      id: id('ordspmv', `shipping_method:${m}`, m),
      order_id: orderId,
      version: 1,
      return_id: null,
      exchange_id: null,
      claim_id: null,
      shipping_method_id: methodId,
      ...stamps,
    });
    const adjustments = byId(
      batch.cart.shipping_method_adjustments.filter((adjustment) => adjustment.shipping_method_id === method.id),
    );
    adjustments.forEach((adjustment, n) =>
      batch.order.shipping_method_adjustment.push({
        id: id('ordsmadj', `shipping_method:${m}:adjustment:${n}`, n),
        shipping_method_id: methodId,
        version: 1,
        description: adjustment.description,
        promotion_id: adjustment.promotion_id,
        code: adjustment.code,
        amount: adjustment.amount,
        provider_id: adjustment.provider_id,
        ...stamps,
      }),
    );
    const taxLines = byId(
      batch.cart.shipping_method_tax_lines.filter((taxLine) => taxLine.shipping_method_id === method.id),
    );
    taxLines.forEach((taxLine, n) =>
      batch.order.shipping_method_tax_line.push({
        id: id('ordsmtxl', `shipping_method:${m}:tax_line:${n}`, n),
        shipping_method_id: methodId,
        description: taxLine.description,
        tax_rate_id: taxLine.tax_rate_id,
        code: taxLine.code,
        rate: String(taxLine.rate),
        provider_id: taxLine.provider_id,
        ...stamps,
      }),
    );
  });

  const creditLines = byId(batch.cart.credit_lines.filter((line) => line.cart_id === cartId));
  creditLines.forEach((line, n) =>
    batch.order.credit_line.push({
      id: id('ordcl', `credit_line:${n}`, n),
      order_id: orderId,
      version: 1,
      reference: line.reference,
      reference_id: line.reference_id,
      amount: line.amount,
      metadata: line.metadata,
      ...stamps,
    }),
  );

  // The payment is captured in full when the order is placed: one `capture` transaction, so the
  // summary shows it paid and nothing pending (Medusa's addOrderTransactionStep, then the summary).
  // The order's total is the cart's: the same rows, copied (and the amount the payment captured).
  const totals = demoCartTotals(batch, cartId);
  batch.order.transaction.push({
    id: id('ordtrx', 'capture'),
    order_id: orderId,
    version: 1,
    amount: totals.total,
    currency_code: cart.currency_code,
    reference: 'capture',
    reference_id: demoCaptureId(index),
    return_id: null,
    exchange_id: null,
    claim_id: null,
    ...stamps,
  });
  batch.order.summary.push({
    id: id('ordsum', 'summary'),
    order_id: orderId,
    version: 1,
    totals: {
      pending_difference: '0',
      current_order_total: totals.total,
      original_order_total: totals.total,
      transaction_total: totals.total,
      paid_total: totals.total,
      refunded_total: '0',
      credit_line_total: totals.credit_line_total,
      accounting_total: totals.total,
    },
    ...stamps,
  });

  // The links completeCartWorkflow creates: order–cart, order–promotions, order–payment collection.
  const linkId = (prefix: string, name: string) =>
    seededId(prefix, cartKey(index, `order:${name}`), completedAt.getTime());
  batch.links.order_cart.push({
    id: seededId('ordercart', cartKey(index, 'order'), cartTime(index)),
    order_id: orderId,
    cart_id: cartId,
  });
  const plan = cartPlan(index);
  if (plan.promotion) {
    batch.links.order_promotion.push({
      id: linkId('orderpromo', 'promotion'),
      order_id: orderId,
      promotion_id: plan.promotion.id,
    });
  }
  const collection = batch.links.cart_payment_collection.find((row) => row.cart_id === cartId);
  if (collection) {
    batch.links.order_payment_collection.push({
      id: linkId('ordpay', 'payment_collection'),
      order_id: orderId,
      payment_collection_id: collection.payment_collection_id,
    });
  }
  if (plan.fulfilled) {
    addFulfillment(batch, index, orderId);
    batch.links.order_fulfillment.push({
      id: linkId('ordful', 'fulfillment'),
      order_id: orderId,
      fulfillment_id: demoFulfillmentId(index),
    });
  }
}

/**
 * Ships an order as Medusa's createOrderFulfillmentWorkflow does, then marks it shipped (and,
 * for some, delivered): every item in full from the warehouse, to a copy of the order's shipping
 * address, with the shipping option the order chose and one parcel label.
 */
function addFulfillment(batch: CartBatch, index: number, orderId: string): void {
  const packed = packedTime(index);
  const shipped = new Date(packed + 2 * 3_600_000);
  const delivered = cartPlan(index).delivered ? new Date(shipped.getTime() + 3 * 24 * 3_600_000) : null;
  const id = (prefix: string, name: string, n = 0) =>
    seededId(prefix, cartKey(index, `fulfillment:${name}`), packed + n);
  const stamps = { created_at: new Date(packed), updated_at: delivered ?? shipped };
  const order = batch.order.order.find((row) => row.id === orderId)!;
  const fulfillmentId = demoFulfillmentId(index);

  const address = batch.order.address.find((row) => row.id === order.shipping_address_id);
  let deliveryAddressId: string | null = null;
  if (address) {
    const { id: _, customer_id: _customer, created_at: _created, updated_at: _updated, ...fields } = address;
    deliveryAddressId = id('fuladdr', 'address');
    batch.fulfillment.fulfillment_addresses.push({ ...fields, id: deliveryAddressId, ...stamps });
  }
  const orderShipping = batch.order.shipping.find((row) => row.order_id === orderId);
  const method = batch.order.shipping_method.find((row) => row.id === orderShipping?.shipping_method_id);
  batch.fulfillment.fulfillments.push({
    id: fulfillmentId,
    location_id: demoStockLocationId,
    packed_at: new Date(packed),
    shipped_at: shipped,
    delivered_at: delivered,
    data: {},
    provider_id: fulfillmentProviders[0].id,
    shipping_option_id: method?.shipping_option_id ?? null,
    delivery_address_id: deliveryAddressId,
    ...stamps,
  });
  batch.order.item
    .filter((row) => row.order_id === orderId)
    .forEach((orderItem, n) => {
      const line = batch.order.line_item.find((row) => row.id === orderItem.item_id)!;
      batch.fulfillment.fulfillment_items.push({
        id: id('fulit', `item:${n}`, n),
        // As createOrderFulfillmentWorkflow writes them: the variant's title, empty codes when none.
        title: line.variant_title ?? line.title,
        sku: line.variant_sku ?? '',
        barcode: line.variant_barcode ?? '',
        quantity: orderItem.quantity,
        line_item_id: line.id,
        fulfillment_id: fulfillmentId,
        ...stamps,
      });
    });
  const trackingNumber = `MDS${String(order.display_id ?? index).padStart(9, '0')}`;
  batch.fulfillment.fulfillment_labels.push({
    id: id('fulla', 'label'),
    tracking_number: trackingNumber,
    tracking_url: `https://tracking.example.com/parcels/${trackingNumber}`,
    label_url: `https://labels.example.com/${trackingNumber}.pdf`,
    fulfillment_id: fulfillmentId,
    ...stamps,
  });
}
