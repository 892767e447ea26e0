/** A seeded generator of checkouts (a small PRNG, mulberry32: the same seed gives the same checkouts). */
import { CUSTOMERS, PRODUCTS, REGIONS, SHIPPING_OPTIONS, TAX_REGIONS, type Feature, type PromotionSpec } from './store';

export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Checkout {
  index: number;
  region: string;
  country: string;
  currency: string;
  /** A registered customer's key, or null for a guest. */
  customer: string | null;
  /** Lines on creation, then lines added one by one. */
  items: { variant: string; quantity: number }[];
  added: { variant: string; quantity: number }[];
  codes: string[];
  shipping: string;
  /** What it exercises (decides whether the supergraph can run it). */
  features: Feature[];
}

const VARIANTS = PRODUCTS.flatMap((product) => product.variants.map((variant) => variant.key));

export function generateCheckouts(
  count: number,
  seed: number,
  promotions: PromotionSpec[],
  enabled: Set<Feature>,
): Checkout[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const codes = promotions.filter((promotion) => !promotion.is_automatic);
  const checkouts: Checkout[] = [];
  for (let index = 0; index < count; index++) {
    const region = pick(REGIONS);
    const country = pick(region.countries);
    const customer = random() < 0.4 ? null : pick(CUSTOMERS).key;
    const lines = 1 + Math.floor(random() * 3);
    const variants = [...VARIANTS].sort(() => random() - 0.5).slice(0, lines);
    const all = variants.map((variant) => ({ variant, quantity: 1 + Math.floor(random() * 3) }));
    const chosen = new Set<string>();
    const codeCount = codes.length ? Math.floor(random() * 3) : 0;
    for (let c = 0; c < codeCount; c++) chosen.add(pick(codes).code);
    // A buy-get code is tried mostly on carts that can meet it: two shirts bought, a mug to get.
    const buyget = codes.find((promotion) => promotion.type === 'buyget' && chosen.has(promotion.code));
    if (buyget && random() < 0.7) {
      const shirt = all.find((line) => line.variant.startsWith('shirt'));
      if (shirt) shirt.quantity = Math.max(shirt.quantity, 2);
      else all.push({ variant: 'shirt-m', quantity: 2 });
      if (!all.some((line) => line.variant === 'mug'))
        all.push({ variant: 'mug', quantity: 1 + Math.floor(random() * 2) });
    }
    const features = new Set<Feature>(['standard']);
    for (const code of chosen) features.add(codes.find((promotion) => promotion.code === code)!.feature);
    if (enabled.has('tax') && TAX_REGIONS.some((tax) => tax.country === country)) features.add('tax');
    if (enabled.has('tax-inclusive') && region.currency === 'dkk') features.add('tax-inclusive');
    for (const automatic of promotions.filter((promotion) => promotion.is_automatic)) {
      // Automatic promotions here are limited by currency: a cart in it exercises them.
      const currencies = automatic.rules?.find((rule) => rule.attribute === 'currency_code')?.values;
      if (!currencies || currencies.includes(region.currency)) features.add(automatic.feature);
    }
    checkouts.push({
      index,
      region: region.key,
      country,
      currency: region.currency,
      customer,
      items: all.slice(0, 1),
      added: all.slice(1),
      codes: [...chosen],
      shipping: pick(SHIPPING_OPTIONS).key,
      features: [...features],
    });
  }
  return checkouts;
}
