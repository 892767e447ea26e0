import { createWorkflow } from '../../../kit/workflow-definition';
import { badUserInput } from '../../../kit/errors';
import { assertId } from '../../../kit/ids';
import { notFound } from '../../../kit/input';
import type { CartAddressInput, CreateCartInput } from '../generated/resolvers';
import { createCartStep } from '../steps/cart/create-cart';
import { createLineItemsStep } from '../steps/cart/create-line-items';
import { updateCartStep } from '../steps/cart/update-cart';
import { findOrCreateCustomerStep } from '../steps/customer/find-or-create-customer';
import { readCustomerStep } from '../steps/gateway/read-customer';
import { readStoreStep } from '../steps/gateway/read-store';
import { readPricePreferencesStep } from '../steps/gateway/read-price-preferences';
import { readVariantsStep } from '../steps/gateway/read-variants';
import { newLines } from './line-items';
import { REFRESH_STEPS, refreshCartItems } from './refresh-cart-items';
import { TAX_STEPS, updateTaxLines } from './update-tax-lines';

/** Defaults of the store (Medusa's store settings): DEFAULT_REGION_ID and DEFAULT_SALES_CHANNEL_ID. */
export interface StoreDefaults {
  regionId?: string;
  salesChannelId?: string;
}

/**
 * Medusa's createCartWorkflow: region and sales channel (given, else the store's defaults), the
 * customer (the signed-in customer, else a guest found or made by email), the cart, its shipping
 * address (the region's only country when none is given), its lines, and its promo codes.
 */
export const createCartWorkflow = (defaults: StoreDefaults = {}) =>
  createWorkflow<CreateCartInput, { id: string }>({
    name: 'create_cart',
    steps: [
      readStoreStep,
      readCustomerStep,
      findOrCreateCustomerStep,
      readVariantsStep,
      readPricePreferencesStep,
      createCartStep,
      updateCartStep,
      createLineItemsStep,
      ...REFRESH_STEPS,
      ...TAX_STEPS,
    ],
    async run(run, input) {
      const store = await run.step(readStoreStep, {});
      const region = input.region_id
        ? store.regions.data.find((candidate) => candidate.id === assertId(input.region_id!, 'reg', 'region_id'))
        : (store.regions.data.find((candidate) => candidate.id === defaults.regionId) ?? store.regions.data[0]);
      if (!region) throw badUserInput(input.region_id ? `Region ${input.region_id} was not found` : 'No regions found');
      const channel = input.sales_channel_id
        ? store.sales_channels.data.find(
            (candidate) => candidate.id === assertId(input.sales_channel_id!, 'sc', 'sales_channel_id'),
          )
        : // No store module here: the default channel is DEFAULT_SALES_CHANNEL_ID, else the one Medusa
          // creates by default ("Default Sales Channel"), else any channel that is enabled.
          (store.sales_channels.data.find((candidate) => candidate.id === defaults.salesChannelId) ??
          store.sales_channels.data.find(
            (candidate) => candidate.name === 'Default Sales Channel' && !candidate.is_disabled,
          ) ??
          store.sales_channels.data.find((candidate) => !candidate.is_disabled));
      if (!channel)
        throw badUserInput(
          'Sales channel is required when creating a cart; none was given and the store has no default',
        );
      if (channel.is_disabled) throw badUserInput(`Unable to assign cart to disabled Sales Channel: ${channel.name}`);
      const currency = (input.currency_code ?? region.currency_code).toLowerCase();
      if (currency !== region.currency_code)
        throw badUserInput(`Currency ${currency} is not the currency of region ${region.id} (${region.currency_code})`);

      let customerId: string | null = null;
      let email = input.email ?? null;
      if (run.actor.type === 'customer') {
        const customer = await run.step(readCustomerStep, { id: run.actor.id });
        if (!customer) throw notFound(`Customer with id: ${run.actor.id} was not found`);
        customerId = customer.id;
        email ??= customer.email;
      } else if (input.email) {
        customerId = (await run.step(findOrCreateCustomerStep, { email: input.email, id: run.newId('cus') })).customer
          .id;
      }
      const lines = input.items?.length ? await newLines(run, { currency_code: currency }, input.items) : [];
      const cart = await run.step(createCartStep, {
        id: run.newId('cart'),
        region_id: region.id,
        customer_id: customerId,
        sales_channel_id: channel.id,
        email: email?.toLowerCase() ?? null,
        currency_code: currency,
        locale: input.locale ?? null,
        metadata: input.metadata ?? null,
        shipping_address: null,
        billing_address: input.billing_address ?? null,
      });
      // Medusa: a region with exactly one country gives the cart an address holding only that country.
      const shipping: CartAddressInput | null =
        input.shipping_address ?? (region.countries.length === 1 ? { country_code: region.countries[0].iso_2 } : null);
      if (shipping)
        await run.step(updateCartStep, {
          id: cart.id,
          change: { shipping_address: shipping },
          previous: { shipping_address: null },
        });
      if (lines.length > 0) await run.step(createLineItemsStep, { cart_id: cart.id, items: lines });
      // Medusa: the tax lines, then the promotions, computed always (automatic ones apply without a code).
      await updateTaxLines(run, cart.id);
      await refreshCartItems(run, cart.id, input.promo_codes ?? [], { newCart: true });
      return { id: cart.id };
    },
  });
