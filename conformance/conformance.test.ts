import { compare, sameValue } from './compare';
import { generateCheckouts, prng } from './generator';
import { FEATURES, PROMOTIONS } from './store';

describe('the conformance generator', () => {
  const all = new Set(FEATURES);
  it('gives the same checkouts for the same seed, others for another', () => {
    const once = generateCheckouts(50, 7, PROMOTIONS, all);
    expect(generateCheckouts(50, 7, PROMOTIONS, all)).toEqual(once);
    expect(generateCheckouts(50, 8, PROMOTIONS, all)).not.toEqual(once);
    expect([prng(1)(), prng(1)()]).toEqual([prng(1)(), prng(1)()]);
  });
  it('mixes every region, guests and customers, codes of every feature, and no code twice in a cart', () => {
    const checkouts = generateCheckouts(200, 1, PROMOTIONS, all);
    expect(new Set(checkouts.map((checkout) => checkout.region)).size).toBe(3);
    expect(checkouts.some((checkout) => checkout.customer === null)).toBe(true);
    expect(checkouts.some((checkout) => checkout.customer !== null)).toBe(true);
    const features = new Set(checkouts.flatMap((checkout) => checkout.features));
    expect([...features].sort()).toEqual([...FEATURES].sort());
    for (const checkout of checkouts) expect(new Set(checkout.codes).size).toBe(checkout.codes.length);
  });
});

describe('the conformance comparer', () => {
  it("compares Medusa's numbers with our decimal strings exactly, after Number()", () => {
    expect(sameValue(76.9, '76.9')).toBe(true);
    expect(sameValue(76.9, '76.90')).toBe(true);
    expect(sameValue(33.333333333333336, '33.33333333333333333333')).toBe(true);
    expect(sameValue(76.9, '76.9000000001')).toBe(false);
    expect(sameValue(0, '0')).toBe(true);
    expect(sameValue('ok', 'ok')).toBe(true);
    expect(sameValue(true, 'true')).toBe(false);
  });
  it('reports a completion refused on one side once, not the whole order it lacks', () => {
    const medusa = new Map<string, string | number>([
      ['step.complete', 'ok'],
      ['order.total', 10],
      ['link.order_cart', 'the checkout cart'],
    ]);
    const ours = new Map<string, string | number>([
      ['step.complete', 'refused: Promotion usage exceeds the budget limit.'],
    ]);
    expect(compare(medusa, ours).map((difference) => difference.path)).toEqual(['step.complete']);
  });
  it('reports values that differ or exist on one side, by kind', () => {
    const medusa = new Map<string, string | number>([
      ['cart.total', 10],
      ['cart.item[mug].adjustment[CONF10].amount', 1],
    ]);
    const ours = new Map<string, string | number>([
      ['cart.total', '10.5'],
      ['cart.item[mug].tax_line[DE19].rate', '19'],
    ]);
    expect(compare(medusa, ours).map((difference) => difference.kind)).toEqual([
      'cart.item[*].adjustment[*].amount: only on Medusa',
      'cart.item[*].tax_line[*].rate: only on the supergraph',
      'cart.total: differs',
    ]);
  });
});
