import type { Queryable } from '../../kit/database';
import type { TaxRateRow, TaxRegionRow } from './models';

/** A line item or a shipping method to tax, as Medusa's getTaxLines takes them. */
export type Taxable =
  | { id: string; product_id?: string | null; product_type_id?: string | null }
  | { id: string; shipping_option_id: string | null };

export interface TaxLine {
  line_item_id: string | null;
  shipping_line_id: string | null;
  rate: number;
  code: string;
  name: string;
  rate_id: string;
  provider_id: string;
}

type Rate = TaxRateRow & { region: TaxRegionRow; rules: { reference: string; reference_id: string }[] };

const isShipping = (item: Taxable): item is Extract<Taxable, { shipping_option_id: string | null }> =>
  'shipping_option_id' in item;

/** The rules of `rate` that point at `item` (Medusa's checkRuleMatches). */
function matchingRules(rate: Rate, item: Taxable) {
  return rate.rules.filter((rule) =>
    isShipping(item)
      ? rule.reference === 'shipping_option' && rule.reference_id === item.shipping_option_id
      : (rule.reference === 'product' && rule.reference_id === item.product_id) ||
        (rule.reference === 'product_type' && rule.reference_id === item.product_type_id),
  );
}

/**
 * Medusa's prioritizeRates: 1 a province's rate whose rule names the product or shipping option,
 * 2 a province's rate on the product type, 3 the province's default, then 4, 5, 6 the same in the
 * country; a stable sort, so ties keep the rates' order.
 */
function priority(rate: Rate, item: Taxable): number {
  const matches = matchingRules(rate, item);
  const productOrShipping = isShipping(item)
    ? matches.length > 0
    : matches.some((rule) => rule.reference === 'product');
  const byRule = matches.length > 0;
  const province = rate.region.province_code !== null;
  if (productOrShipping) return province ? 1 : 4;
  if (byRule) return province ? 2 : 5;
  if (rate.is_default) return province ? 3 : 6;
  return 7;
}

/**
 * Medusa 2.21.2's TaxModuleService.getTaxLines with its system provider (`tp_system`, whose lines
 * say `system`): the country's region (none: no lines) and the province's, the rates of either that
 * are default or whose rules name an item's product, product type or shipping option; for each
 * item the best-placed rate, and its country's best rate too when it is a combinable province rate.
 */
export async function taxLines(
  db: Queryable,
  items: Taxable[],
  address: { country_code: string; province_code?: string | null },
): Promise<TaxLine[]> {
  const country = address.country_code.toLowerCase();
  const province = address.province_code ? address.province_code.toLowerCase() : null;
  const regions = await db.query<TaxRegionRow>(
    `select * from tax.tax_region
      where country_code = $1 and (province_code is null or province_code = $2) and deleted_at is null order by id`,
    [country, province],
  );
  const parent = regions.find((region) => region.province_code === null);
  if (!parent || items.length === 0) return [];
  const rows = await db.query<TaxRateRow>(
    'select * from tax.tax_rate where tax_region_id = any($1::text[]) and deleted_at is null order by id',
    [regions.map((region) => region.id)],
  );
  const rules = await db.query<{ tax_rate_id: string; reference: string; reference_id: string }>(
    `select tax_rate_id, reference, reference_id from tax.tax_rate_rule
      where tax_rate_id = any($1::text[]) and deleted_at is null order by id`,
    [rows.map((rate) => rate.id)],
  );
  const rates: Rate[] = rows.map((rate) => ({
    ...rate,
    region: regions.find((region) => region.id === rate.tax_region_id)!,
    rules: rules.filter((rule) => rule.tax_rate_id === rate.id),
  }));
  // Medusa's provider is its registered service by id; `tp_system` is the only one here.
  const provider = 'system';
  return items.flatMap((item) => {
    const ranked = rates
      .map((rate) => ({ rate, score: priority(rate, item) }))
      .filter(({ score }) => score < 7)
      .sort((a, b) => a.score - b.score)
      .map(({ rate }) => rate);
    if (ranked.length === 0) return [];
    const chosen = [ranked[0]];
    if (ranked[0].is_combinable && ranked[0].region.parent_id) {
      const countryRate = ranked.find((rate) => rate.region.id === ranked[0].region.parent_id);
      if (countryRate) chosen.push(countryRate);
    }
    return chosen.map((rate) => ({
      line_item_id: isShipping(item) ? null : item.id,
      shipping_line_id: isShipping(item) ? item.id : null,
      rate: rate.rate || 0,
      code: rate.code,
      name: rate.name,
      rate_id: rate.id,
      provider_id: provider,
    }));
  });
}
