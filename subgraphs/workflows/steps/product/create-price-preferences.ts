import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { PricePreferenceCreateInput } from '../../generated/documents/graphql';

const CreatePricePreferences = graphql(`
  mutation CreatePricePreferences($data: [PricePreferenceCreateInput!]!) {
    create_price_preferences(data: $data) { id }
  }
`);
const SoftDeletePricePreferences = graphql(`
  mutation SoftDeletePricePreferences($ids: [ID!]!) {
    soft_delete_price_preferences(ids: $ids)
  }
`);

/**
 * Medusa's createPricePreferencesWorkflow as a step, every id chosen before the call (one already
 * made is returned as it is). Undo: soft-delete them.
 */
export const createPricePreferencesStep = createStep({
  name: 'create-price-preferences',
  target: 'product',
  invoke: async ({ data }: { data: (PricePreferenceCreateInput & { id: string })[] }, { call }) =>
    (await call(CreatePricePreferences, { data })).create_price_preferences,
  compensate: async ({ data }, _output, { call }) =>
    call(SoftDeletePricePreferences, { ids: data.map((preference) => preference.id) }),
});
