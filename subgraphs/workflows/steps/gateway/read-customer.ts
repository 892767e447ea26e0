import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const WorkflowCustomer = graphql(`
  query WorkflowCustomer($id: ID!) {
    customer(id: $id) { id email has_account }
  }
`);

/** A signed-in customer's record, whose new cart it is (Medusa's findOrCreateCustomerStep by id). */
export const readCustomerStep = createStep({
  name: 'read-customer',
  target: 'gateway',
  invoke: async ({ id }: { id: string }, { call }) => (await call(WorkflowCustomer, { id })).customer,
});
