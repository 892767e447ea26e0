import type {
  WorkflowCartQuery,
  WorkflowPromotionContextQuery,
  WorkflowPromotionFieldsFragment,
  WorkflowShippingOptionsQuery,
  WorkflowVariantsQuery,
} from './generated/documents/graphql';

/** What the workflows read across modules, as their documents (steps/gateway) declare it. */
export type WorkflowCart = NonNullable<WorkflowCartQuery['cart']>;
export type CartItem = WorkflowCart['items'][number];
export type CartAddress = NonNullable<WorkflowCart['shipping_address']>;
export type Adjustment = Omit<CartItem['adjustments'][number], 'id'> & { id?: string };
export type WorkflowVariant = WorkflowVariantsQuery['product_variants']['data'][number];
export type WorkflowPromotion = WorkflowPromotionFieldsFragment;
export type PromotionRule = NonNullable<WorkflowPromotion['rules']>[number];
export type PromotionContext = NonNullable<WorkflowPromotionContextQuery['cart']> & {
  /** The uses so far of `use_by_attribute` budgets for the cart's values of their attributes. */
  budget_usages: BudgetUsage[];
};
export type BudgetUsage = NonNullable<WorkflowPromotionContextQuery['budget_usages']>['data'][number];
export type WorkflowShippingOption = WorkflowShippingOptionsQuery['shipping_options']['data'][number];

/** An entity this subgraph answers with only its id (the owning subgraph resolves the rest). */
export interface Reference {
  id: string;
}

/** An order as the gateway sends it for its statuses: its id, and the fields `@requires` names once fetched. */
export interface OrderStatusSource {
  id: string;
  currency_code?: string | null;
  payment_collections?:
    { status: string; amount: string; captured_amount?: string | null; refunded_amount?: string | null }[] | null;
  items?: { quantity: string; detail?: { fulfilled_quantity?: string | null } | null }[] | null;
  fulfillments?:
    | {
        packed_at?: string | null;
        shipped_at?: string | null;
        delivered_at?: string | null;
        canceled_at?: string | null;
      }[]
    | null;
}
