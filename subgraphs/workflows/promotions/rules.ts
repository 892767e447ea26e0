import Decimal from 'decimal.js';
import type { PromotionRule } from '../reads';

/** A rule's scope: on the cart (attributes from its root), or on one item or shipping method. */
export type RuleScope = 'order' | 'items' | 'shipping_methods';

/** Medusa's pickValueFromObject: a dotted path, flattened through the arrays it meets. */
export function pickValue(path: string, object: unknown): unknown {
  const segments = path.split('.');
  let result: unknown = object;
  for (let index = 0; index < segments.length; index++) {
    if (result === null || typeof result !== 'object') return result;
    result = (result as Record<string, unknown>)[segments[index]];
    if (result === undefined) return undefined;
    if (index === segments.length - 1) return result;
    if (Array.isArray(result)) {
      const rest = segments.slice(index + 1).join('.');
      return result.flatMap((entry) => pickValue(rest, entry));
    }
  }
  return result;
}

function compare(actual: unknown, expected: string, holds: (comparison: number) => boolean): boolean {
  try {
    return holds(new Decimal(String(actual)).comparedTo(expected));
  } catch {
    return false; // not a number: Medusa's MathBN cannot compare it either
  }
}

/** Medusa's evaluateRuleValueCondition: `in` is any, `eq` and `ne` are every, comparisons hold for every value. */
function conditionHolds(ruleValues: string[], operator: string, picked: unknown): boolean {
  const actual = Array.isArray(picked) ? picked : [picked];
  if (actual.length === 0) return operator === 'ne';
  const set = new Set(ruleValues);
  const every = (test: (value: unknown) => boolean) => actual.every(test);
  switch (operator) {
    case 'eq':
      return every((value) => set.has(`${value}`));
    case 'in':
      return actual.some((value) => set.has(`${value}`));
    case 'ne':
      return every((value) => !set.has(`${value}`));
    case 'gt':
      return every((value) => ruleValues.some((rule) => compare(value, rule, (c) => c > 0)));
    case 'gte':
      return every((value) => ruleValues.some((rule) => compare(value, rule, (c) => c >= 0)));
    case 'lt':
      return every((value) => ruleValues.some((rule) => compare(value, rule, (c) => c < 0)));
    case 'lte':
      return every((value) => ruleValues.some((rule) => compare(value, rule, (c) => c <= 0)));
    default:
      return false;
  }
}

/**
 * Medusa's areRulesValidForContext: every rule holds; an item or shipping-method rule names its
 * attribute with the target's prefix (`items.product.type_id` is the item's `product.type_id`).
 */
export function rulesHold(
  rules: readonly PromotionRule[] | null | undefined,
  context: unknown,
  scope: RuleScope,
): boolean {
  return (rules ?? []).every((rule) => {
    const values = rule.values.map((value) => value.value);
    if (!rule.attribute || values.length === 0) return false;
    const attribute = scope === 'order' ? rule.attribute : rule.attribute.replace(`${scope}.`, '');
    return conditionHolds(values, rule.operator, pickValue(attribute, context));
  });
}
