import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { LinkInput } from '../../generated/documents/graphql';

const DismissLinks = graphql(`
  mutation DismissLinks($links: [LinkInput!]!) {
    dismiss_links(links: $links) { __typename }
  }
`);
const RecreateLinks = graphql(`
  mutation RecreateLinks($links: [LinkInput!]!) {
    create_links(links: $links) { __typename }
  }
`);

/** Medusa's dismissRemoteLinkStep (a pair not linked is ignored). Undo: link them again. */
export const dismissLinksStep = createStep({
  name: 'dismiss-links',
  target: 'link',
  invoke: async ({ links }: { links: LinkInput[] }, { call }) =>
    (await call(DismissLinks, { links })).dismiss_links.length,
  compensate: async ({ links }, _output, { call }) => call(RecreateLinks, { links }),
});
