import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const WorkflowStore = graphql(`
  query WorkflowStore {
    regions(pagination: { take: 200 }) { data { id currency_code countries { iso_2 } } }
    sales_channels(pagination: { take: 200 }) { data { id name is_disabled } }
  }
`);

/** The regions and sales channels a new cart is placed in (Medusa's findOneOrAnyRegionStep, findSalesChannelStep). */
export const readStoreStep = createStep({
  name: 'read-store',
  target: 'gateway',
  invoke: async (_: Record<string, never>, { call }) => call(WorkflowStore, {}),
});
