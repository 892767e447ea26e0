import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { RegionCreateInput } from '../../generated/documents/graphql';

const CreateRegions = graphql(`
  mutation CreateRegions($data: [RegionCreateInput!]!) {
    create_regions(data: $data) { id }
  }
`);
const SoftDeleteCreatedRegions = graphql(`
  mutation SoftDeleteCreatedRegions($ids: [ID!]!) {
    soft_delete_regions(ids: $ids)
  }
`);

/**
 * Medusa's createRegionsStep, with every id chosen before the call (a region already made is
 * returned as it is). Undo: soft-delete the regions this run made (`created`), which frees their
 * countries; those that existed before the run are left alone.
 */
export const createRegionsStep = createStep({
  name: 'create-regions',
  target: 'region',
  invoke: async ({ data }: { data: (RegionCreateInput & { id: string })[]; created: string[] }, { call }) =>
    (await call(CreateRegions, { data })).create_regions,
  compensate: async ({ created }, _output, { call }) =>
    created.length > 0 ? call(SoftDeleteCreatedRegions, { ids: created }) : undefined,
});
