import { createWorkflow } from '../../../kit/workflow-definition';
import { badUserInput } from '../../../kit/errors';
import { assertId } from '../../../kit/ids';
import { notFound } from '../../../kit/input';
import { removeLineItemsStep } from '../steps/cart/remove-line-items';
import { updateLineItemsStep } from '../steps/cart/update-line-items';
import { cartKey, currentCodes, openCart } from './cart-access';
import { REFRESH_STEPS, refreshCartItems } from './refresh-cart-items';

/**
 * Medusa's updateLineItemInCartWorkflow: a new quantity, or, at 0, the line removed (Medusa's
 * deleteLineItemsWorkflow: a soft delete, restored as it was by its undo); then the refresh.
 */
export const updateLineItemWorkflow = createWorkflow<
  { cart_id: string; line_item_id: string; quantity: number },
  { id: string }
>({
  name: 'update_line_item',
  steps: [updateLineItemsStep, removeLineItemsStep, ...REFRESH_STEPS],
  lockKey: ({ cart_id }) => cartKey(cart_id),
  async run(run, { cart_id, line_item_id, quantity }) {
    const cart = await openCart(run, cart_id);
    const line = cart.items.find((item) => item.id === assertId(line_item_id, 'cali', 'line_item_id'));
    if (!line) throw notFound(`Line item ${line_item_id} is not in cart ${cart_id}`);
    if (!Number.isInteger(quantity) || quantity < 0)
      throw badUserInput('quantity must be 0 (to remove the line) or more');
    if (quantity === 0) await run.step(removeLineItemsStep, { ids: [line.id] });
    else
      await run.step(updateLineItemsStep, {
        items: [{ id: line.id, quantity }],
        previous: [{ id: line.id, quantity: line.quantity }],
      });
    await refreshCartItems(run, cart_id, currentCodes(cart));
    return { id: cart_id };
  },
});
