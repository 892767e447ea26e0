import type { Queryable } from '../../kit/database';
import { insertRows, listPage, rowsWhereIn, Where, type NewRow, type Page, type Timestamps } from '../../kit/sql';

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

export interface PaymentCollectionFilters {
  id?: readonly string[] | null;
  status?: readonly PaymentCollectionStatus[] | null;
}

/** New rows, as the seed and (later) the storefront mutations write them. */
export interface PaymentData {
  payment_collections?: NewRow<PaymentCollectionRow>[];
  payment_sessions?: NewRow<PaymentSessionRow>[];
}

/** All SQL of the payment module; every read takes and returns arrays. */
export function createPaymentStore(db: Queryable) {
  return {
    paymentCollectionsByIds: (ids: string[]) =>
      rowsWhereIn<PaymentCollectionRow>(db, 'payment.payment_collection', 'id', ids),
    paymentSessionsByIds: (ids: string[]) => rowsWhereIn<PaymentSessionRow>(db, 'payment.payment_session', 'id', ids),
    paymentSessionsByCollectionIds: (collectionIds: string[]) =>
      rowsWhereIn<PaymentSessionRow>(db, 'payment.payment_session', 'payment_collection_id', collectionIds),

    listPaymentCollections(filters: PaymentCollectionFilters, page: Page) {
      const where = new Where().equals('id', filters.id).equals('status', filters.status);
      return listPage<PaymentCollectionRow>(db, 'payment.payment_collection', where, page);
    },

    async insert(data: PaymentData): Promise<void> {
      await insertRows(db, 'payment.payment_collection', data.payment_collections ?? []);
      await insertRows(db, 'payment.payment_session', data.payment_sessions ?? []);
    },
  };
}

export type PaymentStore = ReturnType<typeof createPaymentStore>;
