import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const WorkflowPromotionContext = graphql(`
  query WorkflowPromotionContext($id: ID!) {
    cart(id: $id) {
      id
      customer { id email groups { id } }
      items {
        id original_total
        variant { id product_id }
        product { id type_id collection_id is_giftcard tags { id } categories { id } }
      }
      shipping_methods {
        id subtotal original_total
        shipping_option { id shipping_option_type_id shipping_profile_id }
      }
    }
  }
`);

/**
 * What Medusa's cartFieldsForRefreshSteps add for the promotion rules: the customer's groups, each
 * item's product (type, collection, tags, categories) and variant, each shipping method's option;
 * one read through the gateway (its entity fetches are batched per subgraph).
 */
export const readPromotionContextStep = createStep({
  name: 'read-promotion-context',
  target: 'gateway',
  invoke: async ({ id }: { id: string }, { call }) => (await call(WorkflowPromotionContext, { id })).cart,
});
