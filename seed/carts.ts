import { seededId } from '../kit/ids';
import type { CartData } from '../subgraphs/cart/store';
import type { NewPivotRow } from '../subgraphs/link/store';
import type { OrderData } from '../subgraphs/order/store';
import type { PaymentData } from '../subgraphs/payment/store';
import {
  cities,
  countries,
  customerCount,
  demoCustomer,
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
 * - every 3rd cart (0, 3, 6, …) has a promotion applied to each item.
 */
export function cartPlan(index: number) {
  return {
    completed: index % 4 === 0,
    hasShippingMethod: index % 2 === 0,
    hasPaymentCollection: index % 2 === 0,
    promotion: index % 3 === 0 ? promotions[Math.floor(index / 3) % promotions.length] : undefined,
    itemCount: 1 + (index % 3),
  };
}

export interface CartBatch {
  cart: Required<CartData>;
  order: Required<OrderData>;
  payment: Required<PaymentData>;
  /** Pivot rows by link table. */
  links: Record<string, NewPivotRow[]>;
}

const allVariants: DemoVariant[] = products.flatMap((product) => product.variants);
const productOf = new Map(products.flatMap((product) => product.variants.map((variant) => [variant.id, product])));

/** Money is kept in integer cents and written as exact decimals. */
export const decimal = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

export function generateCarts(from: number, to: number, totalCarts: number): CartBatch {
  const batch: CartBatch = {
    cart: { addresses: [], carts: [], items: [], adjustments: [], shipping_methods: [] },
    order: { orders: [], line_items: [], items: [] },
    payment: { payment_collections: [], payment_sessions: [] },
    links: { order_cart: [], cart_payment_collection: [], cart_promotion: [] },
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

  let itemsCents = 0;
  let discountCents = 0;
  const orderLines: { lineId: string; itemId: string; variant: DemoVariant; quantity: number; cents: number }[] = [];
  for (let line = 0; line < plan.itemCount; line += 1) {
    const variant = allVariants[(index * 7 + line * 3) % allVariants.length];
    const product = productOf.get(variant.id)!;
    const quantity = 1 + ((index + line) % 3);
    const cents = variant.prices[currency];
    const itemId = id('cali', `item:${line}`);
    itemsCents += cents * quantity;
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
      product_subtitle: null,
      product_type: product.type,
      product_type_id: null,
      product_collection: null,
      product_handle: product.handle,
      variant_sku: variant.sku,
      variant_barcode: null,
      variant_title: variant.title,
      variant_option_values: null,
      requires_shipping: true,
      is_discountable: true,
      is_giftcard: false,
      is_tax_inclusive: false,
      is_custom_price: false,
      compare_at_unit_price: null,
      unit_price: decimal(cents),
      metadata: null,
      created_at: at,
      updated_at: at,
    });
    if (plan.promotion) {
      const amount = Math.round((cents * quantity * plan.promotion.percent) / 100);
      discountCents += amount;
      batch.cart.adjustments.push({
        id: id('caliadj', `adjustment:${line}`),
        item_id: itemId,
        description: `${plan.promotion.percent}% off`,
        code: plan.promotion.code,
        amount: decimal(amount),
        is_tax_inclusive: false,
        provider_id: null,
        promotion_id: plan.promotion.id,
        metadata: null,
        created_at: at,
        updated_at: at,
      });
    }
    orderLines.push({ lineId: id('ordli', `line:${line}`), itemId: id('orditem', `item:${line}`), variant, quantity, cents });
  }

  const option = shippingOptions[index % shippingOptions.length];
  const shippingCents = plan.hasShippingMethod ? option.cents : 0;
  if (plan.hasShippingMethod) {
    batch.cart.shipping_methods.push({
      id: id('casm', 'shipping'),
      cart_id: cartId,
      name: option.name,
      description: null,
      amount: decimal(option.cents),
      is_tax_inclusive: false,
      shipping_option_id: option.id,
      data: {},
      metadata: null,
      created_at: at,
      updated_at: at,
    });
  }
  if (plan.promotion) {
    batch.links.cart_promotion.push({ id: id('cartpromo', 'promotion'), cart_id: cartId, promotion_id: plan.promotion.id });
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

  const totalCents = itemsCents - discountCents + shippingCents;
  if (plan.hasPaymentCollection) {
    const collectionId = id('pay_col', 'payment_collection');
    batch.payment.payment_collections.push({
      id: collectionId,
      currency_code: currency,
      amount: decimal(totalCents),
      authorized_amount: plan.completed ? decimal(totalCents) : null,
      captured_amount: null,
      refunded_amount: null,
      completed_at: null,
      status: plan.completed ? 'authorized' : 'not_paid',
      metadata: null,
      created_at: at,
      updated_at: completedAt ?? at,
    });
    batch.payment.payment_sessions.push({
      id: id('payses', 'payment_session'),
      currency_code: currency,
      amount: decimal(totalCents),
      provider_id: 'pp_system_default',
      data: {},
      context: null,
      status: plan.completed ? 'authorized' : 'pending',
      authorized_at: completedAt,
      payment_collection_id: collectionId,
      metadata: null,
      created_at: at,
      updated_at: completedAt ?? at,
    });
    batch.links.cart_payment_collection.push({
      id: id('capaycol', 'payment_collection'),
      cart_id: cartId,
      payment_collection_id: collectionId,
    });
  }

  if (plan.completed && completedAt) {
    const orderId = seededId('order', key('order'), completedAt.getTime());
    batch.order.orders.push({
      id: orderId,
      display_id: index / 4 + 1,
      region_id: region.id,
      customer_id: customer.id,
      sales_channel_id: salesChannels[0].id,
      version: 1,
      status: 'pending',
      is_draft_order: false,
      email: customer.email,
      currency_code: currency,
      locale: 'en-US',
      no_notification: false,
      metadata: null,
      canceled_at: null,
      created_at: completedAt,
      updated_at: completedAt,
    });
    for (const line of orderLines) {
      const product = productOf.get(line.variant.id)!;
      batch.order.line_items.push({
        id: line.lineId,
        title: product.title,
        subtitle: line.variant.title,
        thumbnail: product.thumbnail,
        variant_id: line.variant.id,
        product_id: product.id,
        product_title: product.title,
        product_description: product.description,
        product_subtitle: null,
        product_type: product.type,
        product_collection: null,
        product_handle: product.handle,
        variant_sku: line.variant.sku,
        variant_barcode: null,
        variant_title: line.variant.title,
        variant_option_values: null,
        requires_shipping: true,
        is_discountable: true,
        is_giftcard: false,
        is_tax_inclusive: false,
        is_custom_price: false,
        compare_at_unit_price: null,
        unit_price: decimal(line.cents),
        metadata: null,
        created_at: completedAt,
        updated_at: completedAt,
      });
      batch.order.items.push({
        id: line.itemId,
        order_id: orderId,
        item_id: line.lineId,
        version: 1,
        quantity: String(line.quantity),
        unit_price: null,
        compare_at_unit_price: null,
        fulfilled_quantity: '0',
        shipped_quantity: '0',
        delivered_quantity: '0',
        metadata: null,
        created_at: completedAt,
        updated_at: completedAt,
      });
    }
    batch.links.order_cart.push({ id: id('ordercart', 'order'), order_id: orderId, cart_id: cartId });
  }
}
