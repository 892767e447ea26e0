import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const WorkflowFulfillment = graphql(`
  query WorkflowFulfillment($id: ID!) {
    fulfillment(id: $id) { id order { id } }
  }
`);

/** A fulfillment and the order it ships. */
export const readFulfillmentStep = createStep({
  name: 'read-fulfillment',
  target: 'gateway',
  invoke: async ({ id }: { id: string }, { call }) => (await call(WorkflowFulfillment, { id })).fulfillment,
});
