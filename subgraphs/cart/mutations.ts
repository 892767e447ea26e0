import type { Database } from '../../kit/database';
import {
  assertDistinct,
  assertNoNul,
  assertNotNegative,
  conflict,
  currencyCode,
  idMaker,
  notAllowed,
  notFound,
  optionalId,
} from '../../kit/input';
import { badUserInput } from '../../kit/errors';
import { assertId } from '../../kit/ids';
import type { NewRowOf } from '../../kit/model';
import type {
  AddressInput,
  CartCreateInput,
  CartUpdateInput,
  LineItemAdjustmentInput,
  LineItemCreateInput,
  LineItemUpdateInput,
  ShippingMethodAdjustmentInput,
  ShippingMethodInput,
  TaxLineInput,
} from './generated/resolvers';
import {
  models,
  type CartRow,
  type LineItemAdjustmentRow,
  type LineItemRow,
  type ShippingMethodAdjustmentRow,
  type ShippingMethodRow,
} from './models';
import { createCartStore, type CartStore } from './store';

/**
 * The cart module's internal mutations (the workflows subgraph's primitives): each one is one
 * transaction on the cart tables, checks its input before writing, and leaves no SQL error to the
 * client. The rules are Medusa's: a completed cart is refused (validateCartStep), quantities are
 * 1 or more, adjustments, shipping methods and removed line items are soft-deleted.
 *
 * Exactly once across a lost answer: the creates take caller-chosen ids, and a row that already
 * has its id is the earlier call's own (returned, not made again); the undos treat "already gone"
 * as done. A call whose every row already exists is a repeat: it changes nothing, so it is
 * answered even when the cart was completed since.
 */

function assertQuantity(quantity: number, argument: string): void {
  if (quantity < 1) throw badUserInput('Item quantity must be greater than 0', { argument });
}

const isPresent = <T>(value: T | null): value is T => value !== null;

/**
 * Whether a call only names rows that its earlier run made (every row by an id that exists, and
 * nothing else to replace): it changes nothing. A call without ids is never one, so it meets every
 * rule a new write meets (an empty list on a completed cart is still refused).
 */
function isRepeat(
  rows: readonly { id: string }[],
  existing: ReadonlySet<string>,
  replaced: readonly unknown[],
): boolean {
  return rows.length > 0 && rows.every((row) => existing.has(row.id)) && replaced.length === 0;
}

/**
 * The rows that already have caller-chosen ids (read with the soft-deleted ones), each checked to
 * be the earlier call's own: `elsewhere` says where a row belongs when that is not where this call
 * puts it. A removed row is CONFLICT too: its id is never used again. Returns the ids found.
 */
function reusedIds<R extends { id: string; deleted_at: Date | null }>(
  existing: readonly R[],
  entity: string,
  elsewhere: (row: R) => string | null,
): Set<string> {
  for (const row of existing) {
    const other = elsewhere(row);
    if (other) throw conflict(`${entity} ${row.id} already exists ${other}`, { id: row.id });
    if (row.deleted_at) throw conflict(`${entity} ${row.id} was removed; its id is not used again`, { id: row.id });
  }
  return new Set(existing.map((row) => row.id));
}

/** Rows in the order of `ids` (the store returns them by id). */
function inOrderOf<R extends { id: string }>(ids: readonly string[], rows: readonly R[]): R[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)!);
}

/**
 * An input's fields without the ones given as null: a row left without them takes the column's
 * declared default (`is_tax_inclusive: null` is false, as when left out) or null.
 */
function withoutNulls<T extends object>(input: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null)) as {
    [K in keyof T]?: Exclude<T[K], null>;
  };
}

type NewAddress = NewRowOf<typeof models.address> & { id: string };

function addressRow(id: string, input: AddressInput): NewAddress {
  return { ...withoutNulls(input), id, country_code: input.country_code?.toLowerCase() };
}

/** A tax line's own columns; the caller adds the key of its item or shipping method. */
const taxLineColumns = (id: string, line: TaxLineInput) => ({ ...withoutNulls(line), id });

