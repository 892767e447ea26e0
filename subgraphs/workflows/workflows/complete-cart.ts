import { createWorkflow } from '../../../kit/workflow-definition';
import Decimal from 'decimal.js';
import { badUserInput } from '../../../kit/errors';
import type { OrderCreateInput } from '../generated/documents/graphql';
import type { WorkflowCart } from '../reads';
import { completeCartStep } from '../steps/cart/complete-cart';
import { readCartStep } from '../steps/gateway/read-cart';
import { createLinksStep } from '../steps/link/create-links';
import { createOrderStep } from '../steps/order/create-order';
import { authorizePaymentSessionStep } from '../steps/payment/authorize-payment-session';
import { registerUsageStep } from '../steps/promotion/register-usage';
import { cartKey, usableCart } from './cart-access';

const PROCESSABLE = ['pending', 'requires_more', 'authorized', 'captured', 'pending_authorization'];

/**
 * Medusa's completeCartWorkflow: idempotent (a cart that has an order answers it); its
 * refusals; the order; its links to the cart, the promotions and the payment collection; the cart
 * completed; promotion usage registered; the payment session authorized.
 */
export const completeCartWorkflow = createWorkflow<
  { cart_id: string },
  { order: { id: string }; cart: { id: string } }
>({
  name: 'complete_cart',
  steps: [
    readCartStep,
    createOrderStep,
    createLinksStep,
    completeCartStep,
    registerUsageStep,
    authorizePaymentSessionStep,
  ],
  lockKey: ({ cart_id }) => cartKey(cart_id),
  async run(run, { cart_id }) {
    const cart = await usableCart(run, cart_id);
    if (cart.order) return { order: { id: cart.order.id }, cart: { id: cart_id } };
    if (cart.items.length === 0) throw badUserInput('Cannot complete a cart with no items');
    const collection = cart.payment_collection;
    if (!collection && new Decimal(cart.total).gt(0))
      throw badUserInput('Payment collection has not been initiated for cart');
    const session = collection?.payment_sessions.find((candidate) => PROCESSABLE.includes(candidate.status));
    // Medusa skips payment for a cart that costs nothing.
    if (collection && !session && new Decimal(cart.total).gt(0))
      throw badUserInput('Payment sessions are required to complete cart');
    if (cart.items.some((item) => item.requires_shipping) && cart.shipping_methods.length === 0) {
      throw badUserInput('No shipping method selected but the cart contains items that require shipping.');
    }
    const order = await run.step(createOrderStep, { id: run.newId('order'), ...orderInput(cart) });
    await run.step(createLinksStep, {
      links: [
        { order: { order_id: order.id }, cart: { cart_id } },
        ...(cart.promotions ?? []).map((promotion) => ({
          order: { order_id: order.id },
          promotion: { promotion_id: promotion.id },
        })),
        ...(collection ? [{ order: { order_id: order.id }, payment: { payment_collection_id: collection.id } }] : []),
      ],
    });
    await run.step(completeCartStep, { id: cart_id, at: run.startedAt.toISOString() });
    const actions = usageActions(cart);
    if (actions.length > 0)
      await run.step(registerUsageStep, {
        order_id: order.id,
        actions,
        // Medusa's registrationContext: what `use_by_attribute` budgets count per.
        context: { customer_id: cart.customer_id ?? null, customer_email: cart.email ?? null },
      });
    if (session) await run.step(authorizePaymentSessionStep, { id: session.id });
    return { order: { id: order.id }, cart: { id: cart_id } };
  },
});

/** What each promotion took off the cart: the actions Medusa's registerUsage counts. */
function usageActions(cart: WorkflowCart): { code: string; amount: string }[] {
  const byCode = new Map<string, Decimal>();
  for (const adjustment of [
    ...cart.items.flatMap((item) => item.adjustments),
    ...cart.shipping_methods.flatMap((method) => method.adjustments),
  ]) {
    if (adjustment.code)
      byCode.set(adjustment.code, (byCode.get(adjustment.code) ?? new Decimal(0)).add(adjustment.amount));
  }
  return [...byCode].map(([code, amount]) => ({ code, amount: amount.toFixed() }));
}

/** The order completeCartWorkflow builds: the cart's rows copied, ids stripped. */
function orderInput(cart: WorkflowCart): OrderCreateInput {
  return {
    region_id: cart.region_id,
    customer_id: cart.customer_id,
    sales_channel_id: cart.sales_channel_id,
    email: cart.email,
    currency_code: cart.currency_code,
    locale: cart.locale,
    metadata: cart.metadata,
    shipping_address: cart.shipping_address,
    billing_address: cart.billing_address,
    items: cart.items.map(({ id: _id, subtotal: _subtotal, adjustments, tax_lines, ...item }) => ({
      ...item,
      adjustments: adjustments.map(({ id: _adjustmentId, item_id: _itemId, ...adjustment }) => adjustment),
      tax_lines,
    })),
    shipping_methods: cart.shipping_methods.map(({ id: _id, adjustments, ...method }) => ({
      ...method,
      adjustments: adjustments.map(({ id: _adjustmentId, ...adjustment }) => adjustment),
    })),
    credit_lines: cart.credit_lines,
    summary: {
      pending_difference: cart.total,
      current_order_total: cart.total,
      original_order_total: cart.total,
      transaction_total: '0',
      paid_total: '0',
      refunded_total: '0',
      credit_line_total: cart.credit_line_total,
      accounting_total: cart.total,
    },
    transactions: [],
  };
}
