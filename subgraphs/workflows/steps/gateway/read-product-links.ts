import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const WorkflowProductLinkTargets = graphql(`
  query WorkflowProductLinkTargets($salesChannels: [ID!]!, $shippingProfiles: [ID!]!) {
    sales_channels(filters: { id: $salesChannels }, pagination: { take: 200 }) { data { id } }
    shipping_profiles(filters: { id: $shippingProfiles }, pagination: { take: 200 }) { data { id } }
  }
`);

/** The live sales channels and shipping profiles among those new products are to be linked to. */
export const readProductLinkTargetsStep = createStep({
  name: 'read-product-link-targets',
  target: 'gateway',
  invoke: async (input: { salesChannels: string[]; shippingProfiles: string[] }, { call }) => {
    const found = await call(WorkflowProductLinkTargets, input);
    return {
      salesChannels: found.sales_channels.data.map((channel) => channel.id),
      shippingProfiles: found.shipping_profiles.data.map((profile) => profile.id),
    };
  },
});
