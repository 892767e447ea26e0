import Decimal from 'decimal.js';
import { badUserInput, notFound } from '../../../../kit/errors';
import type { RunContext } from '../../../../kit/workflow-definition';
import { readOrderStep } from '../../steps/gateway/read-order';

/** Runs on one order go one at a time (a fulfillment and a cancel never cross). */
export const orderKey = (orderId: string) => `order:${orderId}`;

type ReadOrder = NonNullable<Awaited<ReturnType<typeof readOrderStep.invoke>>>;

/** The order read, its links as lists (none: empty). */
export type AdminOrder = ReadOrder & {
  fulfillments: NonNullable<ReadOrder['fulfillments']>;
  payment_collections: NonNullable<ReadOrder['payment_collections']>;
};

/** The order as the run reads it; NOT_FOUND when there is none (Medusa's throwIfKeyNotFound). */
export async function readOrder(run: RunContext, id: string): Promise<AdminOrder> {
  const order = await run.step(readOrderStep, { id });
  if (!order) throw notFound(`Order id not found: ${id}`, { id });
  return { ...order, fulfillments: order.fulfillments ?? [], payment_collections: order.payment_collections ?? [] };
}

/** Medusa's throwIfOrderIsCancelled. */
export function throwIfOrderIsCancelled(order: AdminOrder): void {
  if (order.status === 'canceled')
    throw badUserInput(`Order with id ${order.id} has been canceled.`, { argument: 'order_id' });
}

/** The quantities of an order item now, as exact decimals. */
export function quantities(item: AdminOrder['items'][number]) {
  const { quantity, fulfilled_quantity, shipped_quantity, delivered_quantity } = item.detail;
  return {
    quantity: new Decimal(quantity),
    fulfilled_quantity: new Decimal(fulfilled_quantity),
    shipped_quantity: new Decimal(shipped_quantity),
    delivered_quantity: new Decimal(delivered_quantity),
  };
}

/** The order's fulfillment `id`; BAD_USER_INPUT when the order has none with that id (Medusa's message). */
export function fulfillmentOf(order: AdminOrder, id: string) {
  const fulfillment = order.fulfillments.find((candidate) => candidate.id === id);
  if (!fulfillment)
    throw badUserInput(`Fulfillment with id ${id} not found in the order`, { argument: 'fulfillment_id' });
  return fulfillment;
}

/**
 * The items' quantities after `column` grows by what the fulfillment holds of each (Medusa's
 * SHIP_ITEM / DELIVER_ITEM actions), with the values before for the undo.
 */
export function moved(
  order: AdminOrder,
  fulfillment: AdminOrder['fulfillments'][number],
  column: 'shipped_quantity' | 'delivered_quantity',
) {
  const items = [];
  const previous = [];
  for (const { line_item_id, quantity } of fulfillment.items) {
    const item = order.items.find((candidate) => candidate.id === line_item_id);
    if (!item) continue;
    const before = quantities(item)[column];
    items.push({ item_id: item.id, [column]: before.add(quantity).toString() });
    previous.push({ item_id: item.id, [column]: before.toString() });
  }
  return { items, previous };
}
