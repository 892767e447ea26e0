import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const WorkflowPromotions = graphql(`
  query WorkflowPromotions($codes: [String!]!, $withCodes: Boolean!) {
    by_code: promotions(filters: { code: $codes }, pagination: { take: 200 }) @include(if: $withCodes) {
      data { ...WorkflowPromotionFields }
    }
    automatic: promotions(filters: { is_automatic: true, status: [active] }, pagination: { take: 200 }) {
      data { ...WorkflowPromotionFields }
    }
  }
  fragment WorkflowPromotionFields on Promotion {
    id code status type is_automatic is_tax_inclusive limit used
    campaign { starts_at ends_at budget { id type limit used attribute } }
    rules { attribute operator values { value } }
    application_method {
      type target_type allocation value currency_code max_quantity apply_to_quantity buy_rules_min_quantity
      target_rules { attribute operator values { value } }
      buy_rules { attribute operator values { value } }
    }
  }
`);

/**
 * The promotions of these codes (whatever their status) and the active automatic ones, with what
 * computing their actions needs: one read, as Medusa's computeActions lists codes `$or` automatic.
 */
export const readPromotionsStep = createStep({
  name: 'read-promotions',
  target: 'gateway',
  invoke: async ({ codes }: { codes: string[] }, { call }) => {
    const answer = await call(WorkflowPromotions, { codes, withCodes: codes.length > 0 });
    return { by_code: answer.by_code?.data ?? [], automatic: answer.automatic.data };
  },
});
