import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { RegionUpdateInput } from '../../generated/documents/graphql';

const UpdateRegion = graphql(`
  mutation UpdateRegion($id: ID!, $data: RegionUpdateInput!) {
    update_regions(id: $id, data: $data) { id }
  }
`);

/** Medusa's updateRegionsStep for one region. Undo: set back what it changed (`previous`, read before). */
export const updateRegionsStep = createStep({
  name: 'update-regions',
  target: 'region',
  invoke: async ({ id, data }: { id: string; data: RegionUpdateInput; previous: RegionUpdateInput }, { call }) =>
    (await call(UpdateRegion, { id, data })).update_regions,
  compensate: async ({ id, previous }, _output, { call }) => call(UpdateRegion, { id, data: previous }),
});
