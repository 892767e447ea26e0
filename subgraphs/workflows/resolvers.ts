import { assertId } from '../../kit/ids';
import { assertNoNul, notFound } from '../../kit/input';
import type { GraphQLResolveInfo } from 'graphql';
import type { Workflow } from '../../kit/workflow-definition';
import { runOptions, type WorkflowsContext } from './context';
import type { OrderFulfillmentStatus, OrderPaymentStatus, Resolvers } from './generated/resolvers';
import { readPaymentCollectionStep } from './steps/gateway/read-payment-collection';
import { readPricePreferencesStep } from './steps/gateway/read-price-preferences';
import { readShippingOptionsStep } from './steps/gateway/read-shipping-options';
import { readCartStep } from './steps/gateway/read-cart';
import { requireHolder } from '../../kit/ownership';
import { requireAdmin } from '../../kit/auth';
import { optionsForCart } from './workflows/shipping-options';
import { adminInputs, adminWorkflows } from './workflows/admin';
import { fulfillmentStatus, paymentStatus } from './order-status';

/** Runs a mutation's workflow for the client, with its Idempotency-Key and fingerprint. */
async function execute<Input, Result>(
  context: WorkflowsContext,
  info: GraphQLResolveInfo,
  workflow: Workflow<Input, Result>,
  input: Input,
  args: Record<string, unknown>,
): Promise<Result> {
  // The journal keeps the arguments: what PostgreSQL cannot store is refused first, naming where it is.
  for (const [name, value] of Object.entries(args)) assertNoNul(value, name);
  return context.engine.execute(workflow, input, runOptions(context, info.fieldName, String(info.path.key), args));
}

export const resolvers: Resolvers = {
  // An order's statuses (order-status.ts), from the fields the gateway fetched (`@requires`).
  Order: {
    __resolveReference: (order) => order,
    payment_status: (order) =>
      paymentStatus(order.currency_code, order.payment_collections ?? []) as OrderPaymentStatus,
    fulfillment_status: (order) =>
      fulfillmentStatus(order.items ?? [], order.fulfillments ?? []) as OrderFulfillmentStatus,
  },
  Query: {
    cart_shipping_options: async (_, { cart_id }, { gateway, actor }) => {
      const cart = await readCartStep.invoke({ id: assertId(cart_id, 'cart', 'cart_id') }, gateway);
      if (!cart) throw notFound(`Cart ${cart_id} was not found`);
      requireHolder(
        actor,
        cart.customer ?? (cart.customer_id ? { id: cart.customer_id, has_account: true } : null),
        `Cart ${cart_id}`,
      );
      return optionsForCart(
        cart,
        await readShippingOptionsStep.invoke({}, gateway),
        await readPricePreferencesStep.invoke({ attribute: 'currency_code', values: [cart.currency_code] }, gateway),
      );
    },
  },
  Mutation: {
    create_cart: (_, args, context, info) => execute(context, info, context.workflows.createCart, args.input, args),
    update_cart: (_, args, context, info) =>
      execute(
        context,
        info,
        context.workflows.updateCart,
        { cart_id: assertId(args.cart_id, 'cart', 'cart_id'), input: args.input },
        args,
      ),
    add_line_item: (_, args, context, info) =>
      execute(
        context,
        info,
        context.workflows.addLineItem,
        {
          cart_id: assertId(args.cart_id, 'cart', 'cart_id'),
          item: { variant_id: args.variant_id, quantity: args.quantity, metadata: args.metadata },
        },
        args,
      ),
    update_line_item: (_, args, context, info) =>
      execute(
        context,
        info,
        context.workflows.updateLineItem,
        {
          cart_id: assertId(args.cart_id, 'cart', 'cart_id'),
          line_item_id: args.line_item_id,
          quantity: args.quantity,
        },
        args,
      ),
    remove_line_item: (_, args, context, info) =>
      execute(
        context,
        info,
        context.workflows.updateLineItem,
        { cart_id: assertId(args.cart_id, 'cart', 'cart_id'), line_item_id: args.line_item_id, quantity: 0 },
        args,
      ),
    add_shipping_method: (_, args, context, info) =>
      execute(
        context,
        info,
        context.workflows.addShippingMethod,
        { cart_id: assertId(args.cart_id, 'cart', 'cart_id'), option_id: args.option_id, data: args.data },
        args,
      ),
    add_promotions: (_, args, context, info) =>
      execute(
        context,
        info,
        context.workflows.addPromotions,
        { cart_id: assertId(args.cart_id, 'cart', 'cart_id'), promo_codes: args.promo_codes },
        args,
      ),
    remove_promotions: (_, args, context, info) =>
      execute(
        context,
        info,
        context.workflows.removePromotions,
        { cart_id: assertId(args.cart_id, 'cart', 'cart_id'), promo_codes: args.promo_codes },
        args,
      ),
    create_payment_collection: (_, args, context, info) =>
      execute(
        context,
        info,
        context.workflows.createPaymentCollection,
        { cart_id: assertId(args.cart_id, 'cart', 'cart_id') },
        args,
      ),
    create_payment_session: async (_, args, context, info) => {
      const id = assertId(args.payment_collection_id, 'pay_col', 'payment_collection_id');
      // The run takes the lock of the collection's cart, so the cart is found first.
      const collection = await readPaymentCollectionStep.invoke({ id }, context.gateway);
      const input = {
        payment_collection_id: id,
        provider_id: args.provider_id ?? 'pp_system_default',
        cart_id: collection?.cart?.id ?? null,
      };
      return execute(context, info, context.workflows.createPaymentSession, input, args);
    },
    complete_cart: (_, args, context, info) =>
      execute(
        context,
        info,
        context.workflows.completeCart,
        { cart_id: assertId(args.cart_id, 'cart', 'cart_id') },
        args,
      ),
    transfer_cart_customer: (_, args, context, info) =>
      execute(
        context,
        info,
        context.workflows.transferCartCustomer,
        { cart_id: assertId(args.cart_id, 'cart', 'cart_id') },
        args,
      ),
    // The admin's workflows (workflows/admin), each the mutation of its name.
    ...Object.fromEntries(
      adminWorkflows.map((workflow) => [
        workflow.name,
        async (_: unknown, args: Record<string, unknown>, context: WorkflowsContext, info: GraphQLResolveInfo) => {
          // The gateway lets only admin users send these; a request that did not pass it is refused too.
          requireAdmin(context.actor, workflow.name);
          return execute(
            context,
            info,
            workflow,
            ((await adminInputs[workflow.name]?.(args, context.gateway)) ?? args) as never,
            args,
          );
        },
      ]),
    ),
  },
};
