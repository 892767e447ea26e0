import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const AuthorizePaymentSession = graphql(`
  mutation AuthorizePaymentSession($id: ID!) {
    payment_session_authorize(id: $id) { id status }
  }
`);
const CancelPaymentSession = graphql(`
  mutation CancelPaymentSession($id: ID!) {
    payment_session_cancel(id: $id) { id }
  }
`);

/** Medusa's authorizePaymentSessionStep (once: an authorized session answers as it is). Undo: cancel it. */
export const authorizePaymentSessionStep = createStep({
  name: 'authorize-payment-session',
  target: 'payment',
  invoke: async ({ id }: { id: string }, { call }) =>
    (await call(AuthorizePaymentSession, { id })).payment_session_authorize,
  compensate: async ({ id }, _output, { call }) => call(CancelPaymentSession, { id }),
});
