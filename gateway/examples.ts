/**
 * The storefront's cart page selection: a cart with every link of the seed table. `npm start`
 * prints it as the example, and the tests send exactly this.
 */
export const CART_PAGE_FIELDS = `
    id email currency_code
    region { id name currency_code }
    customer { id email }
    sales_channel { id name }
    items {
      id title quantity unit_price
      product { id title }
      variant { id sku }
      adjustments { amount promotion { id code } }
    }
    shipping_methods { id amount shipping_option { id name } }
    promotions { id code }
    payment_collection { id amount status }
    order { id display_id status cart { id } }`;

export const CART_PAGE_QUERY = `query CartPage($id: ID!) {
  cart(id: $id) {${CART_PAGE_FIELDS}
  }
}`;
