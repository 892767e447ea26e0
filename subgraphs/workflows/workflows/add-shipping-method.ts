import { createWorkflow } from '../../../kit/workflow-definition';
import { badUserInput } from '../../../kit/errors';
import { assertId } from '../../../kit/ids';
import { setShippingMethodsStep } from '../steps/cart/set-shipping-methods';
import { readPricePreferencesStep } from '../steps/gateway/read-price-preferences';
import { readShippingOptionsStep } from '../steps/gateway/read-shipping-options';
import { cartKey, currentCodes, openCart } from './cart-access';
import { REFRESH_STEPS, refreshCartItems } from './refresh-cart-items';
import { TAX_STEPS, updateTaxLines } from './update-tax-lines';
import { optionsForCart } from './shipping-options';

/** Medusa's addShippingMethodToCartWorkflow: the cart's shipping methods replaced by one from a valid option; then the refresh. */
export const addShippingMethodWorkflow = createWorkflow<
  { cart_id: string; option_id: string; data: unknown },
  { id: string }
>({
  name: 'add_shipping_method',
  steps: [readShippingOptionsStep, readPricePreferencesStep, setShippingMethodsStep, ...REFRESH_STEPS, ...TAX_STEPS],
  lockKey: ({ cart_id }) => cartKey(cart_id),
  async run(run, { cart_id, option_id, data }) {
    const cart = await openCart(run, cart_id);
    assertId(option_id, 'so', 'option_id');
    const option = optionsForCart(
      cart,
      await run.step(readShippingOptionsStep, {}),
      await run.step(readPricePreferencesStep, { attribute: 'currency_code', values: [cart.currency_code] }),
    ).find((candidate) => candidate.shipping_option.id === option_id);
    if (!option)
      throw badUserInput(
        `Shipping option ${option_id} is not available for cart ${cart_id} (its region, country or currency)`,
      );
    const previous = cart.shipping_methods.map(({ id: _id, adjustments: _adjustments, ...method }) => method);
    const methods = [
      {
        id: run.newId('casm'),
        name: option.name,
        description: null,
        amount: option.amount,
        is_tax_inclusive: option.is_tax_inclusive,
        shipping_option_id: option_id,
        data: data ?? {},
        metadata: null,
        tax_lines: [],
      },
    ];
    await run.step(setShippingMethodsStep, { cart_id, methods, previous });
    // Medusa's refresh upserts the new method's tax lines, then the promotions.
    await updateTaxLines(run, cart_id, { shipping_methods: methods.map((method) => method.id) });
    await refreshCartItems(run, cart_id, currentCodes(cart));
    return { id: cart_id };
  },
});
