import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { PaymentSessionCreateInput } from '../../generated/documents/graphql';

const CreatePaymentSession = graphql(`
  mutation CreatePaymentSession($input: PaymentSessionCreateInput!) {
    payment_session_create(input: $input) { id }
  }
`);
const DeletePaymentSession = graphql(`
  mutation DeletePaymentSession($id: ID!) {
    payment_session_delete(id: $id)
  }
`);

/** Medusa's createPaymentSessionStep, its id chosen before the call. Undo: delete it (gone is done). */
export const createPaymentSessionStep = createStep({
  name: 'create-payment-session',
  target: 'payment',
  invoke: async (input: PaymentSessionCreateInput & { id: string }, { call }) =>
    (await call(CreatePaymentSession, { input })).payment_session_create,
  compensate: async ({ id }, _output, { call }) => call(DeletePaymentSession, { id }),
});
