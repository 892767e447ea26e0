import { notFound } from '../../../../kit/errors';
import { assertId } from '../../../../kit/ids';
import type { StepContext, Workflow } from '../../../../kit/workflow-definition';
import { readFulfillmentStep } from '../../steps/gateway/read-fulfillment';
import { cancelFulfillmentWorkflow } from './cancel-fulfillment';
import { cancelOrderWorkflow } from './cancel-order';
import { capturePaymentWorkflow } from './capture-payment';
import { createFulfillmentWorkflow } from './create-fulfillment';
import { createShipmentWorkflow } from './create-shipment';
import { markFulfillmentDeliveredWorkflow } from './mark-fulfillment-delivered';
import { refundPaymentWorkflow } from './refund-payment';

/**
 * The admin's workflows, each served as the mutation of its name (`admin_<verb>_<list>`) with its
 * arguments as its input, unless `adminInputs` says how to make the input from them.
 */
export const adminWorkflows: Workflow<never, unknown>[] = [
  // Order management (README "Order management").
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  refundPaymentWorkflow,
  createFulfillmentWorkflow,
  createShipmentWorkflow,
  markFulfillmentDeliveredWorkflow,
  cancelFulfillmentWorkflow,
] as unknown as Workflow<never, unknown>[];

/** A mutation's input made from its arguments, by mutation name, where that takes a read first. */
export const adminInputs: Record<string, (args: Record<string, unknown>, gateway: StepContext) => Promise<unknown>> = {
  // The run takes the lock of the fulfillment's order, so the order is found first.
  admin_mark_fulfillment_delivered: async (args, gateway) => {
    const id = assertId(String(args.fulfillment_id), 'ful', 'fulfillment_id');
    const fulfillment = await readFulfillmentStep.invoke({ id }, gateway);
    if (!fulfillment?.order) throw notFound(`Fulfillment with id: ${id} was not found`, { fulfillment_id: id });
    return { fulfillment_id: id, order_id: fulfillment.order.id };
  },
};
