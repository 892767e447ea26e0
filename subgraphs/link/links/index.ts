import { cartPaymentCollection } from './cart-payment-collection';
import { cartPromotion } from './cart-promotion';
import { orderCart } from './order-cart';

/** Every stored link the link subgraph owns. */
export const links = [orderCart, cartPaymentCollection, cartPromotion] as const;

export type { LinkDefinition, LinkSide } from './definition';
