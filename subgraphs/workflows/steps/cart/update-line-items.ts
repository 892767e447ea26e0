import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const UpdateLineItems = graphql(`
  mutation UpdateLineItems($items: [LineItemUpdateInput!]!) {
    line_items_update(items: $items) { id }
  }
`);

interface Quantities {
  items: { id: string; quantity: number }[];
  previous: { id: string; quantity: number }[];
}

/** Medusa's updateLineItemsStep: new quantities; undo: the quantities before. */
export const updateLineItemsStep = createStep({
  name: 'update-line-items',
  target: 'cart',
  invoke: async ({ items }: Quantities, { call }) => (await call(UpdateLineItems, { items })).line_items_update,
  compensate: async ({ previous }, _output, { call }) => call(UpdateLineItems, { items: previous }),
});
