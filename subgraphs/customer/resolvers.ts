import { afterWrite } from '../../kit/loaders';
import { assertId, assertIds } from '../../kit/ids';
import { pageMetadata, toPage } from '../../kit/sql';
import type { Resolvers } from './generated/resolvers';
import { SORTABLE } from './store';

const list = { data: <R>(page: { rows: R[] }) => page.rows, metadata: pageMetadata };

export const resolvers: Resolvers = {
  Query: {
    customer: (_, { id, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.customerWithDeleted : loaders.customer).load(assertId(id, 'cus')),
    customers: (_, { filters, pagination, with_deleted }, { store }) =>
      store.listCustomers(
        {
          ...filters,
          id: assertIds(filters?.id, 'cus', 'filters.id'),
          group_id: assertIds(filters?.group_id, 'cusgroup', 'filters.group_id'),
        },
        toPage(pagination, SORTABLE.customer),
        with_deleted ?? false,
      ),
    customer_group: (_, { id, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.groupWithDeleted : loaders.group).load(assertId(id, 'cusgroup')),
    customer_groups: (_, { filters, pagination, with_deleted }, { store }) =>
      store.listGroups({ ...filters, id: assertIds(filters?.id, 'cusgroup', 'filters.id') }, toPage(pagination, SORTABLE.group), with_deleted ?? false),
    customer_address: (_, { id, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.addressWithDeleted : loaders.address).load(assertId(id, 'cuaddr')),
    customer_addresses: (_, { filters, pagination, with_deleted }, { store }) =>
      store.listAddresses(
        {
          ...filters,
          id: assertIds(filters?.id, 'cuaddr', 'filters.id'),
          customer_id: assertIds(filters?.customer_id, 'cus', 'filters.customer_id'),
        },
        toPage(pagination, SORTABLE.address),
        with_deleted ?? false,
      ),
  },
  // Internal mutations for the workflows subgraph (mutations.ts).
  Mutation: {
    customer_find_or_create_guest: (_, { email }, context) => afterWrite(context, () => context.mutations.findOrCreateGuest(email)),
    customer_delete: (_, { id }, context) => afterWrite(context, () => context.mutations.deleteGuest(id)),
  },
  CustomerList: list,
  CustomerGroupList: list,
  CustomerAddressList: list,
  Customer: {
    __resolveReference: ({ id }, { loaders }) => loaders.customer.load(id),
    addresses: (customer, _, { loaders }) => loaders.addressesByCustomer.load(customer.id),
    groups: (customer, _, { loaders }) => loaders.groupsByCustomer.load(customer.id),
  },
  CustomerAddress: {
    __resolveReference: ({ id }, { loaders }) => loaders.address.load(id),
    customer: (address, _, { loaders }) => loaders.customer.load(address.customer_id),
  },
  CustomerGroup: {
    __resolveReference: ({ id }, { loaders }) => loaders.group.load(id),
    customers: (group, _, { loaders }) => loaders.customersByGroup.load(group.id),
  },
};
