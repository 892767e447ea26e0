import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const WorkflowPromotionContext = graphql(`
  query WorkflowPromotionContext($id: ID!, $budgets: [ID!]!, $values: [String!]!, $withUsages: Boolean!) {
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
    budget_usages: campaign_budget_usages(
      filters: { budget_id: $budgets, attribute_value: $values }
      pagination: { take: 200 }
    ) @include(if: $withUsages) {
      data { budget_id attribute_value used }
    }
  }
`);

/**
 * What Medusa's cartFieldsForRefreshSteps add for the promotion rules: the customer's groups, each
 * item's product (type, collection, tags, categories) and variant, each shipping method's option;
 * and the uses so far of the `use_by_attribute` budgets (`budgets`) for the cart's values of their
 * attributes (`values`); one read through the gateway (its entity fetches are batched per subgraph).
 */
export const readPromotionContextStep = createStep({
  name: 'read-promotion-context',
  target: 'gateway',
  invoke: async (
    { id, budgets = [], values = [] }: { id: string; budgets?: string[]; values?: string[] },
    { call },
  ) => {
    const withUsages = budgets.length > 0 && values.length > 0;
    const answer = await call(WorkflowPromotionContext, { id, budgets, values, withUsages });
    return answer.cart ? { ...answer.cart, budget_usages: answer.budget_usages?.data ?? [] } : null;
  },
});
