import { badUserInput } from '../../../kit/errors';
import { assertId } from '../../../kit/ids';
import type { RunContext } from '../../../kit/workflow-definition';
import type { LineItemCreateInput } from '../generated/documents/graphql';
import { readPricePreferencesStep } from '../steps/gateway/read-price-preferences';
import { readVariantsStep } from '../steps/gateway/read-variants';
import { isPriceTaxInclusive } from '../price-preferences';

export interface CartItemInput {
  variant_id: string;
  quantity: number;
  metadata?: unknown;
}

/**
 * Medusa's prepareLineItemData: lines priced in the cart's currency with a snapshot of their
 * product and variant, each with its id chosen before it is created. Refusals as Medusa's.
 */
export async function newLines(
  run: RunContext,
  cart: { currency_code: string },
  items: CartItemInput[],
): Promise<(LineItemCreateInput & { id: string })[]> {
  for (const item of items) {
    assertId(item.variant_id, 'variant', 'variant_id');
    if (!Number.isInteger(item.quantity) || item.quantity < 1)
      throw badUserInput('Item quantity must be greater than 0');
  }
  const found = new Map(
    (await run.step(readVariantsStep, { ids: [...new Set(items.map((item) => item.variant_id))] })).map((variant) => [
      variant.id,
      variant,
    ]),
  );
  const unavailable = items
    .filter((item) => found.get(item.variant_id)?.product?.status !== 'published')
    .map((item) => item.variant_id);
  if (unavailable.length > 0)
    throw badUserInput(`Variants ${unavailable.join(', ')} do not exist or belong to a product that is not published`);
  const unpriced = items.filter(
    (item) => !found.get(item.variant_id)!.prices.some((price) => price.currency_code === cart.currency_code),
  );
  if (unpriced.length > 0)
    throw badUserInput(`Variants with IDs ${unpriced.map((item) => item.variant_id).join(', ')} do not have a price`);
  // Medusa: a line's is_tax_inclusive is its price's is_calculated_price_tax_inclusive.
  const isTaxInclusive = isPriceTaxInclusive(
    await run.step(readPricePreferencesStep, { attribute: 'currency_code', values: [cart.currency_code] }),
    cart.currency_code,
  );
  return items.map((item) => {
    const variant = found.get(item.variant_id)!;
    const product = variant.product!;
    return {
      id: run.newId('cali'),
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
      variant_option_values: Object.fromEntries(
        variant.options.map((option) => [option.option?.title ?? '', option.value]),
      ),
      // Medusa: an item needs shipping when its product has a shipping profile.
      requires_shipping: product.shipping_profile !== null,
      is_discountable: product.discountable,
      is_giftcard: product.is_giftcard,
      is_tax_inclusive: isTaxInclusive,
      is_custom_price: false,
      compare_at_unit_price: null,
      unit_price: variant.prices.find((price) => price.currency_code === cart.currency_code)!.amount,
      metadata: item.metadata ?? null,
    };
  });
}

/** Medusa's deep-equal on line metadata: key order does not matter, and `{}` is the same as none. */
export function sameMetadata(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): string => {
    if (value === null || value === undefined) return 'null';
    if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
    if (typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1));
      return entries.length === 0
        ? 'null'
        : `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
    }
    return JSON.stringify(value);
  };
  return canonical(a) === canonical(b);
}
