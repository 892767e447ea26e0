import type { Queryable } from '../../kit/database';
import type { Model } from '../../kit/model';
import { lockIds, type Where } from '../../kit/sql';
import { tables } from '../../kit/table';
import { models, type CartRow } from './models';

/**
 * `filters.completed` of a cart list, which is no column: only completed carts (true) or only
 * open ones (false).
 */
export const completedFilter = (completed: boolean | null | undefined) => (where: Where) => {
  if (completed === true) where.raw('completed_at is not null');
  if (completed === false) where.raw('completed_at is null');
};

/**
 * All SQL of the cart module: each table's statements are derived from its declaration
 * (models.ts); what is the module's own is the internal mutations' locks, soft deletes that
 * cascade to a row's adjustments and tax lines (and their undo), and the cart's delete for good.
 */
export function createCartStore(db: Queryable) {
  /** Soft-deletes live rows by id (addresses a cart no longer points to, replaced adjustments). */
  const softDelete =
    ({ table }: Model) =>
    async (ids: string[]): Promise<void> => {
      if (ids.length === 0) return;
      await db.query(`update ${table} set deleted_at = now() where id = any($1::text[]) and deleted_at is null`, [ids]);
    };

  return {
    ...tables(db, models),

    /** Holds caller-chosen ids until the transaction ends (kit/sql.ts `lockIds`). */
    lockIds: (ids: string[]) => lockIds(db, ids),

    /** Live carts by id, locked until the transaction ends, so a concurrent completion waits. */
    lockCarts: (ids: string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db.query<CartRow>(
            'select * from cart.cart where id = any($1::text[]) and deleted_at is null order by id for update',
            [ids],
          ),

    softDeleteAddresses: softDelete(models.address),
    softDeleteItemAdjustments: softDelete(models.line_item_adjustment),
    softDeleteMethodAdjustments: softDelete(models.shipping_method_adjustment),

    /**
     * Deletes a cart for good with every row of it. Shipping-method adjustments and tax lines and
     * credit lines have no ON DELETE rule (as in Medusa), so they go first; items (with their
     * adjustments and tax lines) and shipping methods cascade from the cart.
     */
    async deleteCart(cart: CartRow): Promise<void> {
      const methods = '(select id from cart.cart_shipping_method where cart_id = $1)';
      await db.query(`delete from cart.cart_shipping_method_adjustment where shipping_method_id in ${methods}`, [
        cart.id,
      ]);
      await db.query(`delete from cart.cart_shipping_method_tax_line where shipping_method_id in ${methods}`, [
        cart.id,
      ]);
      await db.query('delete from cart.credit_line where cart_id = $1', [cart.id]);
      await db.query('delete from cart.cart where id = $1', [cart.id]);
      const addressIds = [cart.shipping_address_id, cart.billing_address_id].filter((id): id is string => id !== null);
      if (addressIds.length > 0)
        await db.query('delete from cart.cart_address where id = any($1::text[])', [addressIds]);
    },

    /**
     * Soft-deletes live line items with their live adjustments and tax lines, all at one moment:
     * that moment (`deleted_at`) is what `restoreItems` brings back. Returns the ids it removed.
     */
    async softDeleteItems(ids: string[]): Promise<string[]> {
      if (ids.length === 0) return [];
      const rows = await db.query<{ id: string }>(
        `with items as (
           update cart.cart_line_item set deleted_at = now() where id = any($1::text[]) and deleted_at is null returning id, deleted_at
         ), adjustments as (
           update cart.cart_line_item_adjustment x set deleted_at = i.deleted_at from items i
           where x.item_id = i.id and x.deleted_at is null
         ), tax_lines as (
           update cart.cart_line_item_tax_line x set deleted_at = i.deleted_at from items i
           where x.item_id = i.id and x.deleted_at is null
         )
         select id from items`,
        [ids],
      );
      return rows.map((row) => row.id);
    },

    /**
     * Brings back soft-deleted line items with the adjustments and tax lines their delete removed
     * (those deleted at the same moment; rows removed before, e.g. replaced adjustments, stay
     * removed). Returns the ids it restored.
     */
    async restoreItems(ids: string[]): Promise<string[]> {
      if (ids.length === 0) return [];
      const rows = await db.query<{ id: string }>(
        `with removed as (
           select id, deleted_at from cart.cart_line_item where id = any($1::text[]) and deleted_at is not null
         ), items as (
           update cart.cart_line_item x set deleted_at = null from removed r where x.id = r.id returning x.id
         ), adjustments as (
           update cart.cart_line_item_adjustment x set deleted_at = null from removed r
           where x.item_id = r.id and x.deleted_at = r.deleted_at
         ), tax_lines as (
           update cart.cart_line_item_tax_line x set deleted_at = null from removed r
           where x.item_id = r.id and x.deleted_at = r.deleted_at
         )
         select id from items`,
        [ids],
      );
      return rows.map((row) => row.id);
    },

    /** Soft-deletes live shipping methods with their adjustments and tax lines, all at one moment. */
    async softDeleteShippingMethods(ids: string[]): Promise<void> {
      if (ids.length === 0) return;
      await db.query(
        `with methods as (
           update cart.cart_shipping_method set deleted_at = now() where id = any($1::text[]) and deleted_at is null returning id, deleted_at
         ), adjustments as (
           update cart.cart_shipping_method_adjustment x set deleted_at = m.deleted_at from methods m
           where x.shipping_method_id = m.id and x.deleted_at is null
         ), tax_lines as (
           update cart.cart_shipping_method_tax_line x set deleted_at = m.deleted_at from methods m
           where x.shipping_method_id = m.id and x.deleted_at is null
         )
         select count(*) from methods`,
        [ids],
      );
    },
  };
}

export type CartStore = ReturnType<typeof createCartStore>;
