import type { Database } from '../../kit/database';
import { badUserInput, notAllowed } from '../../kit/errors';
import { assertId, generateId } from '../../kit/ids';
import type { CustomerRow } from './models';
import { createCustomerStore, type CustomerStore } from './store';

/**
 * The customer module's internal mutations (the workflows subgraph's primitives), each one
 * transaction on the customer tables.
 */

// One `@`, something on both sides, a dot in the domain, no spaces: what Medusa's validateEmail accepts in practice.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Medusa's validateEmail: trimmed, lower-cased, and well-formed. */
function normalizeEmail(email: string): string {
  const normalized = email.trim().toLowerCase();
  if (normalized.includes('\0') || normalized.length > 320 || !EMAIL.test(normalized)) {
    throw badUserInput(`The email is not valid: "${email.slice(0, 64)}"`, { argument: 'email' });
  }
  return normalized;
}

export function createCustomerMutations(db: Database) {
  const inTransaction = <T>(work: (store: CustomerStore) => Promise<T>): Promise<T> =>
    db.transaction((tx) => work(createCustomerStore(tx)));

  return {
    /** Medusa's findOrCreateCustomerStep for an email: a registered customer, else the guest, else a new guest. */
    async findOrCreateGuest(email: string, id?: string): Promise<{ customer: CustomerRow; created: boolean }> {
      const normalized = normalizeEmail(email);
      if (id !== undefined) assertId(id, 'cus', 'id');
      return inTransaction(async (store) => {
        const [existing] = await store.liveCustomersByEmail(normalized);
        // A repeated call with the caller's id finds the guest it made: still this id's creation.
        if (existing) return { customer: existing, created: id !== undefined && existing.id === id };
        const [created] = await store.insertGuestIfAbsent({ id: id ?? generateId('cus'), email: normalized });
        if (created) return { customer: created, created: true };
        // Another call made the guest in the meantime: it is committed now, so read it.
        const [guest] = await store.liveCustomersByEmail(normalized);
        return { customer: guest, created: id !== undefined && guest.id === id };
      });
    },

    /**
     * Deletes a guest for good (the undo of its creation); a registered customer is refused. Null
     * when there is no live customer with that id: already deleted, nothing to undo.
     */
    async deleteGuest(id: string): Promise<string | null> {
      assertId(id, 'cus');
      return inTransaction(async (store) => {
        const [customer] = await store.lockCustomer(id);
        if (!customer) return null;
        if (customer.has_account) {
          throw notAllowed(`Customer ${id} has an account: only a guest customer can be deleted.`, { customer_id: id });
        }
        await store.deleteCustomer(id);
        return id;
      });
    },
  };
}

export type CustomerMutations = ReturnType<typeof createCustomerMutations>;
