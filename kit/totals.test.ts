import { decimalDigits } from './currencies';
import { asStepNumber, cartTotals, itemTotals, orderItemTotals } from './totals';

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

describe('order item totals with fulfilled, shipped, returned and written-off quantities', () => {
  const detail = (quantities: Record<string, number>) => ({
    fulfilled_quantity: 0,
    shipped_quantity: 0,
    return_requested_quantity: 0,
    return_received_quantity: 0,
    return_dismissed_quantity: 0,
    written_off_quantity: 0,
    ...quantities,
  });
  // The three items and the 10%-taxed shipping method of 5 are those of test/pricing.test.ts.
  const items = [
    {
      unit_price: 30,
      quantity: 4,
      is_tax_inclusive: false,
      tax_lines: [{ rate: 10 }],
      adjustments: [{ amount: 12 }],
      detail: detail({
        fulfilled_quantity: 4,
        shipped_quantity: 3,
        return_requested_quantity: 1,
        return_received_quantity: 1,
      }),
    },
    {
      unit_price: 121,
      quantity: 3,
      is_tax_inclusive: true,
      tax_lines: [{ rate: 21 }],
      adjustments: [{ amount: 10, is_tax_inclusive: true }],
      detail: detail({
        fulfilled_quantity: 3,
        shipped_quantity: 3,
        return_received_quantity: 1,
        return_dismissed_quantity: 1,
      }),
    },
    {
      unit_price: 10,
      quantity: 3,
      is_tax_inclusive: false,
      tax_lines: [{ rate: 19 }],
      adjustments: [{ amount: 1 }],
      detail: detail({ fulfilled_quantity: 2, return_received_quantity: 1, written_off_quantity: 1 }),
    },
  ];

  it("gives each item Medusa 2.21.2's totals", () => {
    // Medusa 2.21.2's decorateCartTotals (@medusajs/utils) on these items (raw values, trailing zeros left out).
    expect(items.map(orderItemTotals)).toEqual([
      {
        subtotal: '90',
        total: '89.1',
        original_total: '99',
        original_subtotal: '90',
        original_tax_total: '9',
        tax_total: '8.1',
        discount_total: '9.9',
        discount_subtotal: '9',
        discount_tax_total: '0.9',
        item_total: '89.1',
        item_subtotal: '90',
        item_tax_total: '8.1',
        fulfilled_total: '118.8',
        shipped_total: '89.1',
        return_requested_total: '29.7',
        return_received_total: '29.7',
        return_dismissed_total: '0',
        write_off_total: '0',
        refundable_total: '59.4',
        refundable_total_per_unit: '29.7',
      },
      {
        subtotal: '100',
        total: '117.66666666666666667',
        original_total: '121',
        original_subtotal: '100',
        original_tax_total: '21',
        tax_total: '20.421487603305785124',
        discount_total: '3.3333333333333333333',
        discount_subtotal: '2.7548209366391184573',
        discount_tax_total: '0.57851239669421487603',
        item_total: '117.66666666666666667',
        item_subtotal: '100',
        item_tax_total: '20.421487603305785124',
        fulfilled_total: '353',
        shipped_total: '353',
        return_requested_total: '0',
        return_received_total: '117.66666666666666667',
        return_dismissed_total: '117.66666666666666667',
        write_off_total: '0',
        refundable_total: '117.66666666666666667',
        refundable_total_per_unit: '117.66666666666666667',
      },
      {
        subtotal: '20',
        total: '23.006666666666666667',
        original_total: '23.8',
        original_subtotal: '20',
        original_tax_total: '3.8',
        tax_total: '3.6733333333333333333',
        discount_total: '0.79333333333333333333',
        discount_subtotal: '0.66666666666666666666',
        discount_tax_total: '0.12666666666666666667',
        item_total: '23.006666666666666667',
        item_subtotal: '20',
        item_tax_total: '3.6733333333333333333',
        fulfilled_total: '23.006666666666666667',
        shipped_total: '0',
        return_requested_total: '0',
        return_received_total: '11.503333333333333333',
        return_dismissed_total: '0',
        write_off_total: '11.503333333333333333',
        refundable_total: '23.006666666666666667',
        refundable_total_per_unit: '11.503333333333333333',
      },
    ]);
  });

  it("counts only what is not received back or dismissed in the order's totals, as Medusa 2.21.2", () => {
    const totals = cartTotals({
      items,
      shipping_methods: [{ amount: 5, is_tax_inclusive: false, tax_lines: [{ rate: 10 }], adjustments: [] }],
      credit_lines: [],
      currency_code: 'eur',
    });
    // Medusa 2.21.2's decorateCartTotals on the same order.
    expect(totals).toMatchObject({
      total: '235.27333333333333333',
      subtotal: '215',
      tax_total: '32.694820936639118457',
      discount_total: '14.026666666666666667',
      discount_subtotal: '12.421487603305785124',
      discount_tax_total: '1.6051790633608815427',
      original_total: '249.3',
      original_subtotal: '215',
      original_tax_total: '34.3',
      item_total: '229.77333333333333333',
      item_subtotal: '210',
      item_tax_total: '32.194820936639118457',
      original_item_total: '243.8',
      shipping_total: '5.5',
    });
  });

  it('is the full line when nothing is returned, and 0 per unit when nothing is left to refund', () => {
    // Medusa 2.21.2 gave the first item total 118.8, refundable_total 118.8, refundable_total_per_unit 29.7 with
    // nothing returned, and 0, 0, 0 with all 4 received back.
    const whole = orderItemTotals({ ...items[0], detail: detail({}) });
    expect([whole.total, whole.refundable_total, whole.refundable_total_per_unit]).toEqual(['118.8', '118.8', '29.7']);
    const none = orderItemTotals({ ...items[0], detail: detail({ return_received_quantity: 4 }) });
    expect([none.total, none.refundable_total, none.refundable_total_per_unit]).toEqual(['0', '0', '0']);
  });
});

