import { productSubgraph } from '.';
import { generateId } from '../../kit/ids';
import { startInProcessSubgraph, type InProcessSubgraph } from '../../test/support/subgraph';
import { createProductStore } from './store';

const guest = { type: 'anonymous' } as const;

/** The product subgraph on its own: its queries, the storefront's view and entity representations, in-process. */
describe('product subgraph', () => {
  let subgraph: InProcessSubgraph;
  let tagId: string;
  beforeAll(async () => {
    subgraph = await startInProcessSubgraph(productSubgraph);
    const { data } = await subgraph.execute<{ product_tags: { data: { id: string }[] } }>(
      '{ product_tags(filters: { value: ["bestseller"] }) { data { id } } }',
    );
    tagId = data!.product_tags.data[0].id;
  });
  afterAll(() => subgraph.stop());

  interface Product {
    title: string;
    type: { value: string };
    tags: { value: string }[];
    variants: { sku: string; options: { value: string }[]; prices: { currency_code: string; amount: string }[] }[];
  }

  it('lists products by a tag, sorted by title, with type, tags, variants, their options and prices, in six statements', async () => {
    const before = subgraph.statements();
    const { data, errors } = await subgraph.execute<{ products: { data: Product[] } }>(
      `query ($tag: [ID!]) { products(filters: { tag_id: $tag, status: [published] }, pagination: { order: "-title" }) {
         data { title type { value } tags { value } variants { sku options { value } prices { currency_code amount } } } } }`,
      { tag: [tagId] },
    );
    expect(errors).toBeUndefined();
    const products = data!.products.data;
    expect(products.map((product) => product.title)).toEqual(['Medusa T-Shirt', 'Medusa Sneakers', 'Medusa Hoodie']);
    expect(products.every((product) => product.tags.some((tag) => tag.value === 'bestseller'))).toBe(true);
    const [shirt] = products;
    expect(shirt.type).toEqual({ value: 'Shirts' });
    // Variants in their rank's order; a variant's options by option title (Color, then Size); prices by currency.
    expect(shirt.variants.map((variant) => variant.sku)).toEqual(['T-SHIRT-S', 'T-SHIRT-M', 'T-SHIRT-L', 'T-SHIRT-XL']);
    expect(shirt.variants[0].options.map((option) => option.value)).toEqual(['White', 'S']);
    expect(shirt.variants[0].prices).toEqual([
      { currency_code: 'eur', amount: '19.50' },
      { currency_code: 'gbp', amount: '18.50' },
      { currency_code: 'usd', amount: '24.50' },
    ]);
    // The list, then one statement per relation: type, tags, variants, their options, their prices.
    expect(subgraph.statements() - before).toBe(6);
  });

  it('shows shoppers published products and listed categories only; admins see all, soft-deleted ones with with_deleted', async () => {
    const store = createProductStore(subgraph.db);
    const draft = generateId('prod');
    const removed = generateId('prod');
    // Two inserts: one insert's rows all give the same columns.
    await store.product.insert([{ id: draft, title: 'Medusa Scarf', handle: 'scarf' }]);
    await store.product.insert([
      { id: removed, title: 'Medusa Socks', handle: 'socks', status: 'published', deleted_at: new Date() },
    ]);
    const titles = 'query ($q: String) { products(filters: { q: $q }) { data { title status } } }';
    const shopper = await subgraph.execute<{ products: { data: { title: string }[] } }>(titles, { q: 'scarf' }, guest);
    expect(shopper.errors).toBeUndefined();
    expect(shopper.data!.products.data).toEqual([]);
    const admin = await subgraph.execute<{ products: { data: { title: string; status: string }[] } }>(titles, {
      q: 'scarf',
    });
    expect(admin.data!.products.data).toEqual([{ title: 'Medusa Scarf', status: 'draft' }]);

    const byId = 'query ($id: ID!, $withDeleted: Boolean) { product(id: $id, with_deleted: $withDeleted) { title } }';
    expect((await subgraph.execute(byId, { id: draft }, guest)).data).toEqual({ product: null });
    expect((await subgraph.execute(byId, { id: draft })).data).toEqual({ product: { title: 'Medusa Scarf' } });
    expect((await subgraph.execute(byId, { id: removed })).data).toEqual({ product: null });
    expect((await subgraph.execute(byId, { id: removed, withDeleted: true })).data).toEqual({
      product: { title: 'Medusa Socks' },
    });

    // `parent_category_id: null` asks for the roots; the internal "Archive" is the admin's only.
    const roots =
      '{ product_categories(filters: { parent_category_id: null }, pagination: { order: "rank" }) { data { name } } }';
    const shopperRoots = await subgraph.execute<{ product_categories: { data: { name: string }[] } }>(roots, {}, guest);
    expect(shopperRoots.data!.product_categories.data.map((category) => category.name)).toEqual([
      'Clothing',
      'Accessories',
      'Shoes',
    ]);
    const adminRoots = await subgraph.execute<{ product_categories: { data: { name: string }[] } }>(roots);
    expect(adminRoots.data!.product_categories.data.map((category) => category.name)).toEqual([
      'Clothing',
      'Accessories',
      'Shoes',
      'Archive',
    ]);
  });

  it('answers entity representations, null for an unknown one and for what shoppers may not see', async () => {
    const { data: listed } = await subgraph.execute<{
      product_variants: { data: { id: string; product: { id: string } }[] };
      product_categories: { data: { id: string }[] };
    }>(
      '{ product_variants(filters: { sku: ["CAP-ONESIZE"] }) { data { id product { id } } } product_categories(filters: { handle: ["archive"] }) { data { id } } }',
    );
    const variant = listed!.product_variants.data[0];
    const archive = listed!.product_categories.data[0].id;
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Product { title } ... on ProductVariant { sku product { handle } } ... on ProductCategory { handle } } }`;
    const representations = [
      { __typename: 'Product', id: variant.product.id },
      { __typename: 'ProductVariant', id: variant.id },
      { __typename: 'Product', id: generateId('prod') },
      { __typename: 'ProductCategory', id: archive },
    ];
    const { data, errors } = await subgraph.execute<{ _entities: unknown[] }>(query, { representations });
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      { title: 'Medusa Cap' },
      { sku: 'CAP-ONESIZE', product: { handle: 'cap' } },
      null,
      { handle: 'archive' },
    ]);
    const shopper = await subgraph.execute<{ _entities: unknown[] }>(query, { representations }, guest);
    expect(shopper.data!._entities[3]).toBeNull();
  });

  it('refuses a filter id of another kind, naming the filter', async () => {
    const variants = await subgraph.execute(
      '{ product_variants(filters: { product_id: ["variant_1"] }) { data { id } } }',
    );
    expect(variants.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(variants.errors?.[0].message).toContain('filters.product_id');
    const tagged = await subgraph.execute('{ products(filters: { tag_id: ["pcat_1"] }) { data { id } } }');
    expect(tagged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tagged.errors?.[0].message).toContain('filters.tag_id');
  });

  it('refuses sorting by a column that is not declared sortable, naming the ones that are', async () => {
    const { errors } = await subgraph.execute('{ products(pagination: { order: "description" }) { data { id } } }');
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toContain('sortable: id, title, handle, subtitle, status, created_at, updated_at');
  });
});
