import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const FindOrCreateGuest = graphql(`
  mutation FindOrCreateGuest($email: String!, $id: ID) {
    customer_find_or_create_guest(email: $email, id: $id) { customer { id } created }
  }
`);
const DeleteGuest = graphql(`
  mutation DeleteGuest($id: ID!) {
    customer_delete(id: $id)
  }
`);

/**
 * Medusa's findOrCreateCustomerStep for a guest: the customer with this email, else a new guest
 * with the id chosen before the call. Undo: delete the guest this step made (the chosen id), which
 * is nothing when the customer already existed.
 */
export const findOrCreateCustomerStep = createStep({
  name: 'find-or-create-customer',
  target: 'customer',
  invoke: async ({ email, id }: { email: string; id: string }, { call }) =>
    (await call(FindOrCreateGuest, { email, id })).customer_find_or_create_guest,
  compensate: async ({ id }, _output, { call }) => call(DeleteGuest, { id }),
});
