import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const WorkflowCart = graphql(`
  query WorkflowCart($id: ID!) {
    cart(id: $id) {
      id email currency_code region_id customer_id sales_channel_id locale metadata completed_at
      region { id name currency_code countries { iso_2 } }
      customer { id has_account }
      shipping_address { first_name last_name company address_1 address_2 city country_code province postal_code phone metadata }
      billing_address { first_name last_name company address_1 address_2 city country_code province postal_code phone metadata }
      items {
        id quantity unit_price variant_id product_id title subtitle thumbnail product_title product_description
        product_subtitle product_type product_type_id product_collection product_handle variant_sku variant_barcode
        variant_title variant_option_values requires_shipping is_discountable is_giftcard is_tax_inclusive is_custom_price
        compare_at_unit_price metadata subtotal
        adjustments { id item_id code amount description is_tax_inclusive promotion_id provider_id }
        tax_lines { description code rate provider_id tax_rate_id }
      }
      shipping_methods {
        id name description amount is_tax_inclusive shipping_option_id data metadata
        adjustments { id code amount description promotion_id provider_id }
        tax_lines { description code rate provider_id tax_rate_id }
      }
      credit_lines { reference reference_id amount metadata }
      total subtotal tax_total discount_total discount_subtotal discount_tax_total original_total original_tax_total
      item_total item_subtotal item_tax_total original_item_total original_item_subtotal original_item_tax_total
      shipping_total shipping_subtotal shipping_tax_total original_shipping_total original_shipping_subtotal original_shipping_tax_total
      credit_line_total
      payment_collection { id amount currency_code status payment_sessions { id status provider_id } }
      promotions { id code }
      order { id display_id }
    }
  }
`);

/** Medusa's useQueryGraphStep on the cart: everything the cart flows decide on, read through the gateway. */
export const readCartStep = createStep({
  name: 'read-cart',
  target: 'gateway',
  invoke: async ({ id }: { id: string }, { call }) => (await call(WorkflowCart, { id })).cart,
});
