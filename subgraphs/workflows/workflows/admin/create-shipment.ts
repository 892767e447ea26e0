import { badUserInput, notAllowed } from '../../../../kit/errors';
import { assertId } from '../../../../kit/ids';
import { createWorkflow } from '../../../../kit/workflow-definition';
import type { FulfillmentLabelInput } from '../../generated/documents/graphql';
import { shipFulfillmentStep } from '../../steps/fulfillment/ship-fulfillment';
import { readOrderStep } from '../../steps/gateway/read-order';
import { setItemQuantitiesStep } from '../../steps/order/set-item-quantities';
import { fulfillmentOf, moved, orderKey, readOrder, throwIfOrderIsCancelled } from './order-access';

/**
 * Medusa's createShipmentWorkflow (admin `POST /admin/orders/:id/fulfillments/:fulfillment_id/shipments`):
 * the order's fulfillment is marked shipped with its labels and its items' shipped quantities grow
 * by what it holds.
 */
export const createShipmentWorkflow = createWorkflow<
  { order_id: string; fulfillment_id: string; labels?: FulfillmentLabelInput[] | null },
  { id: string }
>({
  name: 'admin_create_shipment',
  steps: [readOrderStep, shipFulfillmentStep, setItemQuantitiesStep],
  lockKey: ({ order_id }) => orderKey(order_id),
  async run(run, input) {
    const order = await readOrder(run, assertId(input.order_id, 'order', 'order_id'));
    throwIfOrderIsCancelled(order);
    const fulfillment = fulfillmentOf(order, assertId(input.fulfillment_id, 'ful', 'fulfillment_id'));
    if (fulfillment.canceled_at)
      throw badUserInput(`Fulfillment with id ${fulfillment.id} has been canceled.`, { argument: 'fulfillment_id' });
    if (fulfillment.shipped_at)
      throw notAllowed(`Fulfillment with id ${fulfillment.id} already shipped`, { fulfillment_id: fulfillment.id });
    await run.step(shipFulfillmentStep, { id: fulfillment.id, labels: input.labels ?? [] });
    await run.step(setItemQuantitiesStep, { order_id: order.id, ...moved(order, fulfillment, 'shipped_quantity') });
    return { id: fulfillment.id };
  },
});
