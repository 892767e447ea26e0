import { forbidden, requireAdmin, requireCustomer, unauthenticated, type Actor } from '../../kit/auth';
import { afterWrite } from '../../kit/loaders';
import { assertId } from '../../kit/ids';
import { assertNoNul, notFound } from '../../kit/input';
import type { Resolvers } from './generated/resolvers';

/**
 * A registered customer's profile (`has_account`) is that customer's or an admin's. A guest
 * customer — the record a guest checkout makes from the cart's email — has no sign-in: like the
 * cart it came from, it is readable by whoever holds its id.
 */
function readableProfile<Row extends { id: string; has_account: boolean }>(
  customer: Row | null | undefined,
  actor: Actor,
): Row | null {
  if (!customer) return null;
  if (customer.has_account) requireCustomer(actor, customer.id, 'A customer profile');
  return customer;
}

/** An address follows its customer's rule: a registered customer's is that customer's, a guest record's is whoever holds its id. */
async function readableAddress<Row extends { customer_id: string }>(
  address: Row | null | undefined,
  customers: { load(id: string): Promise<{ id: string; has_account: boolean } | null> },
  actor: Actor,
): Promise<Row | null> {
  if (!address) return null;
  const customer = await customers.load(address.customer_id);
  // An address whose customer is gone is treated as a registered customer's.
  if (customer?.has_account !== false) requireCustomer(actor, address.customer_id, 'A customer address');
  return address;
}

/** The signed-in customer's id: a store route under /store/customers/me needs a customer's token. */
function signedIn(actor: Actor): string {
  if (actor.type === 'customer') return actor.id;
  if (actor.type === 'anonymous' || actor.type === 'registration')
    throw unauthenticated("This is the signed-in customer's: sign in with a customer's token");
  throw forbidden("This is a signed-in customer's own: an admin uses the customer's id");
}

/** A registration token's identity: only such a token registers a customer. */
function registration(actor: Actor): { id: string; email?: string } {
  if (actor.type === 'registration') return actor;
  if (actor.type === 'anonymous')
    throw unauthenticated('Registering needs a registration token: register an identity first');
  if (actor.type === 'customer') throw forbidden('Request already authenticated as a customer.');
  throw forbidden('Registering needs a registration token: an admin creates customers with create_customers');
}

export const resolvers: Resolvers = {
  Query: {
    customer: async (_, { id, with_deleted }, { loaders, actor }) =>
      readableProfile(
        await (with_deleted ? loaders.customer.any : loaders.customer.live).load(assertId(id, 'cus')),
        actor,
      ),
    customers: (_, { filters, pagination, with_deleted }, { store }) =>
      store.customer.list(filters, store.customer.page(pagination), {
        withDeleted: with_deleted,
        also: store.inGroups(filters?.group_id),
      }),
    customer_group: (_, { id, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.group.any : loaders.group.live).load(assertId(id, 'cusgroup')),
    customer_groups: (_, { filters, pagination, with_deleted }, { store }) =>
      store.customer_group.list(filters, store.customer_group.page(pagination), { withDeleted: with_deleted }),
    customer_address: async (_, { id, with_deleted }, { loaders, actor }) =>
      readableAddress(
        await (with_deleted ? loaders.address.any : loaders.address.live).load(assertId(id, 'cuaddr')),
        loaders.customer.any,
        actor,
      ),
    customer_addresses: (_, { filters, pagination, with_deleted }, { store }) =>
      store.customer_address.list(filters, store.customer_address.page(pagination), { withDeleted: with_deleted }),
    me: (_, __, { loaders, actor }) => loaders.customer.live.load(signedIn(actor)),
  },
  // Internal mutations for the workflows subgraph (mutations.ts).
  Mutation: {
    customer_find_or_create_guest: (_, { email, id }, context) =>
      afterWrite(context, () => context.mutations.findOrCreateGuest(email, id ?? undefined)),
    customer_delete: (_, { id }, context) => afterWrite(context, () => context.mutations.deleteGuest(id)),
    // An admin's writes to addresses and group members (customers' own are derived, kit/writes.ts).
    create_customer_addresses: (_, { data }, context) =>
      afterWrite(context, () => context.mutations.createAddresses(data)),
    update_customer_addresses: (_, { id, data }, context) =>
      afterWrite(context, () => context.mutations.updateAddress(id, data)),
    delete_customer_addresses: (_, { ids }, context) =>
      afterWrite(context, () => context.mutations.deleteAddresses(ids)),
    add_customers_to_group: (_, { group_id, customer_ids }, context) =>
      afterWrite(context, () =>
        context.mutations.addToGroup(group_id, customer_ids, context.actor.type === 'user' ? context.actor.id : null),
      ),
    remove_customers_from_group: (_, { group_id, customer_ids }, context) =>
      afterWrite(context, () => context.mutations.removeFromGroup(group_id, customer_ids)),
    // The store's: registration, and the signed-in customer's own profile and addresses.
    register_customer: async (_, { data }, context) => ({
      customer: await afterWrite(context, () => context.mutations.register(registration(context.actor), data)),
      sign_in_again: true,
    }),
    update_me: (_, { data }, context) => {
      const id = signedIn(context.actor);
      for (const [field, value] of Object.entries(data)) assertNoNul(value, `data.${field}`);
      return afterWrite(context, async () => {
        if ((await context.store.customer.byKeys([id])).length === 0)
          throw notFound(`Customer with id: ${id} was not found`, { id });
        return (await context.store.customer.update(id, data))!;
      });
    },
    create_my_address: (_, { data, id }, context) => {
      const customer_id = signedIn(context.actor);
      return afterWrite(context, async () => {
        const [address] = await context.mutations.createAddresses([{ ...data, id, customer_id }]);
        return address;
      });
    },
    update_my_address: (_, { id, data }, context) =>
      afterWrite(context, () => context.mutations.updateAddress(id, data, signedIn(context.actor))),
    delete_my_address: (_, { id }, context) => {
      const owner = signedIn(context.actor);
      return afterWrite(context, async () => {
        const [deleted] = await context.mutations.deleteAddresses([id], owner);
        if (!deleted) throw notFound(`Address with id: ${id} was not found`, { id });
        return deleted;
      });
    },
  },
  Customer: {
    // Reached from a cart or an order (Cart.customer): the same rule as by id.
    __resolveReference: async ({ id }, { loaders, actor }) =>
      readableProfile(await loaders.customer.live.load(id), actor),
    addresses: (customer, _, { loaders }) => loaders.addressesByCustomer.load(customer.id),
    groups: (customer, _, { loaders }) => loaders.groupsByCustomer.load(customer.id),
  },
  CustomerAddress: {
    __resolveReference: async ({ id }, { loaders, actor }) =>
      readableAddress(await loaders.address.live.load(id), loaders.customer.any, actor),
    customer: (address, _, { loaders }) => loaders.customer.live.load(address.customer_id),
  },
  CustomerGroup: {
    __resolveReference: ({ id }, { loaders }) => loaders.group.live.load(id),
    // A group's members are other customers: an admin's view.
    customers: (group, _, { loaders, actor }) => {
      requireAdmin(actor, 'The customers of a group');
      return loaders.customersByGroup.load(group.id);
    },
  },
};
