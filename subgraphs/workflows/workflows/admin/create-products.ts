import { badUserInput, notFound } from '../../../../kit/errors';
import { assertId } from '../../../../kit/ids';
import { createWorkflow } from '../../../../kit/workflow-definition';
import { MAX_ROWS_PER_WRITE } from '../../../../kit/writes';
import type { LinkInput } from '../../generated/documents/graphql';
import type { AdminCreateProductInput } from '../../generated/resolvers';
import { readProductLinkTargetsStep } from '../../steps/gateway/read-product-links';
import { createLinksStep } from '../../steps/link/create-links';
import { createProductsStep } from '../../steps/product/create-products';
import { readExistingProductsStep } from '../../steps/product/read-existing-products';

/** Most sales channels and shipping profiles one call may name, all told (one read of each). */
const MAX_LINK_TARGETS = 200;

/**
 * Medusa's createProductsWorkflow behind POST /admin/products: the sales channels and shipping
 * profile named must exist (refused before anything is written), then the products in the product
 * module, then their links (product_sales_channel, product_shipping_profile). A failed link
 * step undoes the products the run made (not those a repeat found).
 */
export const adminCreateProductsWorkflow = createWorkflow<{ data: AdminCreateProductInput[] }, { id: string }[]>({
  name: 'admin_create_products',
  steps: [readProductLinkTargetsStep, readExistingProductsStep, createProductsStep, createLinksStep],
  async run(run, { data }) {
    if (data.length > MAX_ROWS_PER_WRITE)
      throw badUserInput(`data may hold at most ${MAX_ROWS_PER_WRITE} rows, got ${data.length}`, { argument: 'data' });
    const products = data.map(({ sales_channels, shipping_profile_id, ...product }, index) => ({
      product: { ...product, id: product.id ?? run.newId('prod') },
      channels: (sales_channels ?? []).map((channel, at) =>
        assertId(channel.id, 'sc', `data[${index}].sales_channels[${at}].id`),
      ),
      profile: shipping_profile_id ? assertId(shipping_profile_id, 'sp', `data[${index}].shipping_profile_id`) : null,
    }));
    const salesChannels = [...new Set(products.flatMap((item) => item.channels))];
    const shippingProfiles = [...new Set(products.flatMap((item) => (item.profile ? [item.profile] : [])))];
    if (salesChannels.length + shippingProfiles.length > MAX_LINK_TARGETS)
      throw badUserInput(`data may name at most ${MAX_LINK_TARGETS} sales channels and shipping profiles in all`, {
        argument: 'data',
      });
    if (salesChannels.length + shippingProfiles.length > 0) {
      const found = await run.step(readProductLinkTargetsStep, { salesChannels, shippingProfiles });
      const channel = salesChannels.find((id) => !found.salesChannels.includes(id));
      if (channel) throw notFound(`SalesChannel with id: ${channel} was not found`, { id: channel });
      const profile = shippingProfiles.find((id) => !found.shippingProfiles.includes(id));
      if (profile) throw notFound(`ShippingProfile with id: ${profile} was not found`, { id: profile });
    }
    const ids = products.map((item) => item.product.id);
    const existing = new Set(await run.step(readExistingProductsStep, { ids }));
    const created = await run.step(createProductsStep, {
      data: products.map((item) => item.product),
      new_ids: ids.filter((id) => !existing.has(id)),
    });
    const links: LinkInput[] = products.flatMap(({ product, channels, profile }) => [
      ...channels.map((sales_channel_id) => ({
        product: { product_id: product.id },
        sales_channel: { sales_channel_id },
      })),
      ...(profile ? [{ product: { product_id: product.id }, fulfillment: { shipping_profile_id: profile } }] : []),
    ]);
    if (links.length > 0) await run.step(createLinksStep, { links });
    return created.map(({ id }) => ({ id }));
  },
});
