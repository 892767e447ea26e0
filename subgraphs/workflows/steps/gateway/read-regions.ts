import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const WorkflowRegions = graphql(`
  query WorkflowRegions($ids: [ID!]!) {
    regions(filters: { id: $ids }, with_deleted: true, pagination: { take: 200 }) {
      data {
        id name currency_code automatic_taxes metadata deleted_at
        countries { iso_2 }
        payment_providers { id }
      }
    }
  }
`);

/** Regions by id, soft-deleted ones too, with their countries and payment providers: what an admin write changes. */
export const readRegionsStep = createStep({
  name: 'read-regions',
  target: 'gateway',
  invoke: async ({ ids }: { ids: string[] }, { call }) => (await call(WorkflowRegions, { ids })).regions.data,
});
