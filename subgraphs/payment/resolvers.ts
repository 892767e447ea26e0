import { afterWrite } from '../../kit/loaders';
import { assertIds } from '../../kit/ids';
import type { Resolvers } from './generated/resolvers';

/** The ids of `asked` that are in `changed`, in the order asked, each once. */
function inOrder(asked: readonly string[], changed: readonly string[]): string[] {
  const done = new Set(changed);
  return [...new Set(asked)].filter((id) => done.has(id));
}

/**
 * Reads are derived from the declarations (models.ts, kit/entities.ts), except a collection's
 * providers (a pivot table); the mutations are internal: the link subgraph's cascades and the
 * workflows' primitives (mutations.ts).
 */
export const resolvers: Resolvers = {
  Mutation: {
    // Internal: the link subgraph's cascades. The ids come back in the order given, once each.
    soft_delete_payment_collections: async (_, { ids }, { store }) =>
      inOrder(ids, await store.softDeletePaymentCollections(assertIds(ids, 'pay_col', 'ids') ?? [])),
    restore_payment_collections: async (_, { ids }, { store }) =>
      inOrder(ids, await store.restorePaymentCollections(assertIds(ids, 'pay_col', 'ids') ?? [])),
    // Internal: the workflows subgraph's primitives (mutations.ts).
    payment_collection_create: (_, { input }, context) =>
      afterWrite(context, () => context.mutations.collectionCreate(input)),
    payment_collection_update: (_, { id, input }, context) =>
      afterWrite(context, () => context.mutations.collectionUpdate(id, input)),
    payment_collection_delete: (_, { id }, context) =>
      afterWrite(context, () => context.mutations.collectionDelete(id)),
    payment_session_create: (_, { input }, context) =>
      afterWrite(context, () => context.mutations.sessionCreate(input)),
    payment_session_delete: (_, { id }, context) => afterWrite(context, () => context.mutations.sessionDelete(id)),
    payment_session_authorize: (_, { id }, context) =>
      afterWrite(context, () => context.mutations.sessionAuthorize(id)),
    payment_session_cancel: (_, { id }, context) => afterWrite(context, () => context.mutations.sessionCancel(id)),
    // Order management (mutations.ts): an admin's captures, refunds and cancels, and their undos.
    capture_payment: (_, { payment_id, amount, capture_id }, context) =>
      afterWrite(context, () => context.mutations.capturePayment(payment_id, amount, capture_id)),
    refund_payment: (_, { payment_id, ...input }, context) =>
      afterWrite(context, () => context.mutations.refundPayment(payment_id, input)),
    cancel_payment: (_, { payment_id }, context) =>
      afterWrite(context, () => context.mutations.cancelPayment(payment_id)),
    payment_cancel_undo: (_, { payment_id }, context) =>
      afterWrite(context, () => context.mutations.cancelPaymentUndo(payment_id)),
    capture_delete: (_, { id }, context) => afterWrite(context, () => context.mutations.captureDelete(id)),
    refund_delete: (_, { id }, context) => afterWrite(context, () => context.mutations.refundDelete(id)),
  },
  PaymentCollection: {
    payment_providers: (collection, _, { loaders }) => loaders.providersByCollection.load(collection.id),
  },
};
