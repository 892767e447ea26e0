import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { ProductCreateInput } from '../../generated/documents/graphql';

const CreateProducts = graphql(`
  mutation CreateProducts($data: [ProductCreateInput!]!) {
    create_products(data: $data) { id }
  }
`);
const SoftDeleteCreatedProducts = graphql(`
  mutation SoftDeleteCreatedProducts($ids: [ID!]!) {
    soft_delete_products(ids: $ids)
  }
`);

/**
 * Medusa's createProductsStep, with the products' ids chosen before the call (a repeat returns
 * them as they are). Undo: soft-delete, with their variants, the products that were not there
 * before the run (`new_ids`); those it found stay (gone is done).
 */
export const createProductsStep = createStep({
  name: 'create-products',
  target: 'product',
  invoke: async ({ data }: { data: (ProductCreateInput & { id: string })[]; new_ids: string[] }, { call }) =>
    (await call(CreateProducts, { data })).create_products,
  compensate: async ({ new_ids }, _output, { call }) =>
    new_ids.length > 0 ? call(SoftDeleteCreatedProducts, { ids: new_ids }) : undefined,
});
