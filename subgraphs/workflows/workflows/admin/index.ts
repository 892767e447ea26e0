import { badUserInput, notFound } from '../../../../kit/errors';
import { assertId } from '../../../../kit/ids';
import type { StepContext, Workflow } from '../../../../kit/workflow-definition';
import { readFulfillmentStep } from '../../steps/gateway/read-fulfillment';
import { cancelFulfillmentWorkflow } from './cancel-fulfillment';
import { cancelOrderWorkflow } from './cancel-order';
import { capturePaymentWorkflow } from './capture-payment';
import { createFulfillmentWorkflow } from './create-fulfillment';
import { adminCreateProductsWorkflow } from './create-products';
import { adminCreateRegionsWorkflow } from './create-regions';
import { createShipmentWorkflow } from './create-shipment';
import { markFulfillmentDeliveredWorkflow } from './mark-fulfillment-delivered';
import { refundPaymentWorkflow } from './refund-payment';
import { adminUpdateRegionsWorkflow } from './update-regions';

/** Regions one admin_create_regions may hold: one page of the read that finds those already made. */
const MAX_REGIONS_PER_CALL = 200;

/**
 * The admin's workflows, each served as the mutation of its name (`admin_<verb>_<list>`) with its
 * arguments as its input, unless `adminInputs` says how to make the input from them.
 */
export const adminWorkflows: Workflow<never, unknown>[] = [
  // Medusa's admin routes that also create links (README "Admin writes").
  adminCreateRegionsWorkflow,
  adminUpdateRegionsWorkflow,
  adminCreateProductsWorkflow,
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
  admin_create_regions: async (args) => {
    const data = args.data as { id?: string | null }[];
    if (data.length > MAX_REGIONS_PER_CALL) {
      throw badUserInput(`data may hold at most ${MAX_REGIONS_PER_CALL} regions, got ${data.length}`, {
        argument: 'data',
      });
    }
    data.forEach((region, index) => region.id != null && assertId(region.id, 'reg', `data[${index}].id`));
    const ids = data.flatMap((region) => (region.id != null ? [region.id] : []));
    if (new Set(ids).size < ids.length) throw badUserInput('data: each id may be given once', { argument: 'data' });
    return { data };
  },
  admin_update_regions: async (args) => ({ id: assertId(String(args.id), 'reg'), data: args.data }),
  // The run takes the lock of the fulfillment's order, so the order is found first.
  admin_mark_fulfillment_delivered: async (args, gateway) => {
    const id = assertId(String(args.fulfillment_id), 'ful', 'fulfillment_id');
    const fulfillment = await readFulfillmentStep.invoke({ id }, gateway);
    if (!fulfillment?.order) throw notFound(`Fulfillment with id: ${id} was not found`, { fulfillment_id: id });
    return { fulfillment_id: id, order_id: fulfillment.order.id };
  },
};
