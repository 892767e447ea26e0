import Decimal from 'decimal.js';
import { badUserInput } from '../../kit/errors';
import { notAllowed, notFound } from '../../kit/input';
import { assertId } from '../../kit/ids';
import { callGraphQL } from '../../kit/remote';
import type { Actor } from '../../kit/auth';
import { requireHolder } from '../../kit/ownership';
import type { SubgraphServices } from '../../kit/subgraph';
import { KeyedLock, runWorkflow, type LockHold, type SharedLock, type Workflow } from '../../kit/workflow';
import { itemAdjustments } from './promotions';
import {
  CART_QUERY,
  PROMOTIONS_QUERY,
  SHIPPING_OPTIONS_QUERY,
  VARIANTS_QUERY,
  type Adjustment,
  type CartAddress,
  type WorkflowCart,
  type WorkflowPromotion,
  type WorkflowShippingOption,
  type WorkflowVariant,
} from './reads';

export interface CartItemInput {
  variant_id: string;
  quantity: number;
  metadata?: unknown;
}
export type AddressInput = Partial<CartAddress>;
export interface CreateCartInput {
  region_id?: string | null;
  sales_channel_id?: string | null;
  email?: string | null;
  currency_code?: string | null;
  locale?: string | null;
  metadata?: unknown;
  items?: CartItemInput[] | null;
  shipping_address?: AddressInput | null;
  billing_address?: AddressInput | null;
  promo_codes?: string[] | null;
}
export interface UpdateCartInput {
  email?: string | null;
  shipping_address?: AddressInput | null;
  billing_address?: AddressInput | null;
  promo_codes?: string[] | null;
  metadata?: unknown;
}

/** Which subgraph owns each primitive mutation the workflows call. */
const PRIMITIVE_OWNERS: Record<string, string> = {
  customer_find_or_create_guest: 'customer',
  customer_delete: 'customer',
  cart_create: 'cart',
  cart_update: 'cart',
  cart_delete: 'cart',
  line_items_create: 'cart',
  line_items_update: 'cart',
  line_items_delete: 'cart',
  line_item_adjustments_set: 'cart',
  shipping_methods_set: 'cart',
  order_create: 'order',
  order_delete: 'order',
  payment_collection_create: 'payment',
  payment_collection_update: 'payment',
  payment_collection_delete: 'payment',
  payment_session_create: 'payment',
  payment_session_authorize: 'payment',
  payment_session_cancel: 'payment',
  create_links: 'link',
  dismiss_links: 'link',
};

/** A test can make a named step fail, to prove that the steps before it are undone. */
export const faults = {
  /** Fails before the step runs. */
  failStep: undefined as string | undefined,
  /** Fails after the step ran: its answer is lost, as on a timeout. */
  failAfterStep: undefined as string | undefined,
  /** Runs as each step is about to start, by name: a test can stop the subgraph the step calls. */
  beforeStep: undefined as ((name: string) => Promise<void>) | undefined,
};

/**
 * The storefront's cart workflows. Reads go through the gateway (one query gets a cart with its
 * links); writes are the module subgraphs' own primitive mutations, each step with its undo.
 */
