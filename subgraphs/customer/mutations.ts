import type { Database } from '../../kit/database';
import { badUserInput, conflict, notAllowed, notFound } from '../../kit/errors';
import { assertId, assertIds, generateId } from '../../kit/ids';
import { assertNoNul } from '../../kit/input';
import { MAX_ROWS_PER_WRITE } from '../../kit/writes';
import type { CustomerAddressInput } from './generated/resolvers';
import type { CustomerAddressRow, CustomerGroupRow, CustomerRow } from './models';
import { createCustomerStore, type CustomerStore } from './store';

/** An address's fields as a caller writes them (the columns but its id and customer). */
type AddressFields = CustomerAddressInput;

/** What a registration gives (Medusa's StoreCreateCustomer). */
export interface Registration {
  email?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  phone?: string | null;
  company_name?: string | null;
  metadata?: unknown;
}

const DEFAULTS = ['is_default_shipping', 'is_default_billing'] as const;

/**
 * The customer module's internal mutations (the workflows subgraph's primitives), each one
 * transaction on the customer tables.
 */

// One `@`, something on both sides, a dot in the domain, no spaces: what Medusa's validateEmail accepts in practice.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An email a caller gives as it is (Medusa's zod `email()`), refused when malformed. */
function assertEmail(email: string, argument: string): string {
  if (email.length > 320 || !EMAIL.test(email)) {
    throw badUserInput(`${argument} is not a valid email: "${email.slice(0, 64)}"`, { argument });
  }
  return email;
}

/** Flags that may not be null (the columns are not null): refused naming the field. */
type Flagged<T> = Omit<T, (typeof DEFAULTS)[number]> & { is_default_shipping?: boolean; is_default_billing?: boolean };
function assertFlags<T extends AddressFields>(fields: T, argument: string): asserts fields is T & Flagged<T> {
  for (const flag of DEFAULTS) {
    if (fields[flag] === null)
      throw badUserInput(`${argument}.${flag} cannot be null`, { argument: `${argument}.${flag}` });
  }
}

/** Medusa's validateEmail: trimmed, lower-cased, and well-formed. */
function normalizeEmail(email: string): string {
  const normalized = email.trim().toLowerCase();
  if (normalized.includes('\0') || normalized.length > 320 || !EMAIL.test(normalized)) {
    throw badUserInput(`The email is not valid: "${email.slice(0, 64)}"`, { argument: 'email' });
  }
  return normalized;
}

