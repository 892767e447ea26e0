import Decimal from 'decimal.js';
import type { Database } from '../../kit/database';
import { assertNoNul, conflict, currencyCode, notAllowed, notFound, optionalId } from '../../kit/input';
import { badUserInput } from '../../kit/errors';
import { assertId, generateId } from '../../kit/ids';
import type {
  PaymentCollectionCreateInput,
  PaymentCollectionUpdateInput,
  PaymentSessionCreateInput,
} from './generated/resolvers';
import type { PaymentCollectionRow, PaymentSessionRow } from './models';
import { createPaymentStore, type PaymentStore } from './store';

/**
 * The payment module's internal mutations (the workflows subgraph's primitives), each one
 * transaction on the payment tables. There is one payment provider that really works here, the
 * built-in system provider, whose authorization always succeeds (as Medusa's does).
 *
 * Exactly once across a lost answer: collections and sessions may carry caller-chosen ids, and a
 * second call with one returns what the first made; authorizing an authorized session returns it
 * and its one payment; the undos (delete, cancel) treat "already gone" as done.
 */

/** Medusa's built-in provider: authorizing with it always succeeds. */
export const SYSTEM_PROVIDER_ID = 'pp_system_default';

/** Session statuses from which a session may be authorized. */
const AUTHORIZABLE = new Set(['pending', 'requires_more', 'pending_authorization', 'authorized']);

function amount(value: string, argument: string): string {
  const decimal = new Decimal(value);
  if (decimal.isNegative() && !decimal.isZero())
    throw badUserInput(`${argument} must be 0 or more, got ${value}`, { argument });
  return value;
}