export function createCartMutations(db: Database) {
  const inTransaction = <T>(work: (store: CartStore) => Promise<T>): Promise<T> =>
    db.transaction((tx) => work(createCartStore(tx)));

  /** The live cart, locked; NOT_FOUND when there is none. */
  async function lockCart(store: CartStore, id: string): Promise<CartRow> {
    const [cart] = await store.lockCarts([id]);
    if (!cart) throw notFound(`Cart with id: ${id} was not found`, { cart_id: id });
    return cart;
  }

  /** Medusa's validateCartStep. */
  function assertOpen(cart: CartRow): void {
    if (cart.completed_at) throw notAllowed(`Cart ${cart.id} is already completed.`, { cart_id: cart.id });
  }

  /** The live items among `ids` with their carts locked and open; NOT_FOUND names the unknown ones. */
  async function lockItems(store: CartStore, ids: string[], argument: string): Promise<LineItemRow[]> {
    const items = await store.line_item.byKeys(ids);
    const found = new Set(items.map((item) => item.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0)
      throw notFound(`Line items with ids: ${missing.join(', ')} were not found`, { argument, ids: missing });
    const carts = await store.lockCarts([...new Set(items.map((item) => item.cart_id))]);
    carts.forEach(assertOpen);
    return items;
  }

  /** The carts of `items`, locked; each must be live and open (the items are about to change). */
  async function lockOpenCartsOf(store: CartStore, items: readonly LineItemRow[]): Promise<void> {
    const cartIds = [...new Set(items.map((item) => item.cart_id))];
    const carts = await store.lockCarts(cartIds);
    const missing = cartIds.filter((id) => !carts.some((cart) => cart.id === id));
    if (missing.length > 0)
      throw notFound(`Cart with id: ${missing.join(', ')} was not found`, { cart_id: missing[0] });
    carts.forEach(assertOpen);
  }

  return {
    async cartCreate(input: CartCreateInput): Promise<CartRow> {
      assertNoNul(input, 'input');
      const newId = idMaker();
      const chosenId = optionalId(input.id, 'cart', 'input.id');
      const cartId = chosenId ?? newId('cart');
      const addresses: NewAddress[] = [];
      const addAddress = (address: AddressInput | null | undefined) => {
        if (!address) return null;
        const row = addressRow(newId('caaddr'), address);
        addresses.push(row);
        return row.id;
      };
      const cart: NewRowOf<typeof models.cart> = {
        id: cartId,
        region_id: optionalId(input.region_id, 'reg', 'input.region_id'),
        customer_id: optionalId(input.customer_id, 'cus', 'input.customer_id'),
        sales_channel_id: optionalId(input.sales_channel_id, 'sc', 'input.sales_channel_id'),
        email: input.email,
        currency_code: currencyCode(input.currency_code, 'input.currency_code'),
        locale: input.locale,
        metadata: input.metadata,
        shipping_address_id: addAddress(input.shipping_address),
        billing_address_id: addAddress(input.billing_address),
      };
      return inTransaction(async (store) => {
        if (chosenId) {
          await store.lockIds([chosenId]);
          const existing = await store.cart.byKeys([chosenId], { withDeleted: true });
          // A cart is its customer's: an id naming another customer's cart must not hand it over.
          const reused = reusedIds(existing, 'Cart', (row) =>
            row.customer_id !== cart.customer_id ? `for another customer (${row.customer_id ?? 'none'})` : null,
          );
          if (reused.size > 0) return existing[0];
        }
        await store.address.insert(addresses);
        await store.cart.insert([cart]);
        const [row] = await store.cart.byKeys([cartId]);
        return row;
      });
    },

    async cartUpdate(id: string, input: CartUpdateInput): Promise<CartRow> {
      assertId(id, 'cart');
      assertNoNul(input, 'input');
      const given = Object.keys(input).filter((key) => input[key as keyof CartUpdateInput] !== undefined);
      const changes: Partial<CartRow> = {};
      if (input.email !== undefined) changes.email = input.email;
      if (input.region_id !== undefined) changes.region_id = optionalId(input.region_id, 'reg', 'input.region_id');
      if (input.customer_id !== undefined)
        changes.customer_id = optionalId(input.customer_id, 'cus', 'input.customer_id');
      if (input.sales_channel_id !== undefined) {
        changes.sales_channel_id = optionalId(input.sales_channel_id, 'sc', 'input.sales_channel_id');
      }
      if (input.currency_code !== undefined) {
        if (input.currency_code === null)
          throw badUserInput('input.currency_code cannot be null: a cart has a currency', {
            argument: 'input.currency_code',
          });
        changes.currency_code = currencyCode(input.currency_code, 'input.currency_code');
      }
      if (input.locale !== undefined) changes.locale = input.locale;
      if (input.metadata !== undefined) changes.metadata = input.metadata;
      if (input.completed_at !== undefined)
        changes.completed_at = input.completed_at === null ? null : new Date(input.completed_at);

      return inTransaction(async (store) => {
        const cart = await lockCart(store, id);
        // A completed cart takes one change only: `completed_at: null`, the undo of its completion. Completing
        // it again (a retried step whose first answer was lost) leaves it as it is.
        const reopening = given.length === 1 && given[0] === 'completed_at' && input.completed_at === null;
        const completingAgain = given.length === 1 && given[0] === 'completed_at' && input.completed_at !== null;
        if (cart.completed_at && completingAgain) return cart;
        if (cart.completed_at && given.length > 0 && !reopening) assertOpen(cart);
        if (given.length === 0) return cart;

        const newId = idMaker();
        const addresses: NewAddress[] = [];
        for (const slot of ['shipping_address', 'billing_address'] as const) {
          const address = input[slot];
          if (address === undefined) continue;
          const row = address === null ? null : addressRow(newId('caaddr'), address);
          if (row) addresses.push(row);
          changes[`${slot}_id`] = row?.id ?? null;
        }
        await store.address.insert(addresses);
        // The cart is locked above: the update finds it.
        const updated = (await store.cart.update(id, changes))!;
        // The replaced addresses are soft-deleted, unless the other slot still uses one (the seed
        // shares one address between shipping and billing).
        const stillUsed = new Set([updated.shipping_address_id, updated.billing_address_id]);
        const replaced = [cart.shipping_address_id, cart.billing_address_id].filter(
          (addressId): addressId is string => addressId !== null && !stillUsed.has(addressId),
        );
        await store.softDeleteAddresses([...new Set(replaced)]);
        return updated;
      });
    },

    /** The undo of `cartCreate`: null when there is no live cart with that id (already deleted). */
    async cartDelete(id: string): Promise<string | null> {
      assertId(id, 'cart');
      return inTransaction(async (store) => {
        const [cart] = await store.lockCarts([id]);
        if (!cart) return null;
        assertOpen(cart);
        await store.deleteCart(cart);
        return id;
      });
    },

    async lineItemsCreate(cartId: string, items: readonly LineItemCreateInput[]): Promise<LineItemRow[]> {
      assertId(cartId, 'cart', 'cart_id');
      assertNoNul(items, 'items');
      const newId = idMaker();
      const chosenIds = items.map((item, index) => optionalId(item.id, 'cali', `items[${index}].id`));
      assertDistinct(chosenIds.filter(isPresent), 'items');
      const taxLines: (NewRowOf<typeof models.line_item_tax_line> & { item_id: string })[] = [];
      const rows = items.map((item, index): NewRowOf<typeof models.line_item> & { id: string } => {
        const argument = `items[${index}]`;
        assertQuantity(item.quantity, `${argument}.quantity`);
        const id = chosenIds[index] ?? newId('cali');
        const { id: _chosen, tax_lines, ...columns } = item;
        taxLines.push(...(tax_lines ?? []).map((line) => ({ ...taxLineColumns(newId('calitxl'), line), item_id: id })));
        return {
          ...withoutNulls(columns),
          id,
          cart_id: cartId,
          variant_id: optionalId(item.variant_id, 'variant', `${argument}.variant_id`),
          product_id: optionalId(item.product_id, 'prod', `${argument}.product_id`),
          product_type_id: optionalId(item.product_type_id, 'ptyp', `${argument}.product_type_id`),
        };
      });
      const ids = rows.map((row) => row.id);
      return inTransaction(async (store) => {
        const cart = await lockCart(store, cartId);
        const chosen = chosenIds.filter(isPresent);
        await store.lockIds(chosen);
        const reused = reusedIds(await store.line_item.byKeys(chosen, { withDeleted: true }), 'Line item', (row) =>
          row.cart_id !== cartId ? `in cart ${row.cart_id}, not in cart ${cartId}` : null,
        );
        const fresh = rows.filter((row) => !reused.has(row.id));
        if (!isRepeat(rows, reused, [])) {
          assertOpen(cart);
          await store.line_item.insert(fresh);
          await store.line_item_tax_line.insert(taxLines.filter((line) => !reused.has(line.item_id)));
        }
        return inOrderOf(ids, await store.line_item.byKeys(ids));
      });
    },

    async lineItemsUpdate(updates: readonly LineItemUpdateInput[]): Promise<LineItemRow[]> {
      assertNoNul(updates, 'items');
      const ids = updates.map((update, index) => assertId(update.id, 'cali', `items[${index}].id`));
      assertDistinct(ids, 'items');
      const changes = updates.map((update, index) => {
        const argument = `items[${index}]`;
        const change: Partial<LineItemRow> = {};
        if (update.quantity !== undefined) {
          if (update.quantity === null)
            throw badUserInput('Item quantity must be greater than 0', { argument: `${argument}.quantity` });
          assertQuantity(update.quantity, `${argument}.quantity`);
          change.quantity = update.quantity;
        }
        if (update.unit_price !== undefined) {
          if (update.unit_price === null)
            throw badUserInput(`${argument}.unit_price cannot be null`, { argument: `${argument}.unit_price` });
          change.unit_price = update.unit_price;
        }
        if (update.metadata !== undefined) change.metadata = update.metadata;
        return change;
      });
      return inTransaction(async (store) => {
        const items = await lockItems(store, ids, 'items');
        const byId = new Map(items.map((item) => [item.id, item]));
        const updated: LineItemRow[] = [];
        for (const [index, id] of ids.entries()) {
          updated.push(
            Object.keys(changes[index]).length === 0
              ? byId.get(id)!
              : (await store.line_item.update(id, changes[index]))!,
          );
        }
        return updated;
      });
    },

    /** Soft-deletes live line items; returns the ids it removed (already removed or unknown ones are done already). */
    async lineItemsDelete(ids: readonly string[]): Promise<string[]> {
      const unique = [...new Set(ids.map((id, index) => assertId(id, 'cali', `ids[${index}]`)))];
      return inTransaction(async (store) => {
        const live = await store.line_item.byKeys(unique);
        if (live.length === 0) return [];
        await lockOpenCartsOf(store, live);
        const removed = new Set(await store.softDeleteItems(live.map((item) => item.id)));
        return unique.filter((id) => removed.has(id));
      });
    },

    /** The undo of `lineItemsDelete`: the same rows back, with what their delete removed. */
    async lineItemsRestore(ids: readonly string[]): Promise<LineItemRow[]> {
      const unique = [...new Set(ids.map((id, index) => assertId(id, 'cali', `ids[${index}]`)))];
      return inTransaction(async (store) => {
        const items = await store.line_item.byKeys(unique, { withDeleted: true });
        const found = new Set(items.map((item) => item.id));
        const missing = unique.filter((id) => !found.has(id));
        if (missing.length > 0)
          throw notFound(`Line items with ids: ${missing.join(', ')} were not found`, {
            argument: 'ids',
            ids: missing,
          });
        const removed = items.filter((item) => item.deleted_at !== null);
        if (removed.length > 0) {
          await lockOpenCartsOf(store, removed);
          await store.restoreItems(removed.map((item) => item.id));
        }
        return inOrderOf(unique, await store.line_item.byKeys(unique));
      });
    },

    async lineItemAdjustmentsSet(
      cartId: string,
      adjustments: readonly LineItemAdjustmentInput[],
    ): Promise<LineItemAdjustmentRow[]> {
      assertId(cartId, 'cart', 'cart_id');
      assertNoNul(adjustments, 'adjustments');
      const newId = idMaker();
      const chosenIds = adjustments.map((adjustment, index) =>
        optionalId(adjustment.id, 'caliadj', `adjustments[${index}].id`),
      );
      assertDistinct(chosenIds.filter(isPresent), 'adjustments');
      const rows = adjustments.map((adjustment, index) => {
        const argument = `adjustments[${index}]`;
        assertNotNegative(adjustment.amount, `${argument}.amount`);
        return {
          ...withoutNulls(adjustment),
          id: chosenIds[index] ?? newId('caliadj'),
          item_id: assertId(adjustment.item_id, 'cali', `${argument}.item_id`),
          promotion_id: optionalId(adjustment.promotion_id, 'promo', `${argument}.promotion_id`),
        };
      });
      const ids = rows.map((row) => row.id);
      const itemOf = new Map(rows.map((row) => [row.id, row.item_id]));
      return inTransaction(async (store) => {
        const cart = await lockCart(store, cartId);
        const items = (await store.line_item.by('cart_id', [cartId])).map((item) => item.id);
        const strangers = [...new Set(rows.map((row) => row.item_id).filter((itemId) => !items.includes(itemId)))];
        if (strangers.length > 0) {
          throw notFound(`Line items with ids: ${strangers.join(', ')} were not found in cart ${cartId}`, {
            cart_id: cartId,
            ids: strangers,
          });
        }
        const chosen = chosenIds.filter(isPresent);
        await store.lockIds(chosen);
        const kept = reusedIds(
          await store.line_item_adjustment.byKeys(chosen, { withDeleted: true }),
          'Line item adjustment',
          (row) =>
            row.item_id !== itemOf.get(row.id)
              ? `on line item ${row.item_id}, not on line item ${itemOf.get(row.id)}`
              : null,
        );
        const replaced = (await store.line_item_adjustment.by('item_id', items)).filter(
          (adjustment) => !kept.has(adjustment.id),
        );
        const fresh = rows.filter((row) => !kept.has(row.id));
        if (!isRepeat(rows, kept, replaced)) {
          assertOpen(cart);
          await store.softDeleteItemAdjustments(replaced.map((adjustment) => adjustment.id));
          await store.line_item_adjustment.insert(fresh);
        }
        return inOrderOf(ids, await store.line_item_adjustment.byKeys(ids));
      });
    },

    async shippingMethodAdjustmentsSet(
      cartId: string,
      adjustments: readonly ShippingMethodAdjustmentInput[],
    ): Promise<ShippingMethodAdjustmentRow[]> {
      assertId(cartId, 'cart', 'cart_id');
      assertNoNul(adjustments, 'adjustments');
      const newId = idMaker();
      const chosenIds = adjustments.map((adjustment, index) =>
        optionalId(adjustment.id, 'casmadj', `adjustments[${index}].id`),
      );
      assertDistinct(chosenIds.filter(isPresent), 'adjustments');
      const rows = adjustments.map((adjustment, index) => {
        const argument = `adjustments[${index}]`;
        assertNotNegative(adjustment.amount, `${argument}.amount`);
        return {
          ...withoutNulls(adjustment),
          id: chosenIds[index] ?? newId('casmadj'),
          shipping_method_id: assertId(adjustment.shipping_method_id, 'casm', `${argument}.shipping_method_id`),
          promotion_id: optionalId(adjustment.promotion_id, 'promo', `${argument}.promotion_id`),
        };
      });
      const ids = rows.map((row) => row.id);
      const methodOf = new Map(rows.map((row) => [row.id, row.shipping_method_id]));
      return inTransaction(async (store) => {
        const cart = await lockCart(store, cartId);
        const methods = (await store.shipping_method.by('cart_id', [cartId])).map((method) => method.id);
        const strangers = [
          ...new Set(rows.map((row) => row.shipping_method_id).filter((methodId) => !methods.includes(methodId))),
        ];
        if (strangers.length > 0) {
          throw notFound(`Shipping methods with ids: ${strangers.join(', ')} were not found in cart ${cartId}`, {
            cart_id: cartId,
            ids: strangers,
          });
        }
        const chosen = chosenIds.filter(isPresent);
        await store.lockIds(chosen);
        const kept = reusedIds(
          await store.shipping_method_adjustment.byKeys(chosen, { withDeleted: true }),
          'Shipping method adjustment',
          (row) =>
            row.shipping_method_id !== methodOf.get(row.id)
              ? `on shipping method ${row.shipping_method_id}, not on shipping method ${methodOf.get(row.id)}`
              : null,
        );
        const replaced = (await store.shipping_method_adjustment.by('shipping_method_id', methods)).filter(
          (adjustment) => !kept.has(adjustment.id),
        );
        const fresh = rows.filter((row) => !kept.has(row.id));
        if (!isRepeat(rows, kept, replaced)) {
          assertOpen(cart);
          await store.softDeleteMethodAdjustments(replaced.map((adjustment) => adjustment.id));
          await store.shipping_method_adjustment.insert(fresh);
        }
        return inOrderOf(ids, await store.shipping_method_adjustment.byKeys(ids));
      });
    },

    async shippingMethodsSet(cartId: string, methods: readonly ShippingMethodInput[]): Promise<ShippingMethodRow[]> {
      assertId(cartId, 'cart', 'cart_id');
      assertNoNul(methods, 'methods');
      const newId = idMaker();
      const chosenIds = methods.map((method, index) => optionalId(method.id, 'casm', `methods[${index}].id`));
      assertDistinct(chosenIds.filter(isPresent), 'methods');
      const taxLines: (NewRowOf<typeof models.shipping_method_tax_line> & { shipping_method_id: string })[] = [];
      const rows = methods.map((method, index): NewRowOf<typeof models.shipping_method> & { id: string } => {
        const argument = `methods[${index}]`;
        assertNotNegative(method.amount, `${argument}.amount`);
        const id = chosenIds[index] ?? newId('casm');
        const { id: _chosen, tax_lines, ...columns } = method;
        taxLines.push(
          ...(tax_lines ?? []).map((line) => ({ ...taxLineColumns(newId('casmtxl'), line), shipping_method_id: id })),
        );
        return {
          ...withoutNulls(columns),
          id,
          cart_id: cartId,
          shipping_option_id: optionalId(method.shipping_option_id, 'so', `${argument}.shipping_option_id`),
        };
      });
      const ids = rows.map((row) => row.id);
      return inTransaction(async (store) => {
        const cart = await lockCart(store, cartId);
        const chosen = chosenIds.filter(isPresent);
        await store.lockIds(chosen);
        const kept = reusedIds(
          await store.shipping_method.byKeys(chosen, { withDeleted: true }),
          'Shipping method',
          (row) => (row.cart_id !== cartId ? `in cart ${row.cart_id}, not in cart ${cartId}` : null),
        );
        const replaced = (await store.shipping_method.by('cart_id', [cartId])).filter((method) => !kept.has(method.id));
        const fresh = rows.filter((row) => !kept.has(row.id));
        if (!isRepeat(rows, kept, replaced)) {
          assertOpen(cart);
          await store.softDeleteShippingMethods(replaced.map((method) => method.id));
          await store.shipping_method.insert(fresh);
          await store.shipping_method_tax_line.insert(taxLines.filter((line) => !kept.has(line.shipping_method_id)));
        }
        return inOrderOf(ids, await store.shipping_method.byKeys(ids));
      });
    },

    /**
     * Medusa's setLineItemTaxLines and setShippingMethodTaxLines (every item and method of the
     * cart), or its upserts (only `item_ids` / `shipping_method_ids`): the live tax lines of those
     * rows are replaced by the ones given (soft-deleted), except lines given again by their id.
     */
    async taxLinesSet(
      cartId: string,
      scope: { item_ids?: readonly string[] | null; shipping_method_ids?: readonly string[] | null },
      itemLines: readonly TaxLineForInput<'item_id'>[],
      methodLines: readonly TaxLineForInput<'shipping_method_id'>[],
    ): Promise<CartRow> {
      assertId(cartId, 'cart', 'cart_id');
      assertNoNul([itemLines, methodLines], 'tax_lines');
      const newId = idMaker();
      const rowsOf = <K extends 'item_id' | 'shipping_method_id'>(
        lines: readonly TaxLineForInput<K>[],
        key: K,
        prefix: string,
        owner: string,
        argument: string,
      ) =>
        lines.map((line, index) => {
          const at = `${argument}[${index}]`;
          if (!Number.isFinite(line.rate))
            throw badUserInput(`${at}.rate must be a number`, { argument: `${at}.rate` });
          return {
            ...taxLineColumns(optionalId(line.id, prefix, `${at}.id`) ?? newId(prefix), withoutKey(line, key)),
            [key]: assertId(line[key], owner, `${at}.${key}`),
          } as ReturnType<typeof taxLineColumns> & Record<K, string>;
        });
      const items = rowsOf(itemLines, 'item_id', 'calitxl', 'cali', 'item_tax_lines');
      const methods = rowsOf(methodLines, 'shipping_method_id', 'casmtxl', 'casm', 'shipping_method_tax_lines');
      assertDistinct(
        [...itemLines, ...methodLines].map((line) => line.id).filter((id): id is string => typeof id === 'string'),
        'tax_lines',
      );
      return inTransaction(async (store) => {
        const cart = await lockCart(store, cartId);
        const liveItems = (await store.line_item.by('cart_id', [cartId])).map((item) => item.id);
        const liveMethods = (await store.shipping_method.by('cart_id', [cartId])).map((method) => method.id);
        const itemScope = scope.item_ids ? liveItems.filter((id) => scope.item_ids!.includes(id)) : liveItems;
        const methodScope = scope.shipping_method_ids
          ? liveMethods.filter((id) => scope.shipping_method_ids!.includes(id))
          : liveMethods;
        const strangers = [
          ...items.filter((row) => !itemScope.includes(row.item_id)).map((row) => row.item_id),
          ...methods
            .filter((row) => !methodScope.includes(row.shipping_method_id))
            .map((row) => row.shipping_method_id),
        ];
        if (strangers.length > 0)
          throw notFound(
            `Line items or shipping methods with ids: ${[...new Set(strangers)].join(', ')} were not found in cart ${cartId}`,
            {
              cart_id: cartId,
              ids: strangers,
            },
          );
        const chosen = [...items, ...methods].map((row) => row.id);
        await store.lockIds(chosen);
        const keptItems = reusedIds(
          await store.line_item_tax_line.byKeys(
            items.map((row) => row.id),
            { withDeleted: true },
          ),
          'Line item tax line',
          (row) =>
            items.some((line) => line.id === row.id && line.item_id !== row.item_id)
              ? `on line item ${row.item_id}`
              : null,
        );
        const keptMethods = reusedIds(
          await store.shipping_method_tax_line.byKeys(
            methods.map((row) => row.id),
            { withDeleted: true },
          ),
          'Shipping method tax line',
          (row) =>
            methods.some((line) => line.id === row.id && line.shipping_method_id !== row.shipping_method_id)
              ? `on shipping method ${row.shipping_method_id}`
              : null,
        );
        const replacedItems = (await store.line_item_tax_line.by('item_id', itemScope)).filter(
          (row) => !keptItems.has(row.id),
        );
        const replacedMethods = (await store.shipping_method_tax_line.by('shipping_method_id', methodScope)).filter(
          (row) => !keptMethods.has(row.id),
        );
        const fresh = [...items, ...methods].filter((row) => !keptItems.has(row.id) && !keptMethods.has(row.id));
        if (fresh.length > 0 || replacedItems.length > 0 || replacedMethods.length > 0) {
          assertOpen(cart);
          await store.line_item_tax_line.softDelete(replacedItems.map((row) => row.id));
          await store.shipping_method_tax_line.softDelete(replacedMethods.map((row) => row.id));
          await store.line_item_tax_line.insert(items.filter((row) => !keptItems.has(row.id)));
          await store.shipping_method_tax_line.insert(methods.filter((row) => !keptMethods.has(row.id)));
        }
        return cart;
      });
    },
  };
}

/** A tax line given for an item (`item_id`) or a shipping method (`shipping_method_id`). */
type TaxLineForInput<K extends string> = TaxLineInput & { id?: string | null } & Record<K, string>;

function withoutKey<T extends object>(line: T, key: string): TaxLineInput {
  const { [key]: _key, id: _id, ...rest } = line as Record<string, unknown>;
  return rest as unknown as TaxLineInput;
}

export type CartMutations = ReturnType<typeof createCartMutations>;
