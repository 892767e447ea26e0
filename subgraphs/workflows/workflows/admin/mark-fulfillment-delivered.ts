import { notAllowed } from '../../../../kit/errors';
import { assertId } from '../../../../kit/ids';
import { createWorkflow } from '../../../../kit/workflow-definition';
import { deliverFulfillmentStep } from '../../steps/fulfillment/deliver-fulfillment';
import { readOrderStep } from '../../steps/gateway/read-order';
import { setItemQuantitiesStep } from '../../steps/order/set-item-quantities';
import { fulfillmentOf, moved, orderKey, readOrder, throwIfOrderIsCancelled } from './order-access';

/**
 * Medusa's markOrderFulfillmentAsDeliveredWorkflow (admin `POST
 * /admin/orders/:id/fulfillments/:fulfillment_id/mark-as-delivered`): the fulfillment is delivered
 * now and its items' delivered quantities grow by what it holds. `order_id` is the fulfillment's
 * order, found by the resolver so the run takes the order's lock.
 */
export const markFulfillmentDeliveredWorkflow = createWorkflow<
  { fulfillment_id: string; order_id: string },
  { id: string }
>({
  name: 'admin_mark_fulfillment_delivered',
  steps: [readOrderStep, deliverFulfillmentStep, setItemQuantitiesStep],
  lockKey: ({ order_id }) => orderKey(order_id),
  async run(run, input) {
    const order = await readOrder(run, input.order_id);
    throwIfOrderIsCancelled(order);
    const fulfillment = fulfillmentOf(order, assertId(input.fulfillment_id, 'ful', 'fulfillment_id'));
    if (fulfillment.canceled_at)
      throw notAllowed('Cannot deliver an already canceled fulfillment', { fulfillment_id: fulfillment.id });
    if (fulfillment.delivered_at)
      throw notAllowed('Fulfillment has already been marked delivered', { fulfillment_id: fulfillment.id });
    await run.step(deliverFulfillmentStep, { id: fulfillment.id });
    await run.step(setItemQuantitiesStep, { order_id: order.id, ...moved(order, fulfillment, 'delivered_quantity') });
    return { id: fulfillment.id };
  },
});