export function createPaymentMutations(db: Database) {
  const inTransaction = <T>(work: (store: PaymentStore) => Promise<T>): Promise<T> =>
    db.transaction((tx) => work(createPaymentStore(tx)));

  async function lockCollection(store: PaymentStore, id: string): Promise<PaymentCollectionRow> {
    const [collection] = await store.lockPaymentCollection(id);
    if (!collection) throw notFound(`Payment collection with id: ${id} was not found`, { payment_collection_id: id });
    return collection;
  }

  /**
   * The live session and its collection, both locked (collection first, as every write here locks
   * them); null when there is no such live session.
   */
  async function findAndLockSession(
    store: PaymentStore,
    id: string,
  ): Promise<{ session: PaymentSessionRow; collection: PaymentCollectionRow } | null> {
    const [found] = await store.payment_session.byKeys([id]);
    if (!found) return null;
    const [collection] = await store.lockPaymentCollection(found.payment_collection_id);
    const [session] = await store.lockPaymentSession(id);
    return collection && session ? { session, collection } : null;
  }

  /** The live session and its collection, both locked; NOT_FOUND when there is no such live session. */
  async function lockSession(
    store: PaymentStore,
    id: string,
  ): Promise<{ session: PaymentSessionRow; collection: PaymentCollectionRow }> {
    const found = await findAndLockSession(store, id);
    if (!found) throw notFound(`Payment session with id: ${id} was not found`, { payment_session_id: id });
    return found;
  }

  return {
    /**
     * Medusa's createPaymentCollectionsStep. With `input.id`, a collection that already has it is
     * returned as it is (CONFLICT when it is in another currency or was deleted).
     */
    async collectionCreate(input: PaymentCollectionCreateInput): Promise<PaymentCollectionRow> {
      const chosenId = optionalId(input.id, 'pay_col', 'input.id');
      const row = {
        id: chosenId ?? generateId('pay_col'),
        currency_code: currencyCode(input.currency_code, 'input.currency_code'),
        amount: amount(input.amount, 'input.amount'),
      };
      return inTransaction(async (store) => {
        if (chosenId) {
          await store.lockIds([chosenId]);
          const [existing] = await store.payment_collection.byKeys([chosenId], { withDeleted: true });
          if (existing) {
            // The amount may have changed since (payment_collection_update); the currency says whose it is.
            if (existing.currency_code !== row.currency_code) {
              throw conflict(
                `Payment collection ${chosenId} already exists in ${existing.currency_code}, not ${row.currency_code}`,
                { id: chosenId },
              );
            }
            if (existing.deleted_at)
              throw conflict(`Payment collection ${chosenId} was deleted; its id is not used again`, { id: chosenId });
            return existing;
          }
        }
        await store.payment_collection.insert([row]);
        const [created] = await store.payment_collection.byKeys([row.id]);
        return created;
      });
    },

    /** Medusa's refreshPaymentCollectionForCartWorkflow: a new amount or currency drops every session. */
    async collectionUpdate(id: string, input: PaymentCollectionUpdateInput): Promise<PaymentCollectionRow> {
      assertId(id, 'pay_col');
      if (input.amount === null) throw badUserInput('input.amount cannot be null', { argument: 'input.amount' });
      if (input.currency_code === null)
        throw badUserInput('input.currency_code cannot be null', { argument: 'input.currency_code' });
      const newAmount = input.amount === undefined ? undefined : amount(input.amount, 'input.amount');
      const newCurrency =
        input.currency_code === undefined ? undefined : currencyCode(input.currency_code, 'input.currency_code');
      return inTransaction(async (store) => {
        const collection = await lockCollection(store, id);
        const targetAmount = newAmount ?? collection.amount;
        const targetCurrency = newCurrency ?? collection.currency_code;
        if (new Decimal(targetAmount).eq(collection.amount) && targetCurrency === collection.currency_code)
          return collection;
        const payments = await store.payment.by('payment_collection_id', [id]);
        if (payments.length > 0) {
          throw notAllowed(
            `Payment collection ${id} has payments (${payments.map((payment) => payment.id).join(', ')}): its amount cannot change. Cancel them first.`,
            { payment_collection_id: id },
          );
        }
        await store.removePaymentSessions(id);
        await store.payment_collection.update(id, { amount: targetAmount, currency_code: targetCurrency });
        return store.recomputePaymentCollection(id);
      });
    },

    /** Deletes a collection for good (the undo of `collectionCreate`); null when there is no live one (already deleted). */
    async collectionDelete(id: string): Promise<string | null> {
      assertId(id, 'pay_col');
      return inTransaction(async (store) => {
        const [collection] = await store.lockPaymentCollection(id);
        if (!collection) return null;
        await store.deletePaymentCollection(id);
        return id;
      });
    },

    /**
     * Medusa's createPaymentSessionsWorkflow: one new pending session; the other pending ones go.
     * With `input.id`, a session that already has it is returned as it is, changing nothing
     * (CONFLICT when it is another collection's or another provider's, or was deleted).
     */
    async sessionCreate(input: PaymentSessionCreateInput): Promise<PaymentSessionRow> {
      const collectionId = assertId(input.payment_collection_id, 'pay_col', 'input.payment_collection_id');
      const chosenId = optionalId(input.id, 'payses', 'input.id');
      assertNoNul(input, 'input');
      const sessionAmount =
        input.amount === undefined || input.amount === null ? undefined : amount(input.amount, 'input.amount');
      return inTransaction(async (store) => {
        if (chosenId) {
          await store.lockIds([chosenId]);
          const [existing] = await store.payment_session.byKeys([chosenId], { withDeleted: true });
          if (existing) {
            if (existing.payment_collection_id !== collectionId || existing.provider_id !== input.provider_id) {
              throw conflict(
                `Payment session ${chosenId} already exists for collection ${existing.payment_collection_id} with provider ${existing.provider_id}`,
                { id: chosenId },
              );
            }
            if (existing.deleted_at)
              throw conflict(`Payment session ${chosenId} was deleted; its id is not used again`, { id: chosenId });
            return existing;
          }
        }
        const [provider] = await store.payment_provider.byKeys([input.provider_id]);
        if (!provider?.is_enabled) {
          throw badUserInput(
            `Payment provider ${input.provider_id.slice(0, 64)} is ${provider ? 'not enabled' : 'not registered'}`,
            { argument: 'input.provider_id' },
          );
        }
        const collection = await lockCollection(store, collectionId);
        const id = chosenId ?? generateId('payses');
        await store.payment_session.insert([
          {
            id,
            currency_code: collection.currency_code,
            amount: sessionAmount ?? collection.amount,
            provider_id: provider.id,
            data: input.data ?? {},
            context: input.context,
            payment_collection_id: collectionId,
          },
        ]);
        await store.removePaymentSessions(collectionId, { status: 'pending', keep: id });
        await store.recomputePaymentCollection(collectionId);
        const [session] = await store.payment_session.byKeys([id]);
        return session;
      });
    },

    /** Deletes a session without a payment for good (the undo of `sessionCreate`); null when there is no live one (already deleted). */
    async sessionDelete(id: string): Promise<string | null> {
      assertId(id, 'payses');
      return inTransaction(async (store) => {
        const found = await findAndLockSession(store, id);
        if (!found) return null;
        const { session, collection } = found;
        const [payment] = await store.payment.by('payment_session_id', [id]);
        if (payment) {
          throw notAllowed(
            `Payment session ${id} is authorized (payment ${payment.id}): cancel it before deleting it.`,
            { payment_session_id: id },
          );
        }
        await store.removePaymentSessions(collection.id, { id: session.id });
        await store.recomputePaymentCollection(collection.id);
        return id;
      });
    },

    /**
     * Medusa's authorizePaymentSession with the system provider: always authorized, once. A session
     * that is authorized and has its payment is returned as it is: no second payment, no amount
     * recomputed (the live payment per session is also unique in the database).
     */
    async sessionAuthorize(id: string): Promise<PaymentSessionRow> {
      assertId(id, 'payses');
      return inTransaction(async (store) => {
        const { session, collection } = await lockSession(store, id);
        const [payment] = await store.payment.by('payment_session_id', [id]);
        if (session.status === 'authorized' && payment) return session;
        if (!AUTHORIZABLE.has(session.status)) {
          throw notAllowed(`Payment session ${id} is ${session.status}: it cannot be authorized.`, {
            payment_session_id: id,
          });
        }
        if (session.provider_id !== SYSTEM_PROVIDER_ID) {
          throw notAllowed(
            `Session: ${id} is not authorized with the provider: only ${SYSTEM_PROVIDER_ID} authorizes payments here, not ${session.provider_id}.`,
            { payment_session_id: id },
          );
        }
        // The session is locked above, so the update finds it.
        const authorized = (await store.payment_session.update(id, {
          status: 'authorized',
          authorized_at: new Date(),
        }))!;
        await store.payment.insert([
          {
            id: generateId('pay'),
            amount: session.amount,
            currency_code: session.currency_code,
            provider_id: session.provider_id,
            data: session.data ?? {},
            payment_collection_id: collection.id,
            payment_session_id: id,
          },
        ]);
        await store.recomputePaymentCollection(collection.id);
        return authorized;
      });
    },

    /**
     * The undo of `sessionAuthorize`: the session is pending again and its payment is gone. A
     * session with no payment that is not authorized has nothing to cancel (already canceled) and
     * is returned as it is; null when there is no such live session.
     */
    async sessionCancel(id: string): Promise<PaymentSessionRow | null> {
      assertId(id, 'payses');
      return inTransaction(async (store) => {
        const found = await findAndLockSession(store, id);
        if (!found) return null;
        const { session, collection } = found;
        const payments = await store.payment.by('payment_session_id', [id]);
        if (session.status !== 'authorized' && payments.length === 0) return session;
        const captures = await store.capture.by(
          'payment_id',
          payments.map((payment) => payment.id),
        );
        if (captures.length > 0) {
          throw notAllowed(`Payment session ${id} has a captured payment (${payments[0].id}): it cannot be canceled.`, {
            payment_session_id: id,
          });
        }
        await store.deletePayments(payments.map((payment) => payment.id));
        // The session is locked above, so the update finds it.
        const pending = (await store.payment_session.update(id, { status: 'pending', authorized_at: null }))!;
        await store.recomputePaymentCollection(collection.id);
        return pending;
      });
    },
  };
}

export type PaymentMutations = ReturnType<typeof createPaymentMutations>;
