import { createWorkflow } from '../../../kit/workflow-definition';
import { createLineItemsStep } from '../steps/cart/create-line-items';
import { updateLineItemsStep } from '../steps/cart/update-line-items';
import { readPricePreferencesStep } from '../steps/gateway/read-price-preferences';
import { readVariantsStep } from '../steps/gateway/read-variants';
import { cartKey, currentCodes, openCart } from './cart-access';
import { newLines, sameMetadata, type CartItemInput } from './line-items';
import { REFRESH_STEPS, refreshCartItems } from './refresh-cart-items';
import { TAX_STEPS, updateTaxLines } from './update-tax-lines';

/** Medusa's addToCartWorkflow: a new line, or more of a line of the same variant and metadata; then the refresh. */
export const addLineItemWorkflow = createWorkflow<{ cart_id: string; item: CartItemInput }, { id: string }>({
  name: 'add_line_item',
  steps: [
    readVariantsStep,
    readPricePreferencesStep,
    createLineItemsStep,
    updateLineItemsStep,
    ...REFRESH_STEPS,
    ...TAX_STEPS,
  ],
  lockKey: ({ cart_id }) => cartKey(cart_id),
  async run(run, { cart_id, item }) {
    const cart = await openCart(run, cart_id);
    const [line] = await newLines(run, cart, [item]);
    const same = cart.items.find(
      (existing) =>
        existing.variant_id === item.variant_id &&
        !existing.is_custom_price &&
        sameMetadata(existing.metadata, item.metadata),
    );
    if (same) {
      await run.step(updateLineItemsStep, {
        items: [{ id: same.id, quantity: same.quantity + item.quantity }],
        previous: [{ id: same.id, quantity: same.quantity }],
      });
    } else {
      await run.step(createLineItemsStep, { cart_id, items: [line] });
    }
    // Medusa's refresh upserts the tax lines of the items added or changed, then the promotions.
    await updateTaxLines(run, cart_id, { items: [same ? same.id : line.id] });
    await refreshCartItems(run, cart_id, currentCodes(cart));
    return { id: cart_id };
  },
});
