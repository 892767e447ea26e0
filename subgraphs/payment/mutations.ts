import Decimal from 'decimal.js';
import { currencyEpsilon } from '../../kit/currencies';
import { sumAmounts } from '../../kit/totals';
import type { Database } from '../../kit/database';
import { assertNoNul, conflict, currencyCode, notAllowed, notFound, optionalId } from '../../kit/input';
import { badUserInput } from '../../kit/errors';
import { assertId, generateId } from '../../kit/ids';
import type {
  PaymentCollectionCreateInput,
  PaymentCollectionUpdateInput,
  PaymentSessionCreateInput,
} from './generated/resolvers';
import type { PaymentCollectionRow, PaymentRow, PaymentSessionRow } from './models';
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

  /** The live payment, locked with its collection; NOT_FOUND when there is none. */
  async function lockPayment(store: PaymentStore, id: string): Promise<PaymentRow> {
    const payment = await store.lockPayment(id);
    if (!payment) throw notFound(`Payment with id: ${id} was not found`, { payment_id: id });
    return payment;
  }

  /** A positive amount given by the caller, or undefined when left out (Medusa: "must be greater than 0"). */
  function positive(value: string | null | undefined, what: string, argument: string): Decimal | undefined {
    if (value === undefined || value === null) return undefined;
    const decimal = new Decimal(value);
    if (decimal.lte(0)) throw badUserInput(`${what} amount must be greater than 0.`, { argument });
    return decimal;
  }

  /** The payment after a write: its collection's amounts recomputed. */
  async function recomputed(store: PaymentStore, payment: PaymentRow): Promise<PaymentRow> {
    await store.recomputePaymentCollection(payment.payment_collection_id);
    const [row] = await store.payment.byKeys([payment.id]);
    return row;
  }

  return {
    /**
     * Medusa's capturePayment: a capture of `amount` (default: what is left of the authorized
     * amount), never more than what is left; `captured_at` once all of it is captured. A capture
     * with `captureId` made already answers the payment as it is.
     */
    async capturePayment(paymentId: string, value?: string | null, captureId?: string | null): Promise<PaymentRow> {
      assertId(paymentId, 'pay', 'payment_id');
      const chosenId = optionalId(captureId, 'capt', 'capture_id');
      const requested = positive(value, 'Capture', 'amount');
      return inTransaction(async (store) => {
        const payment = await lockPayment(store, paymentId);
        if (chosenId) {
          const [existing] = await store.capture.byKeys([chosenId], { withDeleted: true });
          if (existing?.payment_id === paymentId && !existing.deleted_at) return payment;
          if (existing) throw conflict(`Capture ${chosenId} already exists for another payment`, { id: chosenId });
        }
        if (payment.canceled_at) {
          throw badUserInput(`The payment: ${paymentId} has been canceled.`, { argument: 'payment_id' });
        }
        if (payment.captured_at) return payment;
        const captured = sumAmounts(await store.capture.by('payment_id', [paymentId]));
        const remaining = new Decimal(payment.amount).sub(captured);
        const capture = requested ?? remaining;
        if (capture.gt(remaining)) {
          throw badUserInput(
            'You cannot capture more than the authorized amount substracted by what is already captured.',
            { argument: 'amount' },
          );
        }
        await store.capture.insert([
          { id: chosenId ?? generateId('capt'), amount: capture.toString(), payment_id: paymentId },
        ]);
        if (captured.add(capture).gte(payment.amount))
          await store.payment.update(paymentId, { captured_at: new Date() });
        return recomputed(store, payment);
      });
    },

    /**
     * Medusa's refundPayment: a refund of `amount` (default: the payment's amount), never more than
     * captured less refunded. A refund with `refundId` made already answers the payment as it is.
     */
    async refundPayment(
      paymentId: string,
      input: {
        amount?: string | null;
        refund_reason_id?: string | null;
        note?: string | null;
        refund_id?: string | null;
      },
    ): Promise<PaymentRow> {
      assertId(paymentId, 'pay', 'payment_id');
      const chosenId = optionalId(input.refund_id, 'ref', 'refund_id');
      const reasonId = optionalId(input.refund_reason_id, 'refr', 'refund_reason_id');
      assertNoNul(input.note, 'note');
      if (input.note && input.note.length > 10_000)
        throw badUserInput('note may hold at most 10000 characters', { argument: 'note' });
      const requested = positive(input.amount, 'Refund', 'amount');
      return inTransaction(async (store) => {
        const payment = await lockPayment(store, paymentId);
        if (chosenId) {
          const [existing] = await store.refund.byKeys([chosenId], { withDeleted: true });
          if (existing?.payment_id === paymentId && !existing.deleted_at) return payment;
          if (existing) throw conflict(`Refund ${chosenId} already exists for another payment`, { id: chosenId });
        }
        if (reasonId && (await store.refund_reason.byKeys([reasonId])).length === 0)
          throw notFound(`Refund reason with id: ${reasonId} was not found`, { refund_reason_id: reasonId });
        const captured = sumAmounts(await store.capture.by('payment_id', [paymentId]));
        const refunded = sumAmounts(await store.refund.by('payment_id', [paymentId]));
        const refund = requested ?? new Decimal(payment.amount);
        // Medusa: refused when it exceeds what is captured by more than the currency's epsilon.
        if (refunded.add(refund).sub(captured).gt(currencyEpsilon(payment.currency_code))) {
          throw badUserInput('You cannot refund more than what is captured on the payment.', { argument: 'amount' });
        }
        await store.refund.insert([
          {
            id: chosenId ?? generateId('ref'),
            amount: refund.toString(),
            payment_id: paymentId,
            refund_reason_id: reasonId,
            note: input.note ?? null,
          },
        ]);
        return recomputed(store, payment);
      });
    },

    /** Medusa's cancelPayment: `canceled_at` is set (kept when it is set already). A payment with captures is NOT_ALLOWED. */
    async cancelPayment(paymentId: string): Promise<PaymentRow> {
      assertId(paymentId, 'pay', 'payment_id');
      return inTransaction(async (store) => {
        const payment = await lockPayment(store, paymentId);
        if (payment.canceled_at) return payment;
        if ((await store.capture.by('payment_id', [paymentId])).length > 0) {
          throw notAllowed(`Payment ${paymentId} has captures: it cannot be canceled.`, { payment_id: paymentId });
        }
        return (await store.payment.update(paymentId, { canceled_at: new Date() }))!;
      });
    },

    /** The undo of `cancelPayment`. */
    async cancelPaymentUndo(paymentId: string): Promise<PaymentRow | null> {
      assertId(paymentId, 'pay', 'payment_id');
      return inTransaction(async (store) => {
        const payment = await store.lockPayment(paymentId);
        if (!payment) return null;
        return (await store.payment.update(paymentId, { canceled_at: null }))!;
      });
    },

    /** The undo of `capturePayment`: the capture is gone, and with it the payment's `captured_at`. */
    async captureDelete(id: string): Promise<string | null> {
      assertId(id, 'capt');
      return inTransaction(async (store) => {
        const [capture] = await store.capture.byKeys([id]);
        if (!capture) return null;
        const payment = await lockPayment(store, capture.payment_id);
        await store.deleteCapturesOrRefunds('capture', id);
        await store.payment.update(payment.id, { captured_at: null });
        await recomputed(store, payment);
        return id;
      });
    },

    /** The undo of `refundPayment`. */
    async refundDelete(id: string): Promise<string | null> {
      assertId(id, 'ref');
      return inTransaction(async (store) => {
        const [refund] = await store.refund.byKeys([id]);
        if (!refund) return null;
        const payment = await lockPayment(store, refund.payment_id);
        await store.deleteCapturesOrRefunds('refund', id);
        await recomputed(store, payment);
        return id;
      });
    },

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
