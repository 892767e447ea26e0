import type { RunContext } from '../../../kit/workflow-definition';
import { setTaxLinesStep } from '../steps/cart/set-tax-lines';
import { readCartTaxStep } from '../steps/gateway/read-cart-tax';
import { getItemTaxLinesStep } from '../steps/tax/get-item-tax-lines';

/** The steps of the tax lines' update, for the workflows that run it. */
export const TAX_STEPS = [readCartTaxStep, getItemTaxLinesStep, setTaxLinesStep];

/** Which lines to compute: all of the cart's (Medusa's updateTaxLinesWorkflow), or only new ones (its upsertTaxLinesWorkflow). */
export type TaxScope = 'all' | { items?: string[]; shipping_methods?: string[] };

const same = (a: object[], b: object[]) =>
  JSON.stringify(a.map((line) => JSON.stringify(line)).sort()) ===
  JSON.stringify(b.map((line) => JSON.stringify(line)).sort());

/**
 * Medusa 2.21.2's updateTaxLinesWorkflow and upsertTaxLinesWorkflow: the tax context is the
 * shipping address (country, province), and only when the region computes taxes automatically
 * and the address has a country; gift cards are not taxed; the tax module's lines then replace the
 * cart's (all of them; or, for an upsert, those of the items and methods that got new lines).
 * Nothing is written when the lines would not change.
 */
export async function updateTaxLines(run: RunContext, cartId: string, scope: TaxScope = 'all'): Promise<void> {
  const cart = await run.step(readCartTaxStep, { id: cartId });
  if (!cart) return;
  const items = cart.items.filter((item) => scope === 'all' || (scope.items ?? []).includes(item.id));
  const methods = cart.shipping_methods.filter(
    (method) => scope === 'all' || (scope.shipping_methods ?? []).includes(method.id),
  );
  const country = cart.region?.automatic_taxes ? cart.shipping_address?.country_code : null;
  const lines =
    country && items.length + methods.length > 0
      ? await run.step(getItemTaxLinesStep, {
          items: items
            .filter((item) => !item.is_giftcard)
            .map(({ id, product_id, product_type_id }) => ({ id, product_id, product_type_id })),
          shipping_methods: methods.map(({ id, shipping_option_id }) => ({ id, shipping_option_id })),
          context: { address: { country_code: country, province_code: cart.shipping_address?.province ?? null } },
        })
      : [];
  const fields = (line: (typeof lines)[number]) => ({
    description: line.name,
    code: line.code,
    rate: line.rate,
    provider_id: line.provider_id,
    tax_rate_id: line.rate_id,
  });
  const itemLines = lines
    .filter((line) => line.line_item_id)
    .map((line) => ({ item_id: line.line_item_id!, ...fields(line) }));
  const methodLines = lines
    .filter((line) => line.shipping_line_id)
    .map((line) => ({ shipping_method_id: line.shipping_line_id!, ...fields(line) }));
  // An upsert touches only what got lines; a set, everything of the cart.
  const itemIds = scope === 'all' ? null : [...new Set(itemLines.map((line) => line.item_id))];
  const methodIds = scope === 'all' ? null : [...new Set(methodLines.map((line) => line.shipping_method_id))];
  const previousItems = items
    .filter((item) => !itemIds || itemIds.includes(item.id))
    .flatMap((item) => item.tax_lines.map(({ id: _id, ...line }) => line));
  const previousMethods = methods
    .filter((method) => !methodIds || methodIds.includes(method.id))
    .flatMap((method) => method.tax_lines.map(({ id: _id, ...line }) => line));
  if (same(previousItems, itemLines) && same(previousMethods, methodLines)) return;
  await run.step(setTaxLinesStep, {
    cart_id: cartId,
    item_ids: itemIds,
    shipping_method_ids: methodIds,
    items: itemLines.map((line) => ({ ...line, id: run.newId('calitxl') })),
    methods: methodLines.map((line) => ({ ...line, id: run.newId('casmtxl') })),
    previous: { items: previousItems, methods: previousMethods },
  });
}
