import { adminCreateProductsWorkflow } from './create-products';

/** The admin's workflows (Medusa's admin routes that write across modules or create links), one per mutation. */
export const adminWorkflows = {
  adminCreateProducts: adminCreateProductsWorkflow,
};

export type AdminWorkflows = typeof adminWorkflows;
