import type {
  WorkflowCartQuery,
  WorkflowPromotionsQuery,
  WorkflowShippingOptionsQuery,
  WorkflowVariantsQuery,
} from './generated/documents/graphql';

/** What the workflows read across modules, as their documents (steps/gateway) declare it. */
export type WorkflowCart = NonNullable<WorkflowCartQuery['cart']>;
export type CartItem = WorkflowCart['items'][number];
export type CartAddress = NonNullable<WorkflowCart['shipping_address']>;
export type Adjustment = Omit<CartItem['adjustments'][number], 'id'> & { id?: string };
export type WorkflowVariant = WorkflowVariantsQuery['product_variants']['data'][number];
export type WorkflowPromotion = WorkflowPromotionsQuery['promotions']['data'][number];
export type PromotionRule = NonNullable<WorkflowPromotion['rules']>[number];
export type WorkflowShippingOption = WorkflowShippingOptionsQuery['shipping_options']['data'][number];
