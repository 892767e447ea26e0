import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { FulfillmentCreateInput } from '../../generated/documents/graphql';

const CreateFulfillment = graphql(`
  mutation CreateFulfillment($input: FulfillmentCreateInput!) {
    create_fulfillment(input: $input) { id }
  }
`);
const DeleteFulfillment = graphql(`
  mutation DeleteFulfillment($id: ID!) {
    fulfillment_delete(id: $id)
  }
`);

/** Medusa's createFulfillmentStep, the fulfillment's id chosen before the call. Undo: delete it (gone is done). */
export const createFulfillmentStep = createStep({
  name: 'create-fulfillment',
  target: 'fulfillment',
  invoke: async (input: FulfillmentCreateInput & { id: string }, { call }) =>
    (await call(CreateFulfillment, { input })).create_fulfillment,
  compensate: async ({ id }, _output, { call }) => call(DeleteFulfillment, { id }),
});
