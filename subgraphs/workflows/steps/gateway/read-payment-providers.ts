import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const WorkflowPaymentProviders = graphql(`
  query WorkflowPaymentProviders($ids: [ID!]!) {
    payment_providers(filters: { id: $ids, is_enabled: true }, pagination: { take: 200 }) { data { id } }
  }
`);

/** The enabled payment providers among `ids` (the check in Medusa's setRegionsPaymentProvidersStep). */
export const readPaymentProvidersStep = createStep({
  name: 'read-payment-providers',
  target: 'gateway',
  invoke: async ({ ids }: { ids: string[] }, { call }) =>
    (await call(WorkflowPaymentProviders, { ids })).payment_providers.data.map((provider) => provider.id),
});
