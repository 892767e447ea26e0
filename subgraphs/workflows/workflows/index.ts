import type { Workflow } from '../../../kit/workflow-definition';
import { addLineItemWorkflow } from './add-line-item';
import { addPromotionsWorkflow } from './add-promotions';
import { addShippingMethodWorkflow } from './add-shipping-method';
import { completeCartWorkflow } from './complete-cart';
import { createCartWorkflow, type StoreDefaults } from './create-cart';
import { createPaymentCollectionWorkflow } from './create-payment-collection';
import { createPaymentSessionWorkflow } from './create-payment-session';
import { removePromotionsWorkflow } from './remove-promotions';
import { transferCartCustomerWorkflow } from './transfer-cart-customer';
import { updateCartWorkflow } from './update-cart';
import { updateLineItemWorkflow } from './update-line-item';

/** The storefront's cart workflows, one per mutation (`remove_line_item` is `update_line_item` to 0). */
export function cartWorkflows(defaults: StoreDefaults = {}) {
  return {
    createCart: createCartWorkflow(defaults),
    updateCart: updateCartWorkflow,
    addLineItem: addLineItemWorkflow,
    updateLineItem: updateLineItemWorkflow,
    addShippingMethod: addShippingMethodWorkflow,
    addPromotions: addPromotionsWorkflow,
    removePromotions: removePromotionsWorkflow,
    createPaymentCollection: createPaymentCollectionWorkflow,
    createPaymentSession: createPaymentSessionWorkflow,
    completeCart: completeCartWorkflow,
    transferCartCustomer: transferCartCustomerWorkflow,
  };
}

export type CartWorkflows = ReturnType<typeof cartWorkflows>;

/** Every workflow, for the engine to drive a run it finds in the journal by its name. */
export function allWorkflows(workflows: CartWorkflows): Workflow<never, unknown>[] {
  return Object.values(workflows) as unknown as Workflow<never, unknown>[];
}
