import type { Queryable } from '../../kit/database';
import {
  insertRows,
  listPage,
  lockIds,
  rowsWhereIn,
  Where,
  type NewRow,
  type Page,
  type RangeFilter,
  type ReadOptions,
  type Timestamps,
} from '../../kit/sql';

// Row types: one per table, with the columns as PostgreSQL returns them (numeric as string).
type Json = unknown;

export type PaymentCollectionStatus =
  | 'not_paid'
  | 'awaiting'
  | 'authorized'
  | 'partially_authorized'
  | 'canceled'
  | 'failed'
  | 'partially_captured'
  | 'completed';

export type PaymentSessionStatus =
  | 'authorized'
  | 'captured'
  | 'pending'
  | 'requires_more'
  | 'error'
  | 'canceled'
  | 'pending_authorization';

export interface PaymentProviderRow extends Timestamps {
  id: string;
  is_enabled: boolean;
}

export interface PaymentCollectionRow extends Timestamps {
  id: string;
  currency_code: string;
  amount: string;
  authorized_amount: string | null;
  captured_amount: string | null;
  refunded_amount: string | null;
  completed_at: Date | null;
  status: PaymentCollectionStatus;
  metadata: Json;
}

export interface PaymentSessionRow extends Timestamps {
  id: string;
  currency_code: string;
  amount: string;
  provider_id: string;
  data: Json;
  context: Json;
  status: PaymentSessionStatus;
  authorized_at: Date | null;
  payment_collection_id: string;
  metadata: Json;
}

export interface PaymentRow extends Timestamps {
  id: string;
  amount: string;
  currency_code: string;
  provider_id: string;
  data: Json;
  metadata: Json;
  captured_at: Date | null;
  canceled_at: Date | null;
  payment_collection_id: string;
  payment_session_id: string;
}

export interface CaptureRow extends Timestamps {
  id: string;
  amount: string;
  payment_id: string;
  metadata: Json;
  created_by: string | null;
}

export interface RefundRow extends Timestamps {
  id: string;
  amount: string;
  payment_id: string;
  refund_reason_id: string | null;
  note: string | null;
  created_by: string | null;
  metadata: Json;
}

export interface RefundReasonRow extends Timestamps {
  id: string;
  label: string;
  code: string;
  description: string | null;
  metadata: Json;
}

/** Table `account_holder` (`acchld_…`): a customer's account at a payment provider. */
export interface AccountHolderRow extends Timestamps {
  id: string;
  provider_id: string;
  external_id: string;
  email: string | null;
  data: Json;
  metadata: Json;
}

/** A provider read through `payment_collection_payment_providers`, with the collection it was read for. */
export type CollectionProviderRow = PaymentProviderRow & { payment_collection_id: string };

/** A row of the pivot `payment_collection_payment_providers`. */
export interface CollectionProviderPair {
  payment_collection_id: string;
  payment_provider_id: string;
}

type Dates = RangeFilter<Date | string> | null;
type Amounts = RangeFilter<string> | null;

export interface PaymentCollectionFilters {
  id?: readonly string[] | null;
  status?: readonly PaymentCollectionStatus[] | null;
  currency_code?: readonly string[] | null;
  amount?: Amounts;
  created_at?: Dates;
  updated_at?: Dates;
  completed_at?: Dates;
}

export interface PaymentFilters {
  id?: readonly string[] | null;
  payment_collection_id?: readonly string[] | null;
  payment_session_id?: readonly string[] | null;
  provider_id?: readonly string[] | null;
  currency_code?: readonly string[] | null;
  amount?: Amounts;
  captured_at?: Dates;
  canceled_at?: Dates;
  created_at?: Dates;
  updated_at?: Dates;
}

export interface PaymentProviderFilters {
  id?: readonly string[] | null;
  is_enabled?: boolean | null;
}

export interface RefundReasonFilters {
  id?: readonly string[] | null;
  code?: readonly string[] | null;
  created_at?: Dates;
  updated_at?: Dates;
  q?: string | null;
}

export interface AccountHolderFilters {
  id?: readonly string[] | null;
  provider_id?: readonly string[] | null;
  external_id?: readonly string[] | null;
  email?: readonly string[] | null;
  created_at?: Dates;
  updated_at?: Dates;
}

