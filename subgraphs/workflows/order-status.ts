import Decimal from 'decimal.js';
import { currencyEpsilon } from '../../kit/currencies';

/**
 * An order's payment and fulfillment status, as Medusa's getOrderDetailWorkflow computes them
 * (core-flows `getLastPaymentStatus`, `getLastFulfillmentStatus`), from the fields the gateway
 * fetches for `Order.payment_status` / `Order.fulfillment_status` (`@requires`).
 */

interface Collection {
  status: string;
  amount: string;
  captured_amount?: string | null;
  refunded_amount?: string | null;
}

interface Fulfillment {
  packed_at?: string | null;
  shipped_at?: string | null;
  delivered_at?: string | null;
  canceled_at?: string | null;
}

interface Item {
  quantity: string;
  detail?: { fulfilled_quantity?: string | null } | null;
}

/** Medusa's getLastPaymentStatus. */
export function paymentStatus(currencyCode: string | null | undefined, collections: readonly Collection[]): string {
  const within = currencyEpsilon(currencyCode);
  const count = new Map<string, number>();
  const add = (status: string, by: number) => count.set(status, (count.get(status) ?? 0) + by);
  const of = (status: string) => count.get(status) ?? 0;
  for (const collection of collections) {
    const amount = new Decimal(collection.amount);
    const captured = new Decimal(collection.captured_amount ?? 0);
    const refunded = new Decimal(collection.refunded_amount ?? 0);
    if (captured.gt(0) || amount.eq(0)) add('captured', amount.sub(captured).lte(within) ? 1 : 0.5);
    if (refunded.gt(0)) add('refunded', amount.sub(refunded).lte(within) ? 1 : 0.5);
    add(collection.status, 1);
  }
  const live = collections.length - of('canceled');
  if (of('requires_action') > 0) return 'requires_action';
  if (of('refunded') > 0) return of('refunded') === of('captured') ? 'refunded' : 'partially_refunded';
  if (of('captured') > 0) return of('captured') === live ? 'captured' : 'partially_captured';
  if (of('authorized') > 0) return of('authorized') === live ? 'authorized' : 'partially_authorized';
  if (of('canceled') > 0 && of('canceled') === collections.length) return 'canceled';
  if (of('awaiting') > 0) return 'awaiting';
  return 'not_paid';
}

/** Medusa's getLastFulfillmentStatus: the furthest step all live fulfillments reached, `partially_` while items are left. */
export function fulfillmentStatus(items: readonly Item[], fulfillments: readonly Fulfillment[]): string {
  const count = { canceled: 0, delivered: 0, shipped: 0, fulfilled: 0 };
  for (const fulfillment of fulfillments) {
    if (fulfillment.canceled_at) count.canceled += 1;
    else if (fulfillment.delivered_at) count.delivered += 1;
    else if (fulfillment.shipped_at) count.shipped += 1;
    else if (fulfillment.packed_at) count.fulfilled += 1;
  }
  const live = fulfillments.length - count.canceled;
  const unfulfilled = items.some(
    (item) => item.detail?.fulfilled_quantity != null && new Decimal(item.detail.fulfilled_quantity).lt(item.quantity),
  );
  for (const status of ['delivered', 'shipped', 'fulfilled'] as const) {
    if (count[status] > 0) return count[status] === live && !unfulfilled ? status : `partially_${status}`;
  }
  if (count.canceled > 0 && count.canceled === fulfillments.length) return 'canceled';
  return 'not_fulfilled';
}
