import { notAllowed } from '../../../../kit/errors';
import { assertId } from '../../../../kit/ids';
import { createWorkflow } from '../../../../kit/workflow-definition';
import { cancelFulfillmentStep } from '../../steps/fulfillment/cancel-fulfillment';
import { readOrderStep } from '../../steps/gateway/read-order';
import { setItemQuantitiesStep } from '../../steps/order/set-item-quantities';
import { fulfillmentOf, orderKey, quantities, readOrder, throwIfOrderIsCancelled } from './order-access';

/**
 * Medusa's cancelOrderFulfillmentWorkflow (admin `POST /admin/orders/:id/fulfillments/:fulfillment_id/cancel`):
 * an order's fulfillment not shipped is canceled and its items' fulfilled quantities go back down
 * by what it held (its messages when it is canceled or shipped already).
 */
export const cancelFulfillmentWorkflow = createWorkflow<{ order_id: string; fulfillment_id: string }, { id: string }>({
  name: 'admin_cancel_fulfillment',
  steps: [readOrderStep, cancelFulfillmentStep, setItemQuantitiesStep],
  lockKey: ({ order_id }) => orderKey(order_id),
  async run(run, input) {
    const order = await readOrder(run, assertId(input.order_id, 'order', 'order_id'));
    throwIfOrderIsCancelled(order);
    const fulfillment = fulfillmentOf(order, assertId(input.fulfillment_id, 'ful', 'fulfillment_id'));
    if (fulfillment.canceled_at)
      throw notAllowed('The fulfillment is already canceled', { fulfillment_id: fulfillment.id });
    if (fulfillment.shipped_at) {
      throw notAllowed('The fulfillment has already been shipped. Shipped fulfillments cannot be canceled', {
        fulfillment_id: fulfillment.id,
      });
    }
    const items = [];
    const previous = [];
    for (const { line_item_id, quantity } of fulfillment.items) {
      const item = order.items.find((candidate) => candidate.id === line_item_id);
      if (!item) continue;
      const before = quantities(item).fulfilled_quantity;
      items.push({ item_id: item.id, fulfilled_quantity: before.sub(quantity).toString() });
      previous.push({ item_id: item.id, fulfilled_quantity: before.toString() });
    }
    await run.step(cancelFulfillmentStep, { id: fulfillment.id });
    await run.step(setItemQuantitiesStep, { order_id: order.id, items, previous });
    return { id: fulfillment.id };
  },
});
