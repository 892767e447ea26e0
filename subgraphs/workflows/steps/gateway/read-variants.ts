import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const WorkflowVariants = graphql(`
  query WorkflowVariants($ids: [ID!]!) {
    product_variants(filters: { id: $ids }, pagination: { take: 200 }) {
      data {
        id title sku barcode thumbnail
        options { value option { title } }
        prices { currency_code amount }
        product {
          id title description subtitle handle thumbnail discountable is_giftcard status
          type { id value } collection { title } shipping_profile { id }
        }
      }
    }
  }
`);

/** The variants to put in a cart, with their product and prices (Medusa's getVariantsAndItemsWithPrices). */
export const readVariantsStep = createStep({
  name: 'read-variants',
  target: 'gateway',
  invoke: async ({ ids }: { ids: string[] }, { call }) => (await call(WorkflowVariants, { ids })).product_variants.data,
});