export function createCartFlows(services: SubgraphServices, lease?: SharedLock) {
  // Per cart: in this process, and through `lease` across the processes that share a database.
  const locks = new KeyedLock(lease);
  const gateway = <Data>(query: string, variables: Record<string, unknown> = {}) =>
    // As the `system` actor (the secret proves it), so the workflows may read any customer's data.
    callGraphQL<Data>({ name: 'gateway', url: services.gatewayUrl() }, query, variables, 30_000, services.subgraphHeaders());
  /** A module's primitive mutation, sent straight to the subgraph that owns it (they are not in the public API). */
  const mutate = <Data>(query: string, variables: Record<string, unknown> = {}) => {
    const field = /\{\s*(\w+)\s*\(/.exec(query)?.[1] ?? '';
    const subgraph = PRIMITIVE_OWNERS[field];
    if (!subgraph) throw new Error(`No subgraph owns the mutation ${field}`);
    return callGraphQL<Data>({ name: `${subgraph} subgraph`, url: services.subgraphUrl(subgraph) }, query, variables, 30_000, services.subgraphHeaders());
  };

  /** A step that the fault switch can break. */
  function step<T>(workflow: Workflow, name: string, run: () => Promise<T>, undo?: (result: T) => Promise<unknown>) {
    return workflow.step(
      name,
      async () => {
        await faults.beforeStep?.(name);
        if (faults.failStep === name) throw new Error(`fault injected at ${name}`);
        const result = await run();
        if (faults.failAfterStep === name) throw new Error(`fault injected after ${name}: its answer was lost`);
        return result;
      },
      undo,
    );
  }

  async function loadCart(id: string): Promise<WorkflowCart> {
    const { cart } = await gateway<{ cart: WorkflowCart | null }>(CART_QUERY, { id });
    if (!cart) throw notFound(`Cart ${id} was not found`);
    return cart;
  }

  /** A cart the actor may use (Medusa's store rule: a registered customer's cart is that customer's). */
  async function usableCart(id: string, actor: Actor): Promise<WorkflowCart> {
    const cart = await loadCart(id);
    // A customer the customer module no longer knows counts as registered: only admins may use the cart.
    requireHolder(actor, cart.customer ?? (cart.customer_id ? { id: cart.customer_id, has_account: true } : null), `Cart ${id}`);
    return cart;
  }

  async function openCart(id: string, actor: Actor): Promise<WorkflowCart> {
    const cart = await usableCart(id, actor);
    if (cart.completed_at) throw notAllowed(`Cart ${id} is already completed.`);
    return cart;
  }

  async function variants(ids: string[]): Promise<Map<string, WorkflowVariant>> {
    const { product_variants } = await gateway<{ product_variants: { data: WorkflowVariant[] } }>(VARIANTS_QUERY, { ids: [...new Set(ids)] });
    return new Map(product_variants.data.map((variant) => [variant.id, variant]));
  }

  /** Medusa's prepareLineItemData: a line priced in the cart's currency, with a snapshot of its product. */
  async function newLines(cart: { currency_code: string }, items: CartItemInput[]) {
    for (const item of items) {
      assertId(item.variant_id, 'variant', 'variant_id');
      if (!Number.isInteger(item.quantity) || item.quantity < 1) throw badUserInput('Item quantity must be greater than 0');
    }
    const found = await variants(items.map((item) => item.variant_id));
    const unavailable = items.filter((item) => found.get(item.variant_id)?.product?.status !== 'published').map((item) => item.variant_id);
    if (unavailable.length > 0) {
      throw badUserInput(`Variants ${unavailable.join(', ')} do not exist or belong to a product that is not published`);
    }
    const unpriced = items.filter((item) => !found.get(item.variant_id)!.prices.some((price) => price.currency_code === cart.currency_code));
    if (unpriced.length > 0) throw badUserInput(`Variants with IDs ${unpriced.map((item) => item.variant_id).join(', ')} do not have a price`);
    return items.map((item) => {
      const variant = found.get(item.variant_id)!;
      const product = variant.product!;
      return {
        title: product.title,
        subtitle: variant.title,
        thumbnail: variant.thumbnail ?? product.thumbnail,
        quantity: item.quantity,
        variant_id: variant.id,
        product_id: product.id,
        product_title: product.title,
        product_description: product.description,
        product_subtitle: product.subtitle,
        product_type: product.type?.value ?? null,
        product_type_id: product.type?.id ?? null,
        product_collection: product.collection?.title ?? null,
        product_handle: product.handle,
        variant_sku: variant.sku,
        variant_barcode: variant.barcode,
        variant_title: variant.title,
        variant_option_values: Object.fromEntries(variant.options.map((option) => [option.option?.title ?? '', option.value])),
        // Medusa: an item needs shipping when its product has a shipping profile.
        requires_shipping: product.shipping_profile !== null,
        is_discountable: product.discountable,
        is_giftcard: product.is_giftcard,
        is_tax_inclusive: false,
        is_custom_price: false,
        compare_at_unit_price: null,
        unit_price: variant.prices.find((price) => price.currency_code === cart.currency_code)!.amount,
        metadata: item.metadata ?? null,
      };
    });
  }

  async function promotionsByCode(codes: string[]): Promise<WorkflowPromotion[]> {
    if (codes.length === 0) return [];
    const { promotions } = await gateway<{ promotions: { data: WorkflowPromotion[] } }>(PROMOTIONS_QUERY, { codes });
    const unknown = codes.filter((code) => !promotions.data.some((promotion) => promotion.code === code));
    if (unknown.length > 0) throw badUserInput(`The promotion code ${unknown.join(', ')} is invalid`, { promo_codes: unknown });
    return promotions.data;
  }

  /**
   * Medusa's refreshCartItems: re-applies the promo codes (REPLACE) to the current items, replaces
   * the cart's adjustments and its cart–promotion links with the codes that yield one, and puts the
   * payment collection's amount in step with the new total.
   */
  async function refresh(workflow: Workflow, cartId: string, codes: string[]): Promise<void> {
    const cart = await loadCart(cartId);
    const promotions = await promotionsByCode([...new Set(codes)]);
    // In the order given, each on what the ones before left of each line (Medusa's applied amounts).
    const appliedByItem = new Map<string, Decimal>();
    const adjustments = promotions.flatMap((promotion) => itemAdjustments(promotion, cart, appliedByItem));
    const previous = cart.items.flatMap((item) => item.adjustments.map(({ id: _id, ...adjustment }) => adjustment));
    await step(
      workflow,
      'set-adjustments',
      () => mutate(`mutation($cart: ID!, $adjustments: [LineItemAdjustmentInput!]!) { line_item_adjustments_set(cart_id: $cart, adjustments: $adjustments) { id } }`, { cart: cartId, adjustments }),
      () => mutate(`mutation($cart: ID!, $adjustments: [LineItemAdjustmentInput!]!) { line_item_adjustments_set(cart_id: $cart, adjustments: $adjustments) { id } }`, { cart: cartId, adjustments: previous }),
    );
    const applied = new Set(adjustments.map((adjustment) => adjustment.promotion_id));
    const linkOf = (promotionId: string) => ({ cart: { cart_id: cartId }, promotion: { promotion_id: promotionId } });
    const stale = cart.promotions.filter((promotion) => !applied.has(promotion.id)).map((promotion) => linkOf(promotion.id));
    const fresh = [...applied].filter((id): id is string => !!id && !cart.promotions.some((promotion) => promotion.id === id)).map(linkOf);
    if (stale.length > 0) {
      await step(workflow, 'dismiss-promotion-links', () => links('dismiss_links', stale), () => links('create_links', stale));
    }
    if (fresh.length > 0) {
      await step(workflow, 'create-promotion-links', () => links('create_links', fresh), () => links('dismiss_links', fresh));
    }
    await syncPaymentCollection(workflow, cartId);
  }

  function links(mutation: 'create_links' | 'dismiss_links', list: unknown[]) {
    return mutate(`mutation($links: [LinkInput!]!) { ${mutation}(links: $links) { __typename } }`, { links: list });
  }

  /** Medusa's refreshPaymentCollectionForCart: a collection whose amount differs from the total is updated (its sessions dropped). */
  async function syncPaymentCollection(workflow: Workflow, cartId: string): Promise<void> {
    const cart = await loadCart(cartId);
    const collection = cart.payment_collection;
    if (!collection || new Decimal(collection.amount).eq(cart.total)) return;
    await step(
      workflow,
      'refresh-payment-collection',
      () => mutate(`mutation($id: ID!, $amount: BigNumber!) { payment_collection_update(id: $id, input: { amount: $amount }) { id } }`, { id: collection.id, amount: cart.total }),
      () => mutate(`mutation($id: ID!, $amount: BigNumber!) { payment_collection_update(id: $id, input: { amount: $amount }) { id } }`, { id: collection.id, amount: collection.amount }),
    );
  }

  const currentCodes = (cart: WorkflowCart) => [...new Set(cart.items.flatMap((item) => item.adjustments.map((adjustment) => adjustment.code)).filter((code): code is string => !!code))];

  const cartMutation = (cartId: string, name: string, actor: Actor, body: (workflow: Workflow, cart: WorkflowCart) => Promise<void>) => {
    assertId(cartId, 'cart', 'cart_id');
    return locks.run(`Cart ${cartId}`, (hold) =>
      runWorkflow(
        name,
        async (workflow) => {
          await body(workflow, await openCart(cartId, actor));
          return { id: cartId };
        },
        hold,
      ),
    );
  };

  async function addressFor(cartRegion: { countries: { iso_2: string }[] } | null, address: AddressInput | null | undefined) {
    if (address) return address;
    // Medusa: a region with exactly one country gives the cart an address holding only that country.
    return cartRegion && cartRegion.countries.length === 1 ? { country_code: cartRegion.countries[0].iso_2 } : null;
  }

  return {
    /** Medusa's createCartWorkflow; a signed-in customer's new cart is that customer's (as the store API does). */
    async createCart(input: CreateCartInput, actor: Actor = { type: 'anonymous' }) {
      return runWorkflow('create_cart', async (workflow) => {
        const context = await gateway<{
          regions: { data: { id: string; currency_code: string; countries: { iso_2: string }[] }[] };
          sales_channels: { data: { id: string; name: string; is_disabled: boolean }[] };
        }>(`{ regions(pagination: { take: 200 }) { data { id currency_code countries { iso_2 } } }
             sales_channels(pagination: { take: 200 }) { data { id name is_disabled } } }`);
        const region = input.region_id
          ? context.regions.data.find((candidate) => candidate.id === assertId(input.region_id!, 'reg', 'region_id'))
          : (context.regions.data.find((candidate) => candidate.id === process.env.DEFAULT_REGION_ID) ?? context.regions.data[0]);
        if (!region) throw badUserInput(input.region_id ? `Region ${input.region_id} was not found` : 'No regions found');
        const channel = input.sales_channel_id
          ? context.sales_channels.data.find((candidate) => candidate.id === assertId(input.sales_channel_id!, 'sc', 'sales_channel_id'))
          : // There is no store module here: the default channel is DEFAULT_SALES_CHANNEL_ID, else the one
            // Medusa creates by default ("Default Sales Channel"), else any channel that is enabled.
            (context.sales_channels.data.find((candidate) => candidate.id === process.env.DEFAULT_SALES_CHANNEL_ID) ??
            context.sales_channels.data.find((candidate) => candidate.name === 'Default Sales Channel' && !candidate.is_disabled) ??
            context.sales_channels.data.find((candidate) => !candidate.is_disabled));
        if (!channel) throw badUserInput('Sales channel is required when creating a cart; none was given and the store has no default');
        if (channel.is_disabled) throw badUserInput(`Unable to assign cart to disabled Sales Channel: ${channel.name}`);
        const currency = (input.currency_code ?? region.currency_code).toLowerCase();
        if (currency !== region.currency_code) {
          throw badUserInput(`Currency ${currency} is not the currency of region ${region.id} (${region.currency_code})`);
        }

        let customerId: string | null = null;
        let email = input.email ?? null;
        if (actor.type === 'customer') {
          const { customer } = await gateway<{ customer: { id: string; email: string | null } | null }>(
            `query($id: ID!) { customer(id: $id) { id email } }`,
            { id: actor.id },
          );
          if (!customer) throw notFound(`Customer with id: ${actor.id} was not found`);
          customerId = customer.id;
          email ??= customer.email;
        } else if (input.email) {
          const guest = await step(
            workflow,
            'find-or-create-customer',
            () => mutate<{ customer_find_or_create_guest: { customer: { id: string }; created: boolean } }>(
              `mutation($email: String!) { customer_find_or_create_guest(email: $email) { customer { id } created } }`,
              { email: input.email },
            ),
            (result) =>
              result.customer_find_or_create_guest.created
                ? mutate(`mutation($id: ID!) { customer_delete(id: $id) }`, { id: result.customer_find_or_create_guest.customer.id })
                : Promise.resolve(),
          );
          customerId = guest.customer_find_or_create_guest.customer.id;
        }
        const lines = input.items?.length ? await newLines({ currency_code: currency }, input.items) : [];
        const created = await step(
          workflow,
          'create-cart',
          () => mutate<{ cart_create: { id: string } }>(`mutation($input: CartCreateInput!) { cart_create(input: $input) { id } }`, {
            input: {
              region_id: region.id,
              customer_id: customerId,
              sales_channel_id: channel.id,
              email: email?.toLowerCase() ?? null,
              currency_code: currency,
              locale: input.locale ?? null,
              metadata: input.metadata ?? null,
              shipping_address: null,
              billing_address: input.billing_address ?? null,
            },
          }),
          (result) => mutate(`mutation($id: ID!) { cart_delete(id: $id) }`, { id: result.cart_create.id }),
        );
        const cartId = created.cart_create.id;
        const shipping = await addressFor(region, input.shipping_address);
        if (shipping) {
          await step(workflow, 'set-shipping-address', () =>
            mutate(`mutation($id: ID!, $input: CartUpdateInput!) { cart_update(id: $id, input: $input) { id } }`, { id: cartId, input: { shipping_address: shipping } }),
          );
        }
        if (lines.length > 0) {
          await step(workflow, 'create-line-items', () =>
            mutate(`mutation($cart: ID!, $items: [LineItemCreateInput!]!) { line_items_create(cart_id: $cart, items: $items) { id } }`, { cart: cartId, items: lines }),
          );
        }
        if (input.promo_codes?.length) await refresh(workflow, cartId, input.promo_codes);
        return { id: cartId };
      });
    },

    updateCart: (cartId: string, input: UpdateCartInput, actor: Actor) =>
      cartMutation(cartId, 'update_cart', actor, async (workflow, cart) => {
        const change: Record<string, unknown> = {};
        if (input.email !== undefined) change.email = input.email?.toLowerCase() ?? null;
        if (input.shipping_address !== undefined) change.shipping_address = input.shipping_address;
        if (input.billing_address !== undefined) change.billing_address = input.billing_address;
        if (input.metadata !== undefined) change.metadata = input.metadata;
        if (Object.keys(change).length > 0) {
          const before = { email: cart.email, shipping_address: cart.shipping_address, billing_address: cart.billing_address, metadata: cart.metadata };
          await step(
            workflow,
            'update-cart',
            () => mutate(`mutation($id: ID!, $input: CartUpdateInput!) { cart_update(id: $id, input: $input) { id } }`, { id: cartId, input: change }),
            () => mutate(`mutation($id: ID!, $input: CartUpdateInput!) { cart_update(id: $id, input: $input) { id } }`, { id: cartId, input: before }),
          );
        }
        // Medusa refreshes the cart after every update: promotions (the given codes, else the current ones) and the collection.
        await refresh(workflow, cartId, input.promo_codes ?? currentCodes(cart));
      }),

    addLineItem: (cartId: string, item: CartItemInput, actor: Actor) =>
      cartMutation(cartId, 'add_line_item', actor, async (workflow, cart) => {
        const [line] = await newLines(cart, [item]);
        // Medusa merges a line of the same variant with equal metadata (and no custom price).
        const same = cart.items.find(
          (existing) => existing.variant_id === item.variant_id && !existing.is_custom_price && sameMetadata(existing.metadata, item.metadata),
        );
        if (same) {
          await step(
            workflow,
            'update-line-item',
            () => mutate(`mutation($items: [LineItemUpdateInput!]!) { line_items_update(items: $items) { id } }`, { items: [{ id: same.id, quantity: same.quantity + item.quantity }] }),
            () => mutate(`mutation($items: [LineItemUpdateInput!]!) { line_items_update(items: $items) { id } }`, { items: [{ id: same.id, quantity: same.quantity }] }),
          );
        } else {
          await step(
            workflow,
            'create-line-item',
            () => mutate(`mutation($cart: ID!, $items: [LineItemCreateInput!]!) { line_items_create(cart_id: $cart, items: $items) { id } }`, { cart: cartId, items: [line] }),
            // Needs no answer, so it also undoes a line whose answer was lost: the cart is locked, so
            // the lines that were not there before are this step's.
            async () => {
              const before = new Set(cart.items.map((existing) => existing.id));
              const added = (await loadCart(cartId)).items.filter((item) => !before.has(item.id)).map((item) => item.id);
              if (added.length > 0) await mutate(`mutation($ids: [ID!]!) { line_items_delete(ids: $ids) }`, { ids: added });
            },
          );
        }
        await refresh(workflow, cartId, currentCodes(cart));
      }),

    updateLineItem: (cartId: string, lineItemId: string, quantity: number, actor: Actor) =>
      cartMutation(cartId, 'update_line_item', actor, async (workflow, cart) => {
        const line = cart.items.find((item) => item.id === assertId(lineItemId, 'cali', 'line_item_id'));
        if (!line) throw notFound(`Line item ${lineItemId} is not in cart ${cartId}`);
        if (!Number.isInteger(quantity) || quantity < 0) throw badUserInput('quantity must be 0 (to remove the line) or more');
        if (quantity === 0) {
          const { id: _id, subtotal: _subtotal, adjustments: _adjustments, ...snapshot } = line;
          await step(
            workflow,
            'delete-line-item',
            () => mutate(`mutation($ids: [ID!]!) { line_items_delete(ids: $ids) }`, { ids: [line.id] }),
            // The line comes back as it was (a new id); the refresh that failed re-applies its adjustments.
            () => mutate(`mutation($cart: ID!, $items: [LineItemCreateInput!]!) { line_items_create(cart_id: $cart, items: $items) { id } }`, { cart: cartId, items: [snapshot] }),
          );
        } else {
          await step(
            workflow,
            'update-line-item',
            () => mutate(`mutation($items: [LineItemUpdateInput!]!) { line_items_update(items: $items) { id } }`, { items: [{ id: line.id, quantity }] }),
            () => mutate(`mutation($items: [LineItemUpdateInput!]!) { line_items_update(items: $items) { id } }`, { items: [{ id: line.id, quantity: line.quantity }] }),
          );
        }
        await refresh(workflow, cartId, currentCodes(cart));
      }),

    removeLineItem(cartId: string, lineItemId: string, actor: Actor) {
      return this.updateLineItem(cartId, lineItemId, 0, actor);
    },

    async shippingOptions(cartId: string, actor: Actor) {
      const cart = await usableCart(assertId(cartId, 'cart', 'cart_id'), actor);
      const { shipping_options } = await gateway<{ shipping_options: { data: WorkflowShippingOption[] } }>(SHIPPING_OPTIONS_QUERY);
      const country = cart.shipping_address?.country_code;
      const ruleValue = (option: WorkflowShippingOption, attribute: string) =>
        option.rules.find((rule) => rule.attribute === attribute)?.value;
      return shipping_options.data
        .filter((option) => !country || option.service_zone?.geo_zones.some((zone) => zone.country_code === country))
        .filter((option) => ruleValue(option, 'enabled_in_store') !== 'false' && ruleValue(option, 'is_return') !== 'true')
        .flatMap((option) => {
          const price = option.prices.find((candidate) => candidate.currency_code === cart.currency_code);
          return price ? [{ shipping_option: { id: option.id }, amount: price.amount, is_tax_inclusive: false, name: option.name }] : [];
        });
    },

    addShippingMethod(cartId: string, optionId: string, data: unknown, actor: Actor) {
      return cartMutation(cartId, 'add_shipping_method', actor, async (workflow, cart) => {
        assertId(optionId, 'so', 'option_id');
        const valid = await this.shippingOptions(cartId, actor);
        const option = valid.find((candidate) => candidate.shipping_option.id === optionId);
        if (!option) throw badUserInput(`Shipping option ${optionId} is not available for cart ${cartId} (its region, country or currency)`);
        const previous = cart.shipping_methods.map(({ id: _id, adjustments: _adjustments, ...method }) => method);
        const setMethods = (methods: unknown[]) =>
          mutate(`mutation($cart: ID!, $methods: [ShippingMethodInput!]!) { shipping_methods_set(cart_id: $cart, methods: $methods) { id } }`, { cart: cartId, methods });
        await step(
          workflow,
          'set-shipping-method',
          () => setMethods([{ name: option.name, description: null, amount: option.amount, is_tax_inclusive: option.is_tax_inclusive, shipping_option_id: optionId, data: data ?? {}, metadata: null, tax_lines: [] }]),
          () => setMethods(previous),
        );
        await refresh(workflow, cartId, currentCodes(cart));
      });
    },

    addPromotions: (cartId: string, codes: string[], actor: Actor) =>
      cartMutation(cartId, 'add_promotions', actor, async (workflow, cart) => {
        await promotionsByCode(codes);
        // Medusa's route: ADD, or REPLACE when the list is empty (which clears the codes).
        await refresh(workflow, cartId, codes.length === 0 ? [] : [...currentCodes(cart), ...codes]);
      }),

    removePromotions: (cartId: string, codes: string[], actor: Actor) =>
      cartMutation(cartId, 'remove_promotions', actor, async (workflow, cart) => {
        await refresh(workflow, cartId, currentCodes(cart).filter((code) => !codes.includes(code)));
      }),

    createPaymentCollection(cartId: string, actor: Actor) {
      assertId(cartId, 'cart', 'cart_id');
      return locks.run(`Cart ${cartId}`, (hold) =>
        runWorkflow('create_payment_collection', async (workflow) => {
          const cart = await usableCart(cartId, actor);
          // The route is idempotent: a cart that has a collection gets it back.
          if (cart.payment_collection) return { id: cart.payment_collection.id };
          if (cart.completed_at) throw notAllowed(`Cart ${cartId} is already completed.`);
          const created = await step(
            workflow,
            'create-payment-collection',
            () => mutate<{ payment_collection_create: { id: string } }>(
              `mutation($input: PaymentCollectionCreateInput!) { payment_collection_create(input: $input) { id } }`,
              { input: { currency_code: cart.currency_code, amount: cart.total } },
            ),
            (result) => mutate(`mutation($id: ID!) { payment_collection_delete(id: $id) }`, { id: result.payment_collection_create.id }),
          );
          const id = created.payment_collection_create.id;
          const link = [{ cart: { cart_id: cartId }, payment: { payment_collection_id: id } }];
          await step(workflow, 'link-cart-payment-collection', () => links('create_links', link), () => links('dismiss_links', link));
          return { id };
        }, hold),
      );
    },

    async createPaymentSession(collectionId: string, providerId: string, actor: Actor) {
      assertId(collectionId, 'pay_col', 'payment_collection_id');
      // A session replaces the collection's pending ones: it waits for its cart's other mutations (a completion).
      const { payment_collection } = await gateway<{ payment_collection: { cart: { id: string } | null } | null }>(
        `query($id: ID!) { payment_collection(id: $id) { cart { id } } }`,
        { id: collectionId },
      );
      const cartId = payment_collection?.cart?.id;
      // The collection is its cart's: the same rule as for the cart.
      if (cartId) await usableCart(cartId, actor);
      const run = (hold?: LockHold) => runWorkflow('create_payment_session', async (workflow) => {
        await step(workflow, 'create-payment-session', () =>
          mutate(`mutation($input: PaymentSessionCreateInput!) { payment_session_create(input: $input) { id } }`, {
            input: { payment_collection_id: collectionId, provider_id: providerId },
          }),
        );
        return { id: collectionId };
      }, hold);
      return cartId ? locks.run(`Cart ${cartId}`, run) : run();
    },

    completeCart(cartId: string, actor: Actor) {
      assertId(cartId, 'cart', 'cart_id');
      return locks.run(`Cart ${cartId}`, (hold) =>
        runWorkflow('complete_cart', async (workflow) => {
          const cart = await usableCart(cartId, actor);
          // Idempotency: the cart's order, when it has one, is the answer.
          if (cart.order) return { order: { id: cart.order.id }, cart: { id: cartId } };
          if (cart.items.length === 0) throw badUserInput('Cannot complete a cart with no items');
          const collection = cart.payment_collection;
          if (!collection && new Decimal(cart.total).gt(0)) throw badUserInput('Payment collection has not been initiated for cart');
          const session = collection?.payment_sessions.find((candidate) =>
            ['pending', 'requires_more', 'authorized', 'captured', 'pending_authorization'].includes(candidate.status),
          );
          // Medusa skips payment for a cart that costs nothing.
          if (collection && !session && new Decimal(cart.total).gt(0)) throw badUserInput('Payment sessions are required to complete cart');
          if (cart.items.some((item) => item.requires_shipping) && cart.shipping_methods.length === 0) {
            throw badUserInput('No shipping method selected but the cart contains items that require shipping.');
          }

          const order = await step(
            workflow,
            'create-order',
            () => mutate<{ order_create: { id: string } }>(`mutation($input: OrderCreateInput!) { order_create(input: $input) { id } }`, { input: orderInput(cart) }),
            (result) => mutate(`mutation($id: ID!) { order_delete(id: $id) }`, { id: result.order_create.id }),
          );
          const orderId = order.order_create.id;
          const orderLinks = [
            { order: { order_id: orderId }, cart: { cart_id: cartId } },
            ...cart.promotions.map((promotion) => ({ order: { order_id: orderId }, promotion: { promotion_id: promotion.id } })),
            ...(collection ? [{ order: { order_id: orderId }, payment: { payment_collection_id: collection.id } }] : []),
          ];
          await step(workflow, 'link-order', () => links('create_links', orderLinks), () => links('dismiss_links', orderLinks));
          await step(
            workflow,
            'complete-cart',
            () => mutate(`mutation($id: ID!, $at: DateTime!) { cart_update(id: $id, input: { completed_at: $at }) { id } }`, { id: cartId, at: new Date().toISOString() }),
            () => mutate(`mutation($id: ID!) { cart_update(id: $id, input: { completed_at: null }) { id } }`, { id: cartId }),
          );
          if (session) {
            await step(
              workflow,
              'authorize-payment-session',
              () => mutate(`mutation($id: ID!) { payment_session_authorize(id: $id) { id } }`, { id: session.id }),
              () => mutate(`mutation($id: ID!) { payment_session_cancel(id: $id) { id } }`, { id: session.id }),
            );
          }
          return { order: { id: orderId }, cart: { id: cartId } };
        }, hold),
      );
    },
  };
}

/** Medusa's deep-equal on line metadata: key order does not matter, and `{}` is the same as none. */
function sameMetadata(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): string => {
    if (value === null || value === undefined) return 'null';
    if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
    if (typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1));
      return entries.length === 0 ? 'null' : `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
    }
    return JSON.stringify(value);
  };
  return canonical(a) === canonical(b);
}

/** The order input completeCartWorkflow builds: the cart's rows copied, ids stripped. */
function orderInput(cart: WorkflowCart) {
  const totals = (({ total, credit_line_total }) => ({ total, credit_line_total }))(cart);
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
      adjustments: adjustments.map(({ id: _adjustmentId, item_id: _itemId, ...adjustment }: Adjustment) => adjustment),
      tax_lines,
    })),
    shipping_methods: cart.shipping_methods.map(({ id: _id, adjustments, ...method }) => ({
      ...method,
      adjustments: adjustments.map(({ id: _adjustmentId, ...adjustment }) => adjustment),
    })),
    credit_lines: cart.credit_lines,
    summary: {
      pending_difference: totals.total,
      current_order_total: totals.total,
      original_order_total: totals.total,
      transaction_total: '0',
      paid_total: '0',
      refunded_total: '0',
      credit_line_total: totals.credit_line_total,
      accounting_total: totals.total,
    },
    transactions: [],
  };
}
