import { cartTotals, itemTotals, shippingMethodTotals, type ItemTotalsInput } from '../kit/totals';

/**
 * kit/totals on its own (no database): Medusa 2.x's formulas (`@medusajs/utils` totals), with
 * the arithmetic written out. Amounts are exact decimal strings: divisions are rounded half-up to
 * 20 places as bignumber.js does, results are written with 20 significant digits (Medusa's raw value).
 */
const item = (input: Partial<ItemTotalsInput>): ItemTotalsInput => ({
  unit_price: '0',
  quantity: 1,
  is_tax_inclusive: false,
  tax_lines: [],
  adjustments: [],
  ...input,
});

describe('line item totals', () => {
  it('adds tax on top of a tax-exclusive price', () => {
    // 30 × 2 = 60 net; 10% of 60 = 6 tax; 66 in all.
    expect(itemTotals(item({ unit_price: '30', quantity: 2, tax_lines: [{ rate: 10 }] }))).toEqual({
      subtotal: '60',
      total: '66',
      original_total: '66',
      original_subtotal: '60',
      original_tax_total: '6',
      tax_total: '6',
      discount_total: '0',
      discount_subtotal: '0',
      discount_tax_total: '0',
      item_total: '66',
      item_subtotal: '60',
      item_tax_total: '6',
    });
  });

  it('takes the tax out of a tax-inclusive price, exactly to 20 significant digits', () => {
    // 50 × 2 = 100 includes 10%: net 100 / 1.1 = 90.909090909090909090909… ; tax = net × 0.1.
    const totals = itemTotals(
      item({ unit_price: '50', quantity: 2, is_tax_inclusive: true, tax_lines: [{ rate: 10 }] }),
    );
    expect(totals.subtotal).toBe('90.909090909090909091');
    expect(totals.tax_total).toBe('9.0909090909090909091');
    // net + tax is 100.000000000000000000001 before the 20-digit rounding: the price, exactly.
    expect(totals.total).toBe('100');
    expect(totals.original_total).toBe('100');
  });

  it('discounts a tax-exclusive line: the tax is on the discounted amount', () => {
    // 50 × 2 = 100 net, 10% tax, a fixed 10 off: taxable 90, tax 9, total 99.
    // Before the discount the tax was 10: the discount took 1 of tax off (discount_tax_total),
    // so discount_total = 10 + 1 = 11 (Medusa: discount_subtotal + original_tax_total - tax_total).
    expect(
      itemTotals(item({ unit_price: '50', quantity: 2, tax_lines: [{ rate: 10 }], adjustments: [{ amount: '10' }] })),
    ).toEqual({
      subtotal: '100',
      total: '99',
      original_total: '110',
      original_subtotal: '100',
      original_tax_total: '10',
      tax_total: '9',
      discount_total: '11',
      discount_subtotal: '10',
      discount_tax_total: '1',
      item_total: '99',
      item_subtotal: '100',
      item_tax_total: '9',
    });
  });

  it('brings a tax-inclusive adjustment back to its net amount at the line rate', () => {
    // 60 incl. 20%: net 50, tax 10. 6 off incl. 20%: 5 net. Taxable 45, tax 9, total 54 = 60 - 6.
    expect(
      itemTotals(
        item({
          unit_price: '30',
          quantity: 2,
          is_tax_inclusive: true,
          tax_lines: [{ rate: 20 }],
          adjustments: [{ amount: '6', is_tax_inclusive: true }],
        }),
      ),
    ).toEqual({
      subtotal: '50',
      total: '54',
      original_total: '60',
      original_subtotal: '50',
      original_tax_total: '10',
      tax_total: '9',
      discount_total: '6',
      discount_subtotal: '5',
      discount_tax_total: '1',
      item_total: '54',
      item_subtotal: '50',
      item_tax_total: '9',
    });
  });

  it('adds the rates of several tax lines, and takes no tax when the discount exceeds the price', () => {
    // 8.875% as two lines (4% state + 4.875% city) on 24.50: 2.174375 tax.
    const split = itemTotals(item({ unit_price: '24.50', tax_lines: [{ rate: 4 }, { rate: '4.875' }] }));
    expect(split).toMatchObject({ subtotal: '24.5', tax_total: '2.174375', total: '26.674375' });
    // 30 off a 20 line: taxable -10, no tax (Medusa's calculateTaxTotal returns 0 at or below 0).
    expect(
      itemTotals(item({ unit_price: '20', tax_lines: [{ rate: 10 }], adjustments: [{ amount: '30' }] })),
    ).toMatchObject({
      tax_total: '0',
      total: '-10',
      discount_tax_total: '2',
      discount_total: '32',
    });
  });

  it("never writes an exponent, and keeps 20 significant digits as Medusa's raw values do", () => {
    expect(itemTotals(item({ unit_price: '0.0000001' })).total).toBe('0.0000001');
    expect(itemTotals(item({ unit_price: '12345678901234567.891', quantity: '1' })).total).toBe(
      '12345678901234567.891',
    );
    // 1 / 3 incl. 200%: net 0.333…, written with 20 significant digits.
    expect(itemTotals(item({ unit_price: '1', is_tax_inclusive: true, tax_lines: [{ rate: 200 }] })).subtotal).toBe(
      '0.33333333333333333333',
    );
  });
});

