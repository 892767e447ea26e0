import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const RemoveLineItems = graphql(`
  mutation RemoveLineItems($ids: [ID!]!) {
    line_items_delete(ids: $ids)
  }
`);
const RestoreLineItems = graphql(`
  mutation RestoreLineItems($ids: [ID!]!) {
    line_items_restore(ids: $ids) { id }
  }
`);

/** Medusa's deleteLineItemsStep: a soft delete, so the line stays readable with `with_deleted`. Undo: the same rows restored. */
export const removeLineItemsStep = createStep({
  name: 'remove-line-items',
  target: 'cart',
  invoke: async ({ ids }: { ids: string[] }, { call }) => (await call(RemoveLineItems, { ids })).line_items_delete,
  compensate: async ({ ids }, _output, { call }) => call(RestoreLineItems, { ids }),
});
