import { adminCreateProductsWorkflow } from './create-products';
import { adminCreateRegionsWorkflow } from './create-regions';
import { adminUpdateRegionsWorkflow } from './update-regions';

/** The admin's workflows (Medusa's admin routes that write across modules or create links), one per mutation. */
export const adminWorkflows = {
  adminCreateProducts: adminCreateProductsWorkflow,
  adminCreateRegions: adminCreateRegionsWorkflow,
  adminUpdateRegions: adminUpdateRegionsWorkflow,
};

export type AdminWorkflows = typeof adminWorkflows;
