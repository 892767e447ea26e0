import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const CancelFulfillment = graphql(`
  mutation CancelFulfillment($id: ID!) {
    cancel_fulfillment(id: $id) { id }
  }
`);
const UncancelFulfillment = graphql(`
  mutation UncancelFulfillment($id: ID!) {
    fulfillment_undo(id: $id, step: canceled) { id }
  }
`);

/** Medusa's cancelFulfillmentStep (a canceled one answers as it is). Undo: not canceled. */
export const cancelFulfillmentStep = createStep({
  name: 'cancel-fulfillment',
  target: 'fulfillment',
  invoke: async ({ id }: { id: string }, { call }) => (await call(CancelFulfillment, { id })).cancel_fulfillment,
  compensate: async ({ id }, _output, { call }) => call(UncancelFulfillment, { id }),
});
