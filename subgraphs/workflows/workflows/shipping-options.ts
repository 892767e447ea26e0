import { isPriceTaxInclusive } from '../price-preferences';
import type { WorkflowCart, WorkflowShippingOption } from '../reads';

export interface CartShippingOption {
  shipping_option: { id: string };
  amount: string;
  is_tax_inclusive: boolean;
  name: string;
}

/**
 * Medusa's listShippingOptionsForCartWorkflow: options whose service zone covers the cart's
 * country, enabled in the store and not for returns, priced in the cart's currency; tax-inclusive
 * as that price's `is_calculated_price_tax_inclusive` (the currency's price preference).
 */
export function optionsForCart(
  cart: WorkflowCart,
  options: WorkflowShippingOption[],
  preferences: Parameters<typeof isPriceTaxInclusive>[0],
): CartShippingOption[] {
  const isTaxInclusive = isPriceTaxInclusive(preferences, cart.currency_code);
  const country = cart.shipping_address?.country_code;
  const ruleValue = (option: WorkflowShippingOption, attribute: string) =>
    (option.rules ?? []).find((rule) => rule.attribute === attribute)?.value;
  return options
    .filter((option) => !country || option.service_zone?.geo_zones.some((zone) => zone.country_code === country))
    .filter((option) => ruleValue(option, 'enabled_in_store') !== 'false' && ruleValue(option, 'is_return') !== 'true')
    .flatMap((option) => {
      const price = option.prices.find((candidate) => candidate.currency_code === cart.currency_code);
      return price
        ? [
            {
              shipping_option: { id: option.id },
              amount: price.amount,
              is_tax_inclusive: isTaxInclusive,
              name: option.name,
            },
          ]
        : [];
    });
}
