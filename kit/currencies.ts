import Decimal from 'decimal.js';

/**
 * Medusa 2.21.2's currency table as its totals read it (`defaultCurrencies[CODE].decimal_digits` in
 * @medusajs/utils/dist/defaults/currencies.js, via `getEpsilonFromDecimalPrecision`): one entry per
 * currency whose `decimal_digits` is not 2. A currency Medusa does not list (e.g. vuv) has its
 * default epsilon, 0.01, as if it had 2. Medusa's values, not ISO 4217's: huf, idr, cop, iqd, pkr…
 * have 0 there. (`rounding`, 0.05 for chf, is for display only: no total reads it.)
 */
const DECIMAL_DIGITS: Record<string, number> = Object.fromEntries([
  ...'afn all amd bif clp cop crc djf gnf huf idr iqd irr irt isk jpy kmf krw lbp mga mmk mnt mur pkr pyg rsd rwf sos syp tzs ugx uzs vnd xaf xof xpf yer zmk zwl'
    .split(' ')
    .map((code) => [code, 0]),
  ...'bhd jod kwd lyd omr tnd'.split(' ').map((code) => [code, 3]),
]);

/** A currency's decimal digits in Medusa's table (2 when it is not there). */
export function decimalDigits(currencyCode: string | null | undefined): number {
  return DECIMAL_DIGITS[currencyCode?.toLowerCase() ?? ''] ?? 2;
}

/**
 * Medusa's currency epsilon: one unit of the currency's last decimal (0.01 when unknown), the
 * amount below which a difference counts as none (credit lines, payment status, refunds).
 */
export function currencyEpsilon(currencyCode: string | null | undefined): Decimal {
  return new Decimal(1).div(new Decimal(10).pow(decimalDigits(currencyCode)));
}
