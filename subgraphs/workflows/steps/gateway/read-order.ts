import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const WorkflowOrder = graphql(`
  query WorkflowOrder($id: ID!) {
    order(id: $id) {
      id
      status
      items {
        id
        title
        variant_sku
        variant_barcode
        requires_shipping
        detail { quantity fulfilled_quantity shipped_quantity delivered_quantity }
      }
      shipping_address { company first_name last_name address_1 address_2 city country_code province postal_code phone }
      shipping_methods { shipping_option_id }
      fulfillments { id packed_at shipped_at delivered_at canceled_at items { line_item_id quantity } }
      currency_code
      payment_collections { id status payments { id canceled_at captures { id amount } refunds { id amount } } }
    }
  }
`);

/** An order as the admin flows check it (Medusa's useQueryGraphStep on `order`): items, fulfillments and payments. */
export const readOrderStep = createStep({
  name: 'read-order',
  target: 'gateway',
  invoke: async ({ id }: { id: string }, { call }) => (await call(WorkflowOrder, { id })).order,
});
