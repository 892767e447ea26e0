import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const DeliverFulfillment = graphql(`
  mutation DeliverFulfillment($id: ID!) {
    deliver_fulfillment(id: $id) { id }
  }
`);
const UndeliverFulfillment = graphql(`
  mutation UndeliverFulfillment($id: ID!) {
    fulfillment_undo(id: $id, step: delivered) { id }
  }
`);

/** markFulfillmentAsDeliveredWorkflow's update: delivered now. Undo: not delivered. */
export const deliverFulfillmentStep = createStep({
  name: 'deliver-fulfillment',
  target: 'fulfillment',
  invoke: async ({ id }: { id: string }, { call }) => (await call(DeliverFulfillment, { id })).deliver_fulfillment,
  compensate: async ({ id }, _output, { call }) => call(UndeliverFulfillment, { id }),
});
