import { cartPaymentCollection } from './cart-payment-collection';
import { cartPromotion } from './cart-promotion';
import { customerAccountHolder } from './customer-account-holder';
import { orderCart } from './order-cart';
import { orderFulfillment } from './order-fulfillment';
import { orderPaymentCollection } from './order-payment-collection';
import { orderPromotion } from './order-promotion';
import { productSalesChannel } from './product-sales-channel';
import { productShippingProfile } from './product-shipping-profile';
import { regionPaymentProvider } from './region-payment-provider';

/** Every stored link among the nine modules. Adding a link is adding its declaration here. */
export const links = [
  orderCart,
  cartPaymentCollection,
  cartPromotion,
  orderPromotion,
  orderPaymentCollection,
  orderFulfillment,
  productSalesChannel,
  productShippingProfile,
  regionPaymentProvider,
  customerAccountHolder,
] as const;

export { cardinality, pivotTypeName, type ExtraColumn, type LinkDefinition, type LinkSide } from './definition';
