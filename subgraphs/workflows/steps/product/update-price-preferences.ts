import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const UpdatePricePreference = graphql(`
  mutation UpdatePricePreference($id: ID!, $is_tax_inclusive: Boolean!) {
    update_price_preferences(id: $id, data: { is_tax_inclusive: $is_tax_inclusive }) { id }
  }
`);

/**
 * Medusa's updatePricePreferencesWorkflow as a step: the preferences' tax-inclusivity. Undo: set
 * back each one's value before (`previous`, read before).
 */
export const updatePricePreferencesStep = createStep({
  name: 'update-price-preferences',
  target: 'product',
  invoke: async (
    { ids, is_tax_inclusive }: { ids: string[]; is_tax_inclusive: boolean; previous: Record<string, boolean> },
    { call },
  ) =>
    Promise.all(
      ids.map(async (id) => (await call(UpdatePricePreference, { id, is_tax_inclusive })).update_price_preferences),
    ),
  compensate: async ({ previous }, _output, { call }) =>
    Promise.all(
      Object.entries(previous).map(([id, is_tax_inclusive]) => call(UpdatePricePreference, { id, is_tax_inclusive })),
    ),
});
