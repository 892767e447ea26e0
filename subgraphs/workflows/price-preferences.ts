/**
 * Medusa's pricing module `isTaxInclusive` (calculatePrices' `is_calculated_price_tax_inclusive`):
 * the region's preference when the price has a `region_id` rule for that region, else the
 * currency's preference, else false. Prices here (a variant's, a shipping option's) are one per
 * currency with no rules, so only the currency's preference applies: Medusa 2.21.2 gave a rule-less
 * dkk price in a region created with `is_tax_inclusive: true` `is_calculated_price_tax_inclusive:
 * false`, and true once a `currency_code` dkk preference said so.
 */
export function isPriceTaxInclusive(
  preferences: readonly { attribute: string; value?: string | null; is_tax_inclusive: boolean }[],
  currencyCode: string,
): boolean {
  return (
    preferences.find((preference) => preference.attribute === 'currency_code' && preference.value === currencyCode)
      ?.is_tax_inclusive ?? false
  );
}