export function createCustomerMutations(db: Database) {
  const inTransaction = async <T>(work: (store: CustomerStore) => Promise<T>): Promise<T> => {
    try {
      return await db.transaction((tx) => work(createCustomerStore(tx)));
    } catch (error) {
      // A concurrent call took what this one checked was free (a registration, a default address,
      // an email) or removed a customer it names: the caller's CONFLICT, to send again.
      const { code } = (error ?? {}) as { code?: string };
      if (code === '23505' || code === '23503')
        throw conflict('A concurrent change to these customers came first: send the call again');
      throw error;
    }
  };

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

    /**
     * Medusa's createCustomerAccountWorkflow for a registration identity: a registered customer,
     * recorded as the identity's (Medusa's setAuthAppMetadataStep), in one transaction. The same
     * identity again returns its customer when the email is the same (a lost answer sent again),
     * and is CONFLICT otherwise.
     */
    async register(identity: { id: string; email?: string }, data: Registration): Promise<CustomerRow> {
      assertNoNul(data, 'data');
      if (identity.email && data.email && data.email !== identity.email) {
        throw badUserInput(`data.email must be the identity's email, ${identity.email}, or be left out`, {
          argument: 'data.email',
        });
      }
      const email = identity.email ?? data.email;
      if (!email) throw badUserInput('Email is required to create a customer', { argument: 'data.email' });
      assertEmail(email, identity.email ? 'email' : 'data.email');
      return inTransaction(async (store) => {
        const [made] = await store.customer_auth_identity.byKeys([identity.id]);
        if (made) {
          const [customer] = await store.customer.byKeys([made.customer_id], { withDeleted: true });
          if (customer?.email === email && !customer.deleted_at) return customer;
          throw conflict('This identity already registered a customer: sign in to act as it', {
            customer_id: made.customer_id,
          });
        }
        const existing = await store.liveCustomersByEmail(email);
        if (existing.some((customer) => customer.has_account)) {
          throw conflict('Customer with this email already has an account', { argument: 'data.email' });
        }
        const id = generateId('cus');
        await store.customer.insert([{ ...data, email, id, has_account: true }]);
        await store.customer_auth_identity.insert([{ auth_identity_id: identity.id, customer_id: id }]);
        const [customer] = await store.customer.byKeys([id]);
        return customer;
      });
    },

    /**
     * Medusa's createCustomerAddressesWorkflow: addresses of live customers, a new default
     * shipping (billing) address unsetting the customer's old one (maybeUnsetDefault…Step). With
     * `owner`, every address is that customer's. Ids chosen by the caller make a repeat return them.
     */
    async createAddresses(
      items: (AddressFields & { id?: string | null; customer_id: string })[],
      argument = 'data',
    ): Promise<CustomerAddressRow[]> {
      if (items.length > MAX_ROWS_PER_WRITE) {
        throw badUserInput(`${argument} may hold at most ${MAX_ROWS_PER_WRITE} rows, got ${items.length}`, {
          argument,
        });
      }
      const checked = items.map((item, index) => {
        assertNoNul(item, `${argument}[${index}]`);
        assertFlags(item, `${argument}[${index}]`);
        assertId(item.customer_id, 'cus', `${argument}[${index}].customer_id`);
        return item;
      });
      const ids = items.map((item, index) =>
        item.id == null ? generateId('cuaddr') : assertId(item.id, 'cuaddr', `${argument}[${index}].id`),
      );
      if (new Set(ids).size < ids.length) throw badUserInput(`${argument}: each id may be given once`, { argument });
      for (const flag of DEFAULTS) {
        const owners = items.filter((item) => item[flag]).map((item) => item.customer_id);
        if (new Set(owners).size < owners.length) {
          throw badUserInput(`${argument}: a customer has one address with ${flag}`, { argument });
        }
      }
      return inTransaction(async (store) => {
        const customers = new Set(
          (await store.customer.byKeys([...new Set(items.map((item) => item.customer_id))])).map((row) => row.id),
        );
        const missing = items.findIndex((item) => !customers.has(item.customer_id));
        if (missing >= 0) {
          throw notFound(`Customer with id: ${items[missing].customer_id} was not found`, {
            argument: `${argument}[${missing}].customer_id`,
          });
        }
        const existing = await store.customer_address.byKeys(ids, { withDeleted: true });
        for (const row of existing) {
          const index = ids.indexOf(row.id);
          if (row.deleted_at || row.customer_id !== items[index].customer_id) {
            throw conflict(`Address ${row.id} exists for another customer or was deleted; its id is not used again`, {
              id: row.id,
            });
          }
        }
        const made = new Set(existing.map((row) => row.id));
        const fresh = checked.map((item, index) => ({ ...item, id: ids[index] })).filter((item) => !made.has(item.id));
        for (const flag of DEFAULTS) {
          for (const item of fresh) if (item[flag]) await store.unsetDefault(item.customer_id, flag);
        }
        await store.customer_address.insert(fresh);
        const byId = new Map((await store.customer_address.byKeys(ids)).map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id)!);
      });
    },

    /**
     * Medusa's updateCustomerAddressesWorkflow: the fields given; a new default unsets the old one.
     * With `owner`, an address of any other customer is NOT_FOUND, as Medusa's store route finds none.
     */
    async updateAddress(id: string, changes: AddressFields, owner?: string): Promise<CustomerAddressRow> {
      assertId(id, 'cuaddr');
      assertNoNul(changes, 'data');
      assertFlags(changes, 'data');
      return inTransaction(async (store) => {
        const [address] = await store.customer_address.byKeys([id]);
        if (!address || (owner !== undefined && address.customer_id !== owner)) {
          throw notFound(`Address with id: ${id} was not found`, { id });
        }
        for (const flag of DEFAULTS) {
          if (changes[flag] && !address[flag]) await store.unsetDefault(address.customer_id, flag);
        }
        return (await store.customer_address.update(id, changes))!;
      });
    },

    /** Medusa's deleteCustomerAddresses: for good; returns the ids deleted. With `owner`, only that customer's. */
    async deleteAddresses(ids: string[], owner?: string): Promise<string[]> {
      const checked = assertIds(ids, 'cuaddr', 'ids') ?? [];
      return inTransaction((store) => store.deleteAddresses(checked, owner));
    },

    /** Medusa's addCustomerToGroup for each customer: memberships of a live group; existing ones stay. */
    async addToGroup(groupId: string, customerIds: string[], createdBy: string | null): Promise<CustomerGroupRow> {
      assertId(groupId, 'cusgroup', 'group_id');
      const ids = [...new Set(assertIds(customerIds, 'cus', 'customer_ids') ?? [])];
      if (ids.length > MAX_ROWS_PER_WRITE) {
        throw badUserInput(`customer_ids may hold at most ${MAX_ROWS_PER_WRITE} ids`, { argument: 'customer_ids' });
      }
      return inTransaction(async (store) => {
        const group = await liveGroup(store, groupId);
        const found = new Set((await store.customer.byKeys(ids)).map((row) => row.id));
        const missing = ids.find((id) => !found.has(id));
        if (missing) throw notFound(`Customer with id: ${missing} was not found`, { argument: 'customer_ids' });
        await store.addMembers(
          groupId,
          ids.map((customerId) => ({ id: generateId('cusgc'), customer_id: customerId })),
          createdBy,
        );
        return group;
      });
    },

    /** Medusa's removeCustomerFromGroup: the memberships are deleted; customers not in the group are skipped. */
    async removeFromGroup(groupId: string, customerIds: string[]): Promise<CustomerGroupRow> {
      assertId(groupId, 'cusgroup', 'group_id');
      const ids = assertIds(customerIds, 'cus', 'customer_ids') ?? [];
      return inTransaction(async (store) => {
        const group = await liveGroup(store, groupId);
        await store.removeMembers(groupId, ids);
        return group;
      });
    },
  };
}

async function liveGroup(store: CustomerStore, id: string): Promise<CustomerGroupRow> {
  const [group] = await store.customer_group.byKeys([id]);
  if (!group) throw notFound(`Customer group with id: ${id} was not found`, { argument: 'group_id' });
  return group;
}

export type CustomerMutations = ReturnType<typeof createCustomerMutations>;
