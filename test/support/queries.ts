import { CART_PAGE_FIELDS } from '../../gateway/examples';

export { CART_PAGE_QUERY } from '../../gateway/examples';

export const CART_LIST_QUERY = `query CartList($take: Int!) {
  carts(pagination: { take: $take }) { data { ${CART_PAGE_FIELDS} } }
}`;

export interface CartPage {
  id: string;
  email: string | null;
  currency_code: string;
  region: { id: string; name: string; currency_code: string } | null;
  customer: { id: string; email: string | null } | null;
  sales_channel: { id: string; name: string } | null;
  items: {
    id: string;
    title: string;
    quantity: number;
    unit_price: string;
    product: { id: string; title: string } | null;
    variant: { id: string; sku: string | null } | null;
    adjustments: { amount: string; promotion: { id: string; code: string } | null }[];
  }[];
  shipping_methods: { id: string; amount: string; shipping_option: { id: string; name: string } | null }[];
  promotions: { id: string; code: string }[];
  payment_collection: { id: string; amount: string; status: string } | null;
  order: { id: string; display_id: number; status: string; cart: { id: string } | null } | null;
}

/** Exact decimal strings to integer cents, so sums are checked to the cent. */
export function cents(amount: string): number {
  const [units, fraction = ''] = amount.split('.');
  return Number(units) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}
