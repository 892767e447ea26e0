import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';

const ExistingProducts = graphql(`
  query ExistingProducts($ids: [ID!]!) {
    products(filters: { id: $ids }, with_deleted: true, pagination: { take: 200 }) { data { id } }
  }
`);

/** A products list's longest page. */
const PAGE = 200;

/** Which of these product ids are taken already (deleted ones too): a repeat's products are not this run's to undo. */
export const readExistingProductsStep = createStep({
  name: 'read-existing-products',
  target: 'product',
  invoke: async ({ ids }: { ids: string[] }, { call }) => {
    const existing: string[] = [];
    for (let start = 0; start < ids.length; start += PAGE) {
      const page = await call(ExistingProducts, { ids: ids.slice(start, start + PAGE) });
      existing.push(...page.products.data.map((product) => product.id));
    }
    return existing;
  },
});
