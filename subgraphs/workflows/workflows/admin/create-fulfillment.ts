import { badUserInput } from '../../../../kit/errors';
import { assertId } from '../../../../kit/ids';
import { createWorkflow } from '../../../../kit/workflow-definition';
import type { FulfillmentLabelInput } from '../../generated/documents/graphql';
import { createFulfillmentStep } from '../../steps/fulfillment/create-fulfillment';
import { readOrderStep } from '../../steps/gateway/read-order';
import { createLinksStep } from '../../steps/link/create-links';
import { setItemQuantitiesStep } from '../../steps/order/set-item-quantities';
import { orderKey, quantities, readOrder, throwIfOrderIsCancelled } from './order-access';

interface CreateFulfillmentInput {
  order_id: string;
  items: { id: string; quantity: number }[];
  shipping_option_id?: string | null;
  location_id?: string | null;
  labels?: FulfillmentLabelInput[] | null;
  metadata?: unknown;
}

/**
 * Medusa's createOrderFulfillmentWorkflow (admin `POST /admin/orders/:id/fulfillments`): its checks
 * and messages (no items, a canceled order, items not in the order, items with and without
 * shipping together, more than is left to fulfil), then the fulfillment (packed, with the order's
 * shipping address and, unless given, its shipping method's option), the items' fulfilled
 * quantities, and the order_fulfillment link.
 */
export const createFulfillmentWorkflow = createWorkflow<CreateFulfillmentInput, { id: string }>({
  name: 'admin_create_fulfillment',
  steps: [readOrderStep, createFulfillmentStep, setItemQuantitiesStep, createLinksStep],
  lockKey: ({ order_id }) => orderKey(order_id),
  async run(run, input) {
    const orderId = assertId(input.order_id, 'order', 'order_id');
    if (input.items.length === 0) throw badUserInput('No items to fulfill', { argument: 'items' });
    if (new Set(input.items.map((item) => item.id)).size < input.items.length)
      throw badUserInput('items: each item may be given once', { argument: 'items' });
    const order = await readOrder(run, orderId);
    throwIfOrderIsCancelled(order);
    const byId = new Map(order.items.map((item) => [item.id, item]));
    const missing = input.items.filter((item) => !byId.has(item.id)).map((item) => item.id.slice(0, 64));
    if (missing.length > 0) {
      throw badUserInput(`Items with ids ${missing.join(', ')} does not exist in order with id ${order.id}.`, {
        argument: 'items',
      });
    }
    const shipping = new Set(input.items.map((item) => byId.get(item.id)!.requires_shipping));
    if (shipping.size > 1) {
      throw badUserInput(
        'Fulfillment can only be created entirely with items with shipping or items without shipping. Split this request into 2 fulfillments.',
        { argument: 'items' },
      );
    }
    const items = [];
    const previous = [];
    for (const [index, { id, quantity }] of input.items.entries()) {
      if (quantity < 1)
        throw badUserInput(`Quantity of item ${id} must be greater than 0.`, { argument: `items[${index}].quantity` });
      const now = quantities(byId.get(id)!);
      if (now.fulfilled_quantity.add(quantity).gt(now.quantity)) {
        throw badUserInput(`Cannot fulfill more items than what was ordered for item ${id}.`, {
          argument: `items[${index}].quantity`,
        });
      }
      items.push({ item_id: id, fulfilled_quantity: now.fulfilled_quantity.add(quantity).toString() });
      previous.push({ item_id: id, fulfilled_quantity: now.fulfilled_quantity.toString() });
    }
    const shippingOptionId = input.shipping_option_id ?? order.shipping_methods[0]?.shipping_option_id ?? null;
    if (!input.location_id) {
      // There is no stock location module here to find the option's location from.
      throw badUserInput(
        `Cannot create fulfillment without stock location, either provide a location or you should link the shipping option ${shippingOptionId} to a stock location.`,
        { argument: 'location_id' },
      );
    }
    const { id } = await run.step(createFulfillmentStep, {
      id: run.newId('ful'),
      location_id: input.location_id,
      shipping_option_id: shippingOptionId,
      requires_shipping: [...shipping][0],
      delivery_address: order.shipping_address,
      labels: input.labels,
      metadata: input.metadata,
      items: input.items.map(({ id: itemId, quantity }) => {
        const item = byId.get(itemId)!;
        return {
          title: item.title,
          sku: item.variant_sku ?? '',
          barcode: item.variant_barcode ?? '',
          quantity,
          line_item_id: item.id,
        };
      }),
    });
    await run.step(setItemQuantitiesStep, { order_id: order.id, items, previous });
    await run.step(createLinksStep, {
      links: [{ order: { order_id: order.id }, fulfillment: { fulfillment_id: id } }],
    });
    return { id };
  },
});
