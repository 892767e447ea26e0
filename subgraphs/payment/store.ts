import type { Queryable } from '../../kit/database';
import { lockIds } from '../../kit/sql';
import { tables } from '../../kit/table';
import {
  models,
  type PaymentCollectionRow,
  type PaymentProviderRow,
  type PaymentRow,
  type PaymentSessionRow,
  type PaymentSessionStatus,
} from './models';

/** A provider read through `payment_collection_payment_providers`, with the collection it was read for. */
export type CollectionProviderRow = PaymentProviderRow & { payment_collection_id: string };

const T = {
  provider: models.payment_provider.table,
  collection: models.payment_collection.table,
  collectionProviders: models.collection_provider.table,
  session: models.payment_session.table,
  payment: models.payment.table,
  capture: models.capture.table,
  refund: models.refund.table,
};

/**
 * The rows a payment collection's soft delete reaches, as Medusa's cascades go: its sessions and
 * payments, and the payments' captures and refunds. Each entry: a table and how its rows join
 * the collections (`c`) being changed.
 */
const COLLECTION_CASCADE = [
  { table: T.session, join: 'x.payment_collection_id = c.id' },
  { table: T.payment, join: 'x.payment_collection_id = c.id' },
  { table: T.capture, join: `x.payment_id in (select p.id from ${T.payment} p where p.payment_collection_id = c.id)` },
  { table: T.refund, join: `x.payment_id in (select p.id from ${T.payment} p where p.payment_collection_id = c.id)` },
] as const;

/**
 * All SQL of the payment module: each table's statements derived from its declaration
 * (models.ts), and what is the module's own: the providers read through the pivot, the soft-delete
 * cascade and its undo, the locks and the collection's recomputed amounts.
 */
