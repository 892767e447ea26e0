import Decimal from 'decimal.js';
import type { PromotionContext, WorkflowCart } from '../reads';

/** An item as computeActions sees it: the line's fields, its product and variant, amounts as decimals. */
export interface ItemContext {
  id: string;
  quantity: number;
  subtotal: Decimal;
  original_total: Decimal;
  is_discountable: boolean;
  [attribute: string]: unknown;
}

/** A shipping method as computeActions sees it. */
export interface ShippingContext {
  id: string;
  subtotal: Decimal;
  [attribute: string]: unknown;
}

/** Medusa's compute-actions context: the cart (cartFieldsForRefreshSteps) the rules are evaluated on. */
export interface ActionContext {
  currency_code: string;
  items: ItemContext[];
  shipping_methods: ShippingContext[];
  [attribute: string]: unknown;
}

/** The cart and what the promotion rules read of its customer, products and shipping options, as one context. */
export function actionContext(cart: WorkflowCart, extra: PromotionContext | null): ActionContext {
  const extraItems = new Map((extra?.items ?? []).map((item) => [item.id, item]));
  const extraMethods = new Map((extra?.shipping_methods ?? []).map((method) => [method.id, method]));
  const { items, shipping_methods, customer, ...rest } = cart;
  return {
    ...rest,
    customer: extra?.customer ?? customer,
    items: items.map((item) => {
      const more = extraItems.get(item.id);
      return {
        ...item,
        variant: more?.variant ?? (item.variant_id ? { id: item.variant_id } : null),
        product: more?.product ?? (item.product_id ? { id: item.product_id } : null),
        subtotal: new Decimal(item.subtotal),
        original_total: new Decimal(more?.original_total ?? item.subtotal),
      };
    }),
    shipping_methods: shipping_methods.map((method) => {
      const more = extraMethods.get(method.id);
      return {
        ...method,
        shipping_option:
          more?.shipping_option ?? (method.shipping_option_id ? { id: method.shipping_option_id } : null),
        subtotal: new Decimal(more?.subtotal ?? method.amount),
      };
    }),
  };
}
