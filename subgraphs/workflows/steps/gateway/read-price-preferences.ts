import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const WorkflowPricePreferences = graphql(`
  query WorkflowPricePreferences($attribute: String!, $values: [String!]!) {
    price_preferences(filters: { attribute: [$attribute], value: $values }, pagination: { take: 200 }) {
      data { id attribute value is_tax_inclusive }
    }
  }
`);

/**
 * The live price preferences of these currencies (`attribute: "currency_code"`) or regions
 * (`"region_id"`): what Medusa's calculatePrices reads for a cart's prices, and what its region
 * workflows change. At most one each (their attribute and value are unique).
 */
export const readPricePreferencesStep = createStep({
  name: 'read-price-preferences',
  target: 'gateway',
  invoke: async (input: { attribute: 'currency_code' | 'region_id'; values: string[] }, { call }) =>
    (await call(WorkflowPricePreferences, input)).price_preferences.data,
});
