import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const WorkflowShippingOptions = graphql(`
  query WorkflowShippingOptions {
    shipping_options(pagination: { take: 200 }) {
      data {
        id name shipping_profile_id
        service_zone { geo_zones { country_code } }
        rules { attribute operator value }
        prices { currency_code amount }
      }
    }
  }
`);

/** Every shipping option with its zones, rules and prices (Medusa's listShippingOptionsForCart reads). */
export const readShippingOptionsStep = createStep({
  name: 'read-shipping-options',
  target: 'gateway',
  invoke: async (_: Record<string, never>, { call }) => (await call(WorkflowShippingOptions, {})).shipping_options.data,
});
