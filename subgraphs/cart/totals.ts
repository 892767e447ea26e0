import DataLoader from 'dataloader';
import {
  cartTotals,
  itemTotals,
  shippingMethodTotals,
  type CartTotals,
  type ItemTotalsInput,
  type ItemTotals,
  type ShippingMethodTotals,
  type ShippingMethodTotalsInput,
} from '../../kit/totals';
import type {
  CartRow,
  CreditLineRow,
  LineItemAdjustmentRow,
  LineItemRow,
  LineItemTaxLineRow,
  ShippingMethodAdjustmentRow,
  ShippingMethodRow,
  ShippingMethodTaxLineRow,
} from './models';

/** The relation loaders the totals read through (shared with the relation resolvers, so cached). */
export interface RelationLoaders {
  itemsByCart: DataLoader<string, LineItemRow[]>;
  adjustmentsByItem: DataLoader<string, LineItemAdjustmentRow[]>;
  itemTaxLinesByItem: DataLoader<string, LineItemTaxLineRow[]>;
  shippingMethodsByCart: DataLoader<string, ShippingMethodRow[]>;
  methodAdjustmentsByMethod: DataLoader<string, ShippingMethodAdjustmentRow[]>;
  methodTaxLinesByMethod: DataLoader<string, ShippingMethodTaxLineRow[]>;
  creditLinesByCart: DataLoader<string, CreditLineRow[]>;
}

/** loadMany that fails as a whole when one key failed (DataLoader returns the error in place). */
async function loadAll<V>(loader: DataLoader<string, V>, keys: readonly string[]): Promise<V[]> {
  const values = await loader.loadMany(keys);
  for (const value of values) if (value instanceof Error) throw value;
  return values as V[];
}

async function itemInputs(loaders: RelationLoaders, items: readonly LineItemRow[]): Promise<ItemTotalsInput[]> {
  const ids = items.map((item) => item.id);
  const [taxLines, adjustments] = await Promise.all([
    loadAll(loaders.itemTaxLinesByItem, ids),
    loadAll(loaders.adjustmentsByItem, ids),
  ]);
  return items.map((item, index) => ({ ...item, tax_lines: taxLines[index], adjustments: adjustments[index] }));
}

async function methodInputs(
  loaders: RelationLoaders,
  methods: readonly ShippingMethodRow[],
): Promise<ShippingMethodTotalsInput[]> {
  const ids = methods.map((method) => method.id);
  const [taxLines, adjustments] = await Promise.all([
    loadAll(loaders.methodTaxLinesByMethod, ids),
    loadAll(loaders.methodAdjustmentsByMethod, ids),
  ]);
  return methods.map((method, index) => ({ ...method, tax_lines: taxLines[index], adjustments: adjustments[index] }));
}

/**
 * Per request: totals of line items, shipping methods and carts, computed once per row when a
 * total is first asked for. The rows of every parent in the request are fetched together, one
 * SQL statement per relation, whatever the number of carts.
 */
export function createTotalsLoaders(loaders: RelationLoaders) {
  const byId = { cacheKeyFn: (row: { id: string }) => row.id };
  return {
    itemTotals: new DataLoader<LineItemRow, ItemTotals, string>(
      async (items) => (await itemInputs(loaders, items)).map(itemTotals),
      byId,
    ),
    shippingMethodTotals: new DataLoader<ShippingMethodRow, ShippingMethodTotals, string>(
      async (methods) => (await methodInputs(loaders, methods)).map(shippingMethodTotals),
      byId,
    ),
    cartTotals: new DataLoader<CartRow, CartTotals, string>(async (carts) => {
      const ids = carts.map((cart) => cart.id);
      const [items, methods, creditLines] = await Promise.all([
        loadAll(loaders.itemsByCart, ids),
        loadAll(loaders.shippingMethodsByCart, ids),
        loadAll(loaders.creditLinesByCart, ids),
      ]);
      // One batch of tax lines and adjustments for the items and methods of all these carts.
      const [allItems, allMethods] = await Promise.all([
        itemInputs(loaders, items.flat()),
        methodInputs(loaders, methods.flat()),
      ]);
      let itemAt = 0;
      let methodAt = 0;
      return carts.map((cart, index) => {
        const cartItems = allItems.slice(itemAt, (itemAt += items[index].length));
        const cartMethods = allMethods.slice(methodAt, (methodAt += methods[index].length));
        return cartTotals({
          items: cartItems,
          shipping_methods: cartMethods,
          credit_lines: creditLines[index],
          currency_code: cart.currency_code,
        });
      });
    }, byId),
  };
}
