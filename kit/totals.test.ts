import { decimalDigits } from './currencies';
import { cartTotals } from './totals';

/**
 * kit/totals against values Medusa 2.21.2's own `@medusajs/utils` gave (run on the same inputs
 * outside this project; cited beside each case).
 */
describe("Medusa's currency table", () => {
  // decorateCartTotals({ currency_code, items: [{ unit_price: 10, quantity: 1 }], credit_lines: [{ amount }] })
  // gave these credit_line_total and total (Medusa 2.21.2): within one unit of the currency's last
  // decimal digit (defaultCurrencies[CODE].decimal_digits) of zero, either side, a credit counts as none.
  it.each([
    ['jpy', '1', '0', '10'],
    ['jpy', '2', '2', '8'],
    ['krw', '1', '0', '10'],
    ['clp', '1', '0', '10'],
    ['isk', '1', '0', '10'],
    // Medusa's table, not ISO 4217: the forint, the Iraqi dinar and the Colombian peso have no decimals there.
    ['huf', '1', '0', '10'],
    ['huf', '2', '2', '8'],
    ['iqd', '1', '0', '10'],
    ['cop', '1', '0', '10'],
    ['twd', '0.01', '0', '10'],
    ['twd', '1', '1', '9'],
    ['kwd', '0.001', '0', '10'],
    ['kwd', '0.002', '0.002', '9.998'],
    // Not in Medusa's table: its default epsilon, 0.01.
    ['vuv', '1', '1', '9'],
    ['eur', '-0.01', '0', '10'],
    ['eur', '-5', '-5', '15'],
    // chf's `rounding` (0.05) is not read by totals.
    ['chf', '0.05', '0.05', '9.95'],
  ])('%s: a credit line of %s gives credit_line_total %s and total %s', (currency, amount, credit, total) => {
    const totals = cartTotals({
      currency_code: currency,
      items: [{ unit_price: '10', quantity: 1, is_tax_inclusive: false, tax_lines: [], adjustments: [] }],
      shipping_methods: [],
      credit_lines: [{ amount }],
    });
    expect([totals.credit_line_total, totals.total]).toEqual([credit, total]);
  });

  it('has the decimal digits of Medusa 2.21.2 (defaults/currencies.js), upper or lower case', () => {
    expect(['jpy', 'KRW', 'kwd', 'clp', 'isk', 'huf', 'twd', 'bhd', 'usd', 'vuv', 'iqd'].map(decimalDigits)).toEqual([
      0, 0, 3, 0, 0, 0, 2, 3, 2, 2, 0,
    ]);
  });
});