/** Columns each list can sort by. */
export const SORTABLE = {
  paymentCollection: ['id', 'currency_code', 'amount', 'status', 'completed_at', 'created_at', 'updated_at'],
  payment: ['id', 'amount', 'currency_code', 'provider_id', 'captured_at', 'canceled_at', 'created_at', 'updated_at'],
  paymentProvider: ['id', 'created_at', 'updated_at'],
  refundReason: ['id', 'label', 'code', 'created_at', 'updated_at'],
  accountHolder: ['id', 'provider_id', 'external_id', 'email', 'created_at', 'updated_at'],
} as const;

/** New rows, as the seed and (later) the storefront and admin mutations write them. */
export interface PaymentData {
  payment_providers?: NewRow<PaymentProviderRow>[];
  refund_reasons?: NewRow<RefundReasonRow>[];
  payment_collections?: NewRow<PaymentCollectionRow>[];
  collection_providers?: CollectionProviderPair[];
  payment_sessions?: NewRow<PaymentSessionRow>[];
  payments?: NewRow<PaymentRow>[];
  captures?: NewRow<CaptureRow>[];
  refunds?: NewRow<RefundRow>[];
  account_holders?: NewRow<AccountHolderRow>[];
}

const T = {
  provider: 'payment.payment_provider',
  collection: 'payment.payment_collection',
  collectionProviders: 'payment.payment_collection_payment_providers',
  session: 'payment.payment_session',
  payment: 'payment.payment',
  capture: 'payment.capture',
  refund: 'payment.refund',
  reason: 'payment.refund_reason',
  accountHolder: 'payment.account_holder',
} as const;

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
 * All SQL of the payment module; every read takes and returns arrays. Reads by id take
 * `withDeleted` (a client's `with_deleted`); reads of relations always hide soft-deleted rows.
 */
export function createPaymentStore(db: Queryable) {
  return {
    providersByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<PaymentProviderRow>(db, T.provider, 'id', ids, options),
    providersByCollectionIds: (collectionIds: string[]): Promise<CollectionProviderRow[]> => {
      if (collectionIds.length === 0) return Promise.resolve([]);
      return db.query<CollectionProviderRow>(
        `select p.*, cp.payment_collection_id from ${T.provider} p
         join ${T.collectionProviders} cp on cp.payment_provider_id = p.id
         where cp.payment_collection_id = any($1::text[]) and p.deleted_at is null order by p.id`,
        [collectionIds],
      );
    },
    paymentCollectionsByIds: (ids: string[], options?: ReadOptions) =>
      rowsWhereIn<PaymentCollectionRow>(db, T.collection, 'id', ids, options),
    paymentSessionsByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<PaymentSessionRow>(db, T.session, 'id', ids, options),
    paymentSessionsByCollectionIds: (collectionIds: string[]) =>
      rowsWhereIn<PaymentSessionRow>(db, T.session, 'payment_collection_id', collectionIds),
    paymentsByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<PaymentRow>(db, T.payment, 'id', ids, options),
    paymentsByCollectionIds: (collectionIds: string[]) => rowsWhereIn<PaymentRow>(db, T.payment, 'payment_collection_id', collectionIds),
    paymentsBySessionIds: (sessionIds: string[]) => rowsWhereIn<PaymentRow>(db, T.payment, 'payment_session_id', sessionIds),
    capturesByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<CaptureRow>(db, T.capture, 'id', ids, options),
    capturesByPaymentIds: (paymentIds: string[]) => rowsWhereIn<CaptureRow>(db, T.capture, 'payment_id', paymentIds),
    refundsByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<RefundRow>(db, T.refund, 'id', ids, options),
    refundsByPaymentIds: (paymentIds: string[]) => rowsWhereIn<RefundRow>(db, T.refund, 'payment_id', paymentIds),
    refundsByReasonIds: (reasonIds: string[]) => rowsWhereIn<RefundRow>(db, T.refund, 'refund_reason_id', reasonIds),
    refundReasonsByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<RefundReasonRow>(db, T.reason, 'id', ids, options),

    accountHoldersByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<AccountHolderRow>(db, T.accountHolder, 'id', ids, options),

    listAccountHolders(filters: AccountHolderFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted })
        .equals('id', filters.id)
        .equals('provider_id', filters.provider_id)
        .equals('external_id', filters.external_id)
        .equals('email', filters.email)
        .range('created_at', filters.created_at)
        .range('updated_at', filters.updated_at);
      return listPage<AccountHolderRow>(db, T.accountHolder, where, page);
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
      db.query<PaymentCollectionRow>(`select * from ${T.collection} where id = $1 and deleted_at is null for update`, [id]),

    /** The live session, locked until the transaction ends. */
    lockPaymentSession: (id: string) =>
      db.query<PaymentSessionRow>(`select * from ${T.session} where id = $1 and deleted_at is null for update`, [id]),

    /** Sets a collection's amount and currency. */
    async setPaymentCollectionAmount(id: string, amount: string, currencyCode: string): Promise<void> {
      await db.query(`update ${T.collection} set amount = $2, currency_code = $3, updated_at = now() where id = $1`, [id, amount, currencyCode]);
    },

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
    async removePaymentSessions(collectionId: string, options: { status?: PaymentSessionStatus; id?: string; keep?: string } = {}): Promise<void> {
      const where = [`payment_collection_id = $1`, `deleted_at is null`, `id is distinct from $2`];
      const params: unknown[] = [collectionId, options.keep ?? null];
      if (options.status) where.push(`status = $${params.push(options.status)}`);
      if (options.id) where.push(`id = $${params.push(options.id)}`);
      const referenced = `exists (select 1 from ${T.payment} p where p.payment_session_id = ${T.session}.id)`;
      await db.query(`delete from ${T.session} where ${where.join(' and ')} and not ${referenced}`, params);
      await db.query(`update ${T.session} set deleted_at = now() where ${where.join(' and ')} and ${referenced}`, params);
    },

    /** Sets a session's status and `authorized_at`; returns the new row. */
    async setPaymentSessionStatus(id: string, status: PaymentSessionStatus, authorizedAt: Date | null): Promise<PaymentSessionRow> {
      const [row] = await db.query<PaymentSessionRow>(
        `update ${T.session} set status = $2, authorized_at = $3, updated_at = now() where id = $1 returning *`,
        [id, status, authorizedAt],
      );
      return row;
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
     * and `authorized` / `partially_authorized` once something is authorized (all of the amount
     * or not). Returns the new row.
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
           status = case
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

    listPaymentCollections(filters: PaymentCollectionFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted })
        .equals('id', filters.id)
        .equals('status', filters.status)
        .equals('currency_code', filters.currency_code)
        .range('amount', filters.amount)
        .range('created_at', filters.created_at)
        .range('updated_at', filters.updated_at)
        .range('completed_at', filters.completed_at);
      return listPage<PaymentCollectionRow>(db, T.collection, where, page);
    },

    listPayments(filters: PaymentFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted })
        .equals('id', filters.id)
        .equals('payment_collection_id', filters.payment_collection_id)
        .equals('payment_session_id', filters.payment_session_id)
        .equals('provider_id', filters.provider_id)
        .equals('currency_code', filters.currency_code)
        .range('amount', filters.amount)
        .range('captured_at', filters.captured_at)
        .range('canceled_at', filters.canceled_at)
        .range('created_at', filters.created_at)
        .range('updated_at', filters.updated_at);
      return listPage<PaymentRow>(db, T.payment, where, page);
    },

    listPaymentProviders(filters: PaymentProviderFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted }).equals('id', filters.id).equals('is_enabled', filters.is_enabled);
      return listPage<PaymentProviderRow>(db, T.provider, where, page);
    },

    listRefundReasons(filters: RefundReasonFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted })
        .equals('id', filters.id)
        .equals('code', filters.code)
        .range('created_at', filters.created_at)
        .range('updated_at', filters.updated_at)
        .search(['label', 'code', 'description'], filters.q);
      return listPage<RefundReasonRow>(db, T.reason, where, page);
    },

    async insert(data: PaymentData): Promise<void> {
      await insertRows(db, T.provider, data.payment_providers ?? []);
      await insertRows(db, T.reason, data.refund_reasons ?? []);
      await insertRows(db, T.collection, data.payment_collections ?? []);
      // A pivot without an id: its pair is the key.
      await insertRows(db, T.collectionProviders, data.collection_providers ?? [], ['payment_collection_id', 'payment_provider_id']);
      await insertRows(db, T.session, data.payment_sessions ?? []);
      await insertRows(db, T.payment, data.payments ?? []);
      await insertRows(db, T.capture, data.captures ?? []);
      await insertRows(db, T.refund, data.refunds ?? []);
      await insertRows(db, T.accountHolder, data.account_holders ?? []);
    },
  };
}

export type PaymentStore = ReturnType<typeof createPaymentStore>;
