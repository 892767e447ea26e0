import { requireAdmin, requireCustomer, type Actor } from '../../kit/auth';
import { afterWrite } from '../../kit/loaders';
import { assertId } from '../../kit/ids';
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
  },
  // Internal mutations for the workflows subgraph (mutations.ts).
  Mutation: {
    customer_find_or_create_guest: (_, { email, id }, context) =>
      afterWrite(context, () => context.mutations.findOrCreateGuest(email, id ?? undefined)),
    customer_delete: (_, { id }, context) => afterWrite(context, () => context.mutations.deleteGuest(id)),
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