describe('shipping method totals', () => {
  it('adds tax to a tax-exclusive amount; an adjustment is always net of tax', () => {
    // 25 net, 10%: original tax 2.5; 2 off: taxable 23, tax 2.3, total 25.3.
    // The discount with its tax: 2 + 0.2 = 2.2.
    expect(
      shippingMethodTotals({
        amount: '25',
        is_tax_inclusive: false,
        tax_lines: [{ rate: 10 }],
        adjustments: [{ amount: '2' }],
      }),
    ).toEqual({
      subtotal: '25',
      total: '25.3',
      original_total: '27.5',
      original_subtotal: '25',
      original_tax_total: '2.5',
      tax_total: '2.3',
      discount_total: '2.2',
      discount_subtotal: '2',
      discount_tax_total: '0.2',
    });
  });

  it('takes the tax out of a tax-inclusive amount', () => {
    // 12 incl. 20%: net 10, tax 2; 2 off (net): taxable 8, tax 1.6, total 9.6.
    expect(
      shippingMethodTotals({
        amount: '12.00',
        is_tax_inclusive: true,
        tax_lines: [{ rate: 20 }],
        adjustments: [{ amount: '2' }],
      }),
    ).toEqual({
      subtotal: '10',
      total: '9.6',
      original_total: '12',
      original_subtotal: '10',
      original_tax_total: '2',
      tax_total: '1.6',
      discount_total: '2.4',
      discount_subtotal: '2',
      discount_tax_total: '0.4',
    });
  });
});

describe('cart totals', () => {
  const items = [
    item({ unit_price: '30', quantity: 2, tax_lines: [{ rate: 10 }] }), // 60 + 6 tax
    item({ unit_price: '5', quantity: 1, tax_lines: [{ rate: 50 }] }), // 5 + 2.5 tax
  ];
  const shipping = [{ amount: '10', is_tax_inclusive: false, tax_lines: [{ rate: 10 }], adjustments: [] }]; // 10 + 1 tax

  it('sums items and shipping: total = item_total + shipping_total - credit_line_total', () => {
    const totals = cartTotals({
      items,
      shipping_methods: shipping,
      credit_lines: [{ amount: '3.5' }],
      currency_code: 'eur',
    });
    expect(totals).toMatchObject({
      item_total: '73.5',
      item_subtotal: '65',
      item_tax_total: '8.5',
      shipping_total: '11',
      shipping_subtotal: '10',
      shipping_tax_total: '1',
      subtotal: '75',
      tax_total: '9.5',
      original_total: '84.5',
      original_subtotal: '75',
      original_tax_total: '9.5',
      credit_line_total: '3.5',
      credit_line_subtotal: '3.5',
      credit_line_tax_total: '0',
      gift_card_total: '0',
      gift_card_tax_total: '0',
      discount_total: '0',
      // 73.5 + 11 - 3.5
      total: '81',
    });
  });

  it('goes below zero when the credit exceeds what is owed, as Medusa does', () => {
    expect(cartTotals({ items, shipping_methods: [], credit_lines: [{ amount: '100' }] }).total).toBe('-26.5');
  });

  it("counts a credit-line total of one minor unit or less as none (Medusa's currency epsilon)", () => {
    expect(
      cartTotals({ items, shipping_methods: [], credit_lines: [{ amount: '0.01' }], currency_code: 'eur' })
        .credit_line_total,
    ).toBe('0');
    expect(
      cartTotals({ items, shipping_methods: [], credit_lines: [{ amount: '0.02' }], currency_code: 'eur' })
        .credit_line_total,
    ).toBe('0.02');
    // The yen has no minor unit: 1 yen is within the epsilon.
    expect(
      cartTotals({ items, shipping_methods: [], credit_lines: [{ amount: '1' }], currency_code: 'jpy' })
        .credit_line_total,
    ).toBe('0');
  });

  it('is all zeros for an empty cart', () => {
    const totals = cartTotals({ items: [], shipping_methods: [], credit_lines: [] });
    expect(new Set(Object.values(totals))).toEqual(new Set(['0']));
    expect(Object.keys(totals)).toHaveLength(28);
  });
});