export function createPaymentStore(db: Queryable) {
  return {
    ...tables(db, models),
    providersByCollectionIds: (collectionIds: string[]): Promise<CollectionProviderRow[]> => {
      if (collectionIds.length === 0) return Promise.resolve([]);
      return db.query<CollectionProviderRow>(
        `select p.*, cp.payment_collection_id from ${T.provider} p
         join ${T.collectionProviders} cp on cp.payment_provider_id = p.id
         where cp.payment_collection_id = any($1::text[]) and p.deleted_at is null order by p.id`,
        [collectionIds],
      );
    },
    /**
     * Soft-deletes the live collections among `ids` with every live row they cascade to, all with
     * the same `deleted_at`, in one statement (so all of it happens, or none). Returns the ids of
     * the collections it deleted.
     */
    async softDeletePaymentCollections(ids: string[]): Promise<string[]> {
      if (ids.length === 0) return [];
      const cascades = COLLECTION_CASCADE.map(
        ({ table, join }, n) =>
          `cascade_${n} as (update ${table} x set deleted_at = c.deleted_at from collections c where ${join} and x.deleted_at is null)`,
      );
      const rows = await db.query<{ id: string }>(
        `with collections as (
           update ${T.collection} set deleted_at = now() where id = any($1::text[]) and deleted_at is null returning id, deleted_at
         ), ${cascades.join(', ')}
         select id from collections`,
        [ids],
      );
      return rows.map((row) => row.id);
    },

    /**
     * Undoes `softDeletePaymentCollections`: restores the soft-deleted collections among `ids`
     * and the rows deleted with them (those with the collection's own `deleted_at`; rows deleted
     * earlier, on their own, stay deleted). One statement. Returns the ids of the collections it restored.
     */
    async restorePaymentCollections(ids: string[]): Promise<string[]> {
      if (ids.length === 0) return [];
      const cascades = COLLECTION_CASCADE.map(
        ({ table, join }, n) =>
          `cascade_${n} as (update ${table} x set deleted_at = null from collections c where ${join} and x.deleted_at = c.deleted_at)`,
      );
      const rows = await db.query<{ id: string }>(
        `with collections as (
           select id, deleted_at from ${T.collection} where id = any($1::text[]) and deleted_at is not null
         ), restored as (
           update ${T.collection} pc set deleted_at = null from collections c where pc.id = c.id returning pc.id
         ), ${cascades.join(', ')}
         select id from restored`,
        [ids],
      );
      return rows.map((row) => row.id);
    },

    // Writes of the internal mutations (mutations.ts runs them inside one transaction). Locks go
    // caller-chosen ids first, then collection, then session, so two mutations never deadlock.

    /** Holds caller-chosen ids until the transaction ends (kit/sql.ts `lockIds`). */
    lockIds: (ids: string[]) => lockIds(db, ids),

    /** The live collection, locked until the transaction ends. */
    lockPaymentCollection: (id: string) =>
      db.query<PaymentCollectionRow>(`select * from ${T.collection} where id = $1 and deleted_at is null for update`, [
        id,
      ]),

    /** The live session, locked until the transaction ends. */
    lockPaymentSession: (id: string) =>
      db.query<PaymentSessionRow>(`select * from ${T.session} where id = $1 and deleted_at is null for update`, [id]),

    /**
     * Deletes a collection for good: its payments first (their captures and refunds cascade; a
     * payment points to its session with no ON DELETE rule), then the collection (its sessions
     * and provider pivot rows cascade).
     */
    async deletePaymentCollection(id: string): Promise<void> {
      await db.query(`delete from ${T.payment} where payment_collection_id = $1`, [id]);
      await db.query(`delete from ${T.collection} where id = $1`, [id]);
    },

    /**
     * Removes a collection's live sessions (all, or those in `status`, or one by id), except
     * `keep`: deleted for good, as Medusa's deletePaymentSession does, unless a (soft-deleted)
     * payment still points to one, which is then soft-deleted so no foreign key breaks.
     */
    async removePaymentSessions(
      collectionId: string,
      options: { status?: PaymentSessionStatus; id?: string; keep?: string } = {},
    ): Promise<void> {
      const where = [`payment_collection_id = $1`, `deleted_at is null`, `id is distinct from $2`];
      const params: unknown[] = [collectionId, options.keep ?? null];
      if (options.status) where.push(`status = $${params.push(options.status)}`);
      if (options.id) where.push(`id = $${params.push(options.id)}`);
      const referenced = `exists (select 1 from ${T.payment} p where p.payment_session_id = ${T.session}.id)`;
      await db.query(`delete from ${T.session} where ${where.join(' and ')} and not ${referenced}`, params);
      await db.query(
        `update ${T.session} set deleted_at = now() where ${where.join(' and ')} and ${referenced}`,
        params,
      );
    },

    /** The live payment, locked until the transaction ends (after its collection, as every write here locks them). */
    async lockPayment(id: string): Promise<PaymentRow | undefined> {
      const [found] = await db.query<PaymentRow>(`select * from ${T.payment} where id = $1 and deleted_at is null`, [
        id,
      ]);
      if (!found) return undefined;
      await db.query(`select id from ${T.collection} where id = $1 for update`, [found.payment_collection_id]);
      const [locked] = await db.query<PaymentRow>(
        `select * from ${T.payment} where id = $1 and deleted_at is null for update`,
        [id],
      );
      return locked;
    },

    /** Deletes a capture or a refund for good (the undo of making it). */
    async deleteCapturesOrRefunds(kind: 'capture' | 'refund', id: string): Promise<void> {
      await db.query(`delete from ${kind === 'capture' ? T.capture : T.refund} where id = $1`, [id]);
    },

    /** Deletes payments for good; their captures and refunds cascade. */
    async deletePayments(ids: string[]): Promise<void> {
      if (ids.length === 0) return;
      await db.query(`delete from ${T.payment} where id = any($1::text[])`, [ids]);
    },

    /**
     * Medusa's maybeUpdatePaymentCollection_, in one statement: `authorized_amount` is the sum of
     * the live authorized sessions, `captured_amount` / `refunded_amount` the sums of the live
     * payments' captures / refunds; the status is `not_paid` without sessions, else `awaiting`,
     * `authorized` / `partially_authorized` once something is authorized (all of the amount
     * or not), and `completed` (with `completed_at`) once the captures reach the amount (Medusa
     * also counts a collection of 0 as completed; here one must capture something). Returns the new row.
     */
    async recomputePaymentCollection(id: string): Promise<PaymentCollectionRow> {
      const livePayments = `select p.id from ${T.payment} p where p.payment_collection_id = $1 and p.deleted_at is null`;
      const [row] = await db.query<PaymentCollectionRow>(
        `with sessions as (
           select count(*) as sessions, coalesce(sum(amount) filter (where status = 'authorized'), 0) as authorized
           from ${T.session} where payment_collection_id = $1 and deleted_at is null
         ), captured as (
           select coalesce(sum(amount), 0) as amount from ${T.capture} where deleted_at is null and payment_id in (${livePayments})
         ), refunded as (
           select coalesce(sum(amount), 0) as amount from ${T.refund} where deleted_at is null and payment_id in (${livePayments})
         )
         update ${T.collection} pc set
           authorized_amount = s.authorized,
           captured_amount = c.amount,
           refunded_amount = r.amount,
           completed_at = case when c.amount > 0 and c.amount >= pc.amount then coalesce(pc.completed_at, now()) else pc.completed_at end,
           status = case
             when c.amount > 0 and c.amount >= pc.amount then 'completed'
             when s.authorized > 0 then case when s.authorized >= pc.amount then 'authorized' else 'partially_authorized' end
             when s.sessions = 0 then 'not_paid'
             else 'awaiting'
           end,
           updated_at = now()
         from sessions s, captured c, refunded r
         where pc.id = $1
         returning pc.*`,
        [id],
      );
      return row;
    },
  };
}

export type PaymentStore = ReturnType<typeof createPaymentStore>;