describe("an amount handed from one of Medusa's workflow steps to the next", () => {
  // Medusa 2.21.2, checkout #93 of `npm run conformance` (fr, 20% tax; 3×12.99, 2×40, 2×9.99; a
  // fixed 5 across the items after a buy-get took one 9.99 off): computeActions gave the 2×40 line
  // MathBN.mult(MathBN.div(80, 128.96), 5) = 3.1017369727047146402; the cart module stored
  // raw_amount {"value": "3.101736972704715"} (the JSON number of the step's output), and
  // GET /store/carts/:id answered that line's discount_total 3.722084367245658, discount_subtotal
  // 3.101736972704715, discount_tax_total 0.620347394540943 (getLineItemTotals on the stored amount).
  it('is the nearest double, written as JavaScript writes it', () => {
    expect(asStepNumber('3.1017369727047146402')).toBe('3.101736972704715');
    expect(asStepNumber('0.85416034758371930976')).toBe('0.8541603475837193');
    expect(asStepNumber('5')).toBe('5');
    expect(asStepNumber('123456789012345678901234')).toBe('123456789012345690000000');
    // BigNumber.toJSON answers 0 within MEDUSA_EPSILON.
    expect(asStepNumber('0.00009')).toBe('0');
  });

  it("gives the line Medusa's discount totals", () => {
    const totals = itemTotals({
      unit_price: '40',
      quantity: 2,
      is_tax_inclusive: false,
      tax_lines: [{ rate: 20 }],
      adjustments: [{ amount: asStepNumber('3.1017369727047146402'), is_tax_inclusive: false }],
    });
    expect([totals.discount_total, totals.discount_subtotal, totals.discount_tax_total]).toEqual([
      '3.722084367245658',
      '3.101736972704715',
      '0.620347394540943',
    ]);
  });
});
