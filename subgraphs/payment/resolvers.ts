import { afterWrite } from '../../kit/loaders';
import { loadById } from '../../kit/loaders';
import { assertId, assertIds } from '../../kit/ids';
import type { Resolvers } from './generated/resolvers';

/** The ids of `asked` that are in `changed`, in the order asked, each once. */
function inOrder(asked: readonly string[], changed: readonly string[]): string[] {
  const done = new Set(changed);
  return [...new Set(asked)].filter((id) => done.has(id));
}

export const resolvers: Resolvers = {
  Query: {
    payment_collection: (_, { id, with_deleted }, { loaders }) =>
      loadById(loaders.paymentCollection, assertId(id, 'pay_col'), with_deleted),
    payment_collections: (_, { filters, pagination, with_deleted }, { store }) =>
      store.payment_collection.list(filters, store.payment_collection.page(pagination), { withDeleted: with_deleted }),
    payment_session: (_, { id, with_deleted }, { loaders }) => loadById(loaders.paymentSession, assertId(id, 'payses'), with_deleted),
    payment: (_, { id, with_deleted }, { loaders }) => loadById(loaders.payment, assertId(id, 'pay'), with_deleted),
    payments: (_, { filters, pagination, with_deleted }, { store }) =>
      store.payment.list(filters, store.payment.page(pagination), { withDeleted: with_deleted }),
    capture: (_, { id, with_deleted }, { loaders }) => loadById(loaders.capture, assertId(id, 'capt'), with_deleted),
    refund: (_, { id, with_deleted }, { loaders }) => loadById(loaders.refund, assertId(id, 'ref'), with_deleted),
    refund_reason: (_, { id, with_deleted }, { loaders }) => loadById(loaders.refundReason, assertId(id, 'refr'), with_deleted),
    refund_reasons: (_, { filters, pagination, with_deleted }, { store }) =>
      store.refund_reason.list(filters, store.refund_reason.page(pagination), { withDeleted: with_deleted }),
    // Provider ids are registration ids (`pp_system_default`), not prefixed ULIDs: nothing to check.
    payment_provider: (_, { id, with_deleted }, { loaders }) => loadById(loaders.provider, id, with_deleted),
    payment_providers: (_, { filters, pagination, with_deleted }, { store }) =>
      store.payment_provider.list(filters, store.payment_provider.page(pagination), { withDeleted: with_deleted }),
    account_holder: (_, { id, with_deleted }, { loaders }) => loadById(loaders.accountHolder, assertId(id, 'acchld'), with_deleted),
    account_holders: (_, { filters, pagination, with_deleted }, { store }) =>
      store.account_holder.list(filters, store.account_holder.page(pagination), { withDeleted: with_deleted }),
  },
  Mutation: {
    // Internal: the link subgraph's cascades. The ids come back in the order given, once each.
    soft_delete_payment_collections: async (_, { ids }, { store }) =>
      inOrder(ids, await store.softDeletePaymentCollections(assertIds(ids, 'pay_col', 'ids') ?? [])),
    restore_payment_collections: async (_, { ids }, { store }) =>
      inOrder(ids, await store.restorePaymentCollections(assertIds(ids, 'pay_col', 'ids') ?? [])),
    // Internal: the workflows subgraph's primitives (mutations.ts).
    payment_collection_create: (_, { input }, context) => afterWrite(context, () => context.mutations.collectionCreate(input)),
    payment_collection_update: (_, { id, input }, context) => afterWrite(context, () => context.mutations.collectionUpdate(id, input)),
    payment_collection_delete: (_, { id }, context) => afterWrite(context, () => context.mutations.collectionDelete(id)),
    payment_session_create: (_, { input }, context) => afterWrite(context, () => context.mutations.sessionCreate(input)),
    payment_session_delete: (_, { id }, context) => afterWrite(context, () => context.mutations.sessionDelete(id)),
    payment_session_authorize: (_, { id }, context) => afterWrite(context, () => context.mutations.sessionAuthorize(id)),
    payment_session_cancel: (_, { id }, context) => afterWrite(context, () => context.mutations.sessionCancel(id)),
  },
  PaymentCollection: {
    __resolveReference: ({ id }, { loaders }) => loaders.paymentCollection.live.load(id),
    payment_providers: (collection, _, { loaders }) => loaders.providersByCollection.load(collection.id),
    payment_sessions: (collection, _, { loaders }) => loaders.paymentSessionsByCollection.load(collection.id),
    payments: (collection, _, { loaders }) => loaders.paymentsByCollection.load(collection.id),
  },
  PaymentSession: {
    __resolveReference: ({ id }, { loaders }) => loaders.paymentSession.live.load(id),
    payment_collection: (session, _, { loaders }) => loaders.paymentCollection.live.load(session.payment_collection_id),
    payment: (session, _, { loaders }) => loaders.paymentBySession.load(session.id),
  },
  Payment: {
    __resolveReference: ({ id }, { loaders }) => loaders.payment.live.load(id),
    payment_collection: (payment, _, { loaders }) => loaders.paymentCollection.live.load(payment.payment_collection_id),
    payment_session: (payment, _, { loaders }) => loaders.paymentSession.live.load(payment.payment_session_id),
    captures: (payment, _, { loaders }) => loaders.capturesByPayment.load(payment.id),
    refunds: (payment, _, { loaders }) => loaders.refundsByPayment.load(payment.id),
  },
  Capture: {
    __resolveReference: ({ id }, { loaders }) => loaders.capture.live.load(id),
    payment: (capture, _, { loaders }) => loaders.payment.live.load(capture.payment_id),
  },
  Refund: {
    __resolveReference: ({ id }, { loaders }) => loaders.refund.live.load(id),
    payment: (refund, _, { loaders }) => loaders.payment.live.load(refund.payment_id),
    refund_reason: (refund, _, { loaders }) =>
      refund.refund_reason_id ? loaders.refundReason.live.load(refund.refund_reason_id) : null,
  },
  RefundReason: {
    __resolveReference: ({ id }, { loaders }) => loaders.refundReason.live.load(id),
    refunds: (reason, _, { loaders }) => loaders.refundsByReason.load(reason.id),
  },
  PaymentProvider: {
    __resolveReference: ({ id }, { loaders }) => loaders.provider.live.load(id),
  },
  AccountHolder: {
    __resolveReference: ({ id }, { loaders }) => loaders.accountHolder.live.load(id),
  },
};
