import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { PromotionUsageActionInput, PromotionUsageContextInput } from '../../generated/documents/graphql';

const RegisterUsage = graphql(`
  mutation RegisterUsage($order: ID!, $actions: [PromotionUsageActionInput!]!, $context: PromotionUsageContextInput) {
    promotion_usage_register(reference_id: $order, actions: $actions, context: $context) { reference_id }
  }
`);
const RevertUsage = graphql(`
  mutation RevertUsage($order: ID!) {
    promotion_usage_revert(reference_id: $order) { __typename }
  }
`);

/** Medusa's registerUsageStep: the order's promotions counted once (per order), per-customer budgets for its customer and email. Undo: what it counted taken back. */
export const registerUsageStep = createStep({
  name: 'register-usage',
  target: 'promotion',
  invoke: async (
    {
      order_id,
      actions,
      context,
    }: { order_id: string; actions: PromotionUsageActionInput[]; context: PromotionUsageContextInput },
    { call },
  ) => (await call(RegisterUsage, { order: order_id, actions, context })).promotion_usage_register,
  compensate: async ({ order_id }, _output, { call }) => call(RevertUsage, { order: order_id }),
});
