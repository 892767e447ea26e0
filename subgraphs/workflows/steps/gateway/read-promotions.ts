import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const WorkflowPromotions = graphql(`
  query WorkflowPromotions($codes: [String!]!) {
    promotions(filters: { code: $codes }, pagination: { take: 200 }) {
      data {
        id code status type is_automatic is_tax_inclusive
        campaign { starts_at ends_at }
        rules { attribute operator values { value } }
        application_method {
          type target_type allocation value currency_code max_quantity
          target_rules { attribute operator values { value } }
        }
      }
    }
  }
`);

/** The promotions of these codes, with what computing their actions needs. */
export const readPromotionsStep = createStep({
  name: 'read-promotions',
  target: 'gateway',
  invoke: async ({ codes }: { codes: string[] }, { call }) =>
    codes.length === 0 ? [] : (await call(WorkflowPromotions, { codes })).promotions.data,
});
