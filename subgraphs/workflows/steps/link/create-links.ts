import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { LinkInput } from '../../generated/documents/graphql';

const CreateLinks = graphql(`
  mutation CreateLinks($links: [LinkInput!]!) {
    create_links(links: $links) { __typename }
  }
`);
const DismissCreatedLinks = graphql(`
  mutation DismissCreatedLinks($links: [LinkInput!]!) {
    dismiss_links(links: $links) { __typename }
  }
`);

/** Medusa's createRemoteLinkStep (a live pair is left as it is). Undo: dismiss the links. */
export const createLinksStep = createStep({
  name: 'create-links',
  target: 'link',
  invoke: async ({ links }: { links: LinkInput[] }, { call }) =>
    (await call(CreateLinks, { links })).create_links.length,
  compensate: async ({ links }, _output, { call }) => call(DismissCreatedLinks, { links }),
});
