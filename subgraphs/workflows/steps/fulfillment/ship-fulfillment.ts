import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { FulfillmentLabelInput } from '../../generated/documents/graphql';

const ShipFulfillment = graphql(`
  mutation ShipFulfillment($id: ID!, $labels: [FulfillmentLabelInput!]) {
    ship_fulfillment(id: $id, labels: $labels) { id }
  }
`);
const UnshipFulfillment = graphql(`
  mutation UnshipFulfillment($id: ID!) {
    fulfillment_undo(id: $id, step: shipped) { id }
  }
`);

/** createShipmentWorkflow's updateFulfillmentStep: shipped now, with its labels. Undo: not shipped, labels gone. */
export const shipFulfillmentStep = createStep({
  name: 'ship-fulfillment',
  target: 'fulfillment',
  invoke: async (input: { id: string; labels: FulfillmentLabelInput[] }, { call }) =>
    (await call(ShipFulfillment, input)).ship_fulfillment,
  compensate: async ({ id }, _output, { call }) => call(UnshipFulfillment, { id }),
});
