import {
  cartTotals,
  orderItemTotals,
  shippingMethodTotals,
  type CartTotals,
  type ItemTotalsInput,
  type OrderItemTotals,
  type ShippingMethodTotals,
  type ShippingMethodTotalsInput,
} from '../../kit/totals';
import type { OrderLineItemRow, OrderRow, OrderShippingMethodRow } from './models';
import type { createLoaders } from './context';

/** The totals Medusa's OrderDTO computes (models.md §10.1), all from kit/totals' cart totals. */
export const ORDER_TOTAL_FIELDS = [
  'total',
  'subtotal',
  'tax_total',
  'discount_total',
  'discount_subtotal',
  'discount_tax_total',
  'original_total',
  'original_subtotal',
  'original_tax_total',
  'item_total',
  'item_subtotal',
  'item_tax_total',
  'item_discount_total',
  'original_item_total',
  'original_item_subtotal',
  'original_item_tax_total',
  'shipping_total',
  'shipping_subtotal',
  'shipping_tax_total',
  'shipping_discount_total',
  'original_shipping_total',
  'original_shipping_subtotal',
  'original_shipping_tax_total',
  'credit_line_total',
  'gift_card_total',
  'gift_card_tax_total',
] as const satisfies readonly (keyof CartTotals)[];

export type OrderTotalField = (typeof ORDER_TOTAL_FIELDS)[number];

type Loaders = ReturnType<typeof createLoaders>;

/** One promise per key and request, so the fields of one row compute their totals once. */
function memo<T, V>(compute: (row: T) => Promise<V>, keyOf: (row: T) => string) {
  const cache = new Map<string, Promise<V>>();
  return (row: T): Promise<V> => {
    const key = keyOf(row);
    let value = cache.get(key);
    if (!value) {
      value = compute(row);
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * Per request: the totals of orders, their items and shipping methods. Every input comes from
 * the batched loaders (adjustments and tax lines by item or method, credit lines by order), so
 * a page of orders costs one statement per relation, not one per order.
 */
export function createTotals(loaders: Loaders) {
  const itemInput = async (item: OrderLineItemRow): Promise<ItemTotalsInput> => {
    const [adjustments, taxLines] = await Promise.all([
      loaders.lineItemAdjustmentsByItem.load(item.id),
      loaders.lineItemTaxLinesByItem.load(item.id),
    ]);
    return {
      unit_price: item.unit_price ?? '0',
      quantity: item.quantity,
      is_tax_inclusive: item.is_tax_inclusive,
      tax_lines: taxLines.map((line) => ({ rate: line.rate })),
      adjustments: adjustments.map((adjustment) => ({
        amount: adjustment.amount,
        is_tax_inclusive: adjustment.is_tax_inclusive,
      })),
      // Its quantities: what is received back or dismissed no longer counts in the order's totals.
      detail: item.detail,
    };
  };
  const shippingInput = async (method: OrderShippingMethodRow): Promise<ShippingMethodTotalsInput> => {
    const [adjustments, taxLines] = await Promise.all([
      loaders.shippingMethodAdjustmentsByMethod.load(method.id),
      loaders.shippingMethodTaxLinesByMethod.load(method.id),
    ]);
    return {
      amount: method.amount,
      is_tax_inclusive: method.is_tax_inclusive,
      tax_lines: taxLines.map((line) => ({ rate: line.rate })),
      adjustments: adjustments.map((adjustment) => ({ amount: adjustment.amount })),
    };
  };

  return {
    item: memo<OrderLineItemRow, OrderItemTotals>(
      async (item) => orderItemTotals(await itemInput(item)),
      (item) => item.id,
    ),
    shippingMethod: memo<OrderShippingMethodRow, ShippingMethodTotals>(
      async (method) => shippingMethodTotals(await shippingInput(method)),
      (method) => method.id,
    ),
    order: memo<OrderRow, CartTotals>(
      async (order) => {
        const [items, methods, creditLines] = await Promise.all([
          loaders.lineItemsByOrder.load(order.id),
          loaders.shippingMethodsByOrder.load(order.id),
          loaders.creditLinesByOrder.load(order.id),
        ]);
        return cartTotals({
          items: await Promise.all(items.map(itemInput)),
          shipping_methods: await Promise.all(methods.map(shippingInput)),
          credit_lines: creditLines.map((line) => ({ amount: line.amount })),
          currency_code: order.currency_code,
        });
      },
      (order) => order.id,
    ),
  };
}

export type OrderTotals = ReturnType<typeof createTotals>;
