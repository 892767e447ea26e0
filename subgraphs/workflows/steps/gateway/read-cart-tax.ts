import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const WorkflowCartTax = graphql(`
  query WorkflowCartTax($id: ID!) {
    cart(id: $id) {
      id
      region { id automatic_taxes }
      shipping_address { country_code province }
      items { id product_id product_type_id is_giftcard tax_lines { id item_id description code rate provider_id tax_rate_id } }
      shipping_methods { id shipping_option_id tax_lines { id shipping_method_id description code rate provider_id tax_rate_id } }
    }
  }
`);

/** Medusa's updateTaxLinesWorkflow's cart fields: what its tax context and its items' tax lines are made of. */
export const readCartTaxStep = createStep({
  name: 'read-cart-tax',
  target: 'gateway',
  invoke: async ({ id }: { id: string }, { call }) => (await call(WorkflowCartTax, { id })).cart,
});
