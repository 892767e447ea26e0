import {
  CATALOG_TIME,
  productCategories,
  productCollections,
  productOptions,
  products,
  productTags,
  productTypes,
} from '../seed/catalog';
import { decimal } from '../seed/carts';
import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

/**
 * The product module through the gateway: products, variants, categories, collections, tags,
 * types, options and images, with their filters, pagination, soft deletes and bad input,
 * checked against the demo catalog (seed/catalog.ts).
 */
let supergraph: TestSupergraph;
beforeAll(async () => {
  supergraph = await startTestSupergraph(4);
});
afterAll(() => supergraph?.stop());

async function data<Data>(query: string, variables?: Record<string, unknown>): Promise<Data> {
  const response = await supergraph.query<Data>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

function expectBadInput(response: GraphQLResponse, mentions: string): void {
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors![0].message).toContain(mentions);
}

interface Page<T> {
  data: T[];
  metadata: { count: number; skip: number; take: number };
}

const HOUR = 3_600_000;
const product = (handle: string) => products.find((candidate) => candidate.handle === handle)!;
const handlesOf = (list: { handle: string }[]) => list.map((item) => item.handle).sort();
const byId = <T extends { id: string }>(rows: T[]) =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
/** The handles of the demo products whose id order puts them on this page. */
const handlesInIdOrder = byId(products).map((candidate) => candidate.handle);
const tag = (value: string) => productTags.find((candidate) => candidate.value === value)!;
const category = (handle: string) => productCategories.find((candidate) => candidate.handle === handle)!;
const collection = (handle: string) => productCollections.find((candidate) => candidate.handle === handle)!;
const type = (value: string) => productTypes.find((candidate) => candidate.value === value)!;
const option = (key: string) => productOptions.find((candidate) => candidate.key === key)!;

async function productHandles(
  filters: string,
  variables?: Record<string, unknown>,
  signature = '',
): Promise<Page<{ handle: string }>> {
  return (
    await data<{ products: Page<{ handle: string }> }>(
      `query${signature} { products(filters: ${filters}, pagination: { take: 50 }) { data { handle } metadata { count skip take } } }`,
      variables,
    )
  ).products;
}

describe('products', () => {
  it('lists the whole demo catalog in id order, with every field from the seed', async () => {
    const { products: page } = await data<{ products: Page<Record<string, unknown>> }>(`{
      products { data {
        id title handle subtitle description status is_giftcard discountable thumbnail material weight origin_country
        type_id collection_id created_at deleted_at
      } metadata { count skip take } }
    }`);
    expect(page.metadata).toEqual({ count: 8, skip: 0, take: 20 });
    expect(page.data.map((row) => row.handle)).toEqual(handlesInIdOrder);
    const tShirt = page.data.find((row) => row.handle === 't-shirt')!;
    expect(tShirt).toEqual({
      id: product('t-shirt').id,
      title: 'Medusa T-Shirt',
      handle: 't-shirt',
      subtitle: 'Organic cotton crew neck',
      description: 'The t-shirt from the Medusa demo store.',
      status: 'published',
      is_giftcard: false,
      discountable: true,
      thumbnail: 'https://medusa-public-images.s3.eu-west-1.amazonaws.com/t-shirt.png',
      material: 'Cotton',
      weight: 400,
      origin_country: 'pt',
      type_id: type('Shirts').id,
      collection_id: collection('summer-2026').id,
      created_at: new Date(CATALOG_TIME + HOUR).toISOString(),
      deleted_at: null,
    });
    expect(page.data.find((row) => row.handle === 'sneakers')!.collection_id).toBeNull();
  });

  it('filters by ids, handles, titles, status and booleans', async () => {
    const two = [product('cap').id, product('hoodie').id];
    expect(handlesOf((await productHandles('{ id: $ids }', { ids: two }, '($ids: [ID!])')).data)).toEqual([
      'cap',
      'hoodie',
    ]);
    expect(handlesOf((await productHandles('{ handle: ["t-shirt", "tote-bag", "nope"] }')).data)).toEqual([
      't-shirt',
      'tote-bag',
    ]);
    expect(handlesOf((await productHandles('{ title: ["Medusa Shorts"] }')).data)).toEqual(['shorts']);
    expect((await productHandles('{ status: [published] }')).metadata.count).toBe(8);
    expect((await productHandles('{ status: [draft, proposed, rejected] }')).data).toEqual([]);
    expect((await productHandles('{ is_giftcard: false, discountable: true }')).metadata.count).toBe(8);
    expect((await productHandles('{ is_giftcard: true }')).metadata.count).toBe(0);
  });

  it('filters by type, collection, tag and category, each a list of ids', async () => {
    expect(handlesOf((await productHandles(`{ type_id: ["${type('Pants').id}"] }`)).data)).toEqual([
      'shorts',
      'sweatpants',
    ]);
    expect(handlesOf((await productHandles(`{ collection_id: ["${collection('summer-2026').id}"] }`)).data)).toEqual([
      'cap',
      'shorts',
      't-shirt',
      'tote-bag',
    ]);
    expect(handlesOf((await productHandles(`{ tag_id: ["${tag('bestseller').id}"] }`)).data)).toEqual([
      'hoodie',
      'sneakers',
      't-shirt',
    ]);
    expect(handlesOf((await productHandles(`{ tag_id: ["${tag('organic').id}", "${tag('new').id}"] }`)).data)).toEqual([
      'cap',
      'shorts',
      'sneakers',
      't-shirt',
      'tote-bag',
    ]);
    expect(handlesOf((await productHandles(`{ category_id: ["${category('sweatshirts').id}"] }`)).data)).toEqual([
      'hoodie',
      'sweatshirt',
    ]);
    // Every filter given applies: Summer 2026 and unisex.
    expect(
      handlesOf(
        (
          await productHandles(
            `{ collection_id: ["${collection('summer-2026').id}"], tag_id: ["${tag('unisex').id}"] }`,
          )
        ).data,
      ),
    ).toEqual(['cap', 't-shirt', 'tote-bag']);
  });

  it('filters by a creation-date range (products were added an hour apart)', async () => {
    const range = {
      gte: new Date(CATALOG_TIME + 3 * HOUR).toISOString(),
      lt: new Date(CATALOG_TIME + 6 * HOUR).toISOString(),
    };
    const page = await productHandles('{ created_at: $range }', { range }, '($range: DateTimeFilter)');
    expect(handlesOf(page.data)).toEqual(['hoodie', 'shorts', 'sweatpants']);
    expect(
      (await productHandles(`{ updated_at: { gt: "${new Date(CATALOG_TIME + 8 * HOUR).toISOString()}" } }`)).data,
    ).toEqual([]);
  });

  it('searches title, subtitle, description and handle with q, case-insensitively', async () => {
    expect(handlesOf((await productHandles('{ q: "FLEECE" }')).data)).toEqual(['sweatshirt']);
    expect(handlesOf((await productHandles('{ q: "sneak" }')).data)).toEqual(['sneakers']);
    expect((await productHandles('{ q: "demo store" }')).metadata.count).toBe(8);
    // LIKE wildcards are searched for literally.
    expect((await productHandles('{ q: "%" }')).data).toEqual([]);
  });

  it('paginates with skip, take and order, and counts every match', async () => {
    const titles = products.map((candidate) => candidate.title).sort();
    const page = async (pagination: string) =>
      (
        await data<{ products: Page<{ title: string }> }>(
          `{ products(pagination: ${pagination}) { data { title } metadata { count skip take } } }`,
        )
      ).products;
    expect(await page('{ order: "title", take: 3 }')).toEqual({
      data: titles.slice(0, 3).map((title) => ({ title })),
      metadata: { count: 8, skip: 0, take: 3 },
    });
    expect((await page('{ order: "title", skip: 3, take: 3 }')).data.map((row) => row.title)).toEqual(
      titles.slice(3, 6),
    );
    expect((await page('{ order: "-title", take: 2 }')).data.map((row) => row.title)).toEqual(
      [...titles].reverse().slice(0, 2),
    );
    expect((await page('{ order: "-created_at", take: 1 }')).data).toEqual([{ title: 'Medusa Sneakers' }]);
    expect(await page('{ skip: 8 }')).toEqual({ data: [], metadata: { count: 8, skip: 8, take: 20 } });
    expect((await page('{ take: 200 }')).data).toHaveLength(8);
  });

  it('hides a soft-deleted product from lists, counts, by-id and relations, unless with_deleted', async () => {
    const hoodie = product('hoodie');
    await supergraph.db.query('update product.product set deleted_at = now() where id = $1', [hoodie.id]);
    try {
      const query = `query($id: ID!, $deleted: Boolean) {
        product(id: $id, with_deleted: $deleted) { handle deleted_at }
        products(with_deleted: $deleted, pagination: { take: 50 }) { data { handle } metadata { count } }
        product_collection(id: "${collection('essentials').id}") { products { handle } }
      }`;
      const hidden = await data<{
        product: null;
        products: Page<{ handle: string }>;
        product_collection: { products: { handle: string }[] };
      }>(query, {
        id: hoodie.id,
      });
      expect(hidden.product).toBeNull();
      expect(hidden.products.metadata.count).toBe(7);
      expect(hidden.products.data.map((row) => row.handle)).not.toContain('hoodie');
      expect(handlesOf(hidden.product_collection.products)).toEqual(['sweatpants', 'sweatshirt']);

      const shown = await data<{
        product: { handle: string; deleted_at: string };
        products: Page<{ handle: string }>;
        product_collection: { products: { handle: string }[] };
      }>(query, { id: hoodie.id, deleted: true });
      expect(shown.product.handle).toBe('hoodie');
      expect(shown.product.deleted_at).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(shown.products.metadata.count).toBe(8);
      // Relations always hide deleted rows, whatever the root asked.
      expect(handlesOf(shown.product_collection.products)).toEqual(['sweatpants', 'sweatshirt']);
    } finally {
      await supergraph.db.query('update product.product set deleted_at = null where id = $1', [hoodie.id]);
    }
  });

  it('has its type, collection, tags, categories, options, images and variants', async () => {
    const { product: sneakers } = await data<{ product: Record<string, unknown> }>(
      `query($id: ID!) { product(id: $id) {
        type { id value products { handle } }
        collection { title }
        tags { value }
        categories { handle parent_category { handle } }
        options { title is_exclusive }
        product_options { product_option { title } values { value } }
        images { url rank product { handle } }
        variants { sku variant_rank allow_backorder }
      } }`,
      { id: product('sneakers').id },
    );
    expect(sneakers).toEqual({
      type: { id: type('Shoes').id, value: 'Shoes', products: [{ handle: 'sneakers' }] },
      collection: null,
      tags: [{ value: 'bestseller' }, { value: 'new' }],
      categories: [{ handle: 'shoes', parent_category: null }],
      options: expect.arrayContaining([
        { title: 'Shoe Size', is_exclusive: true },
        { title: 'Color', is_exclusive: false },
      ]),
      product_options: expect.arrayContaining([
        { product_option: { title: 'Shoe Size' }, values: [{ value: '40' }, { value: '42' }, { value: '44' }] },
        { product_option: { title: 'Color' }, values: [{ value: 'White' }] },
      ]),
      images: ['front', 'side', 'back'].map((view, rank) => ({
        url: `https://medusa-public-images.s3.eu-west-1.amazonaws.com/sneakers-${view}.png`,
        rank,
        product: { handle: 'sneakers' },
      })),
      variants: ['40', '42', '44'].map((size, rank) => ({
        sku: `SNEAKERS-${size}`,
        variant_rank: rank,
        allow_backorder: true,
      })),
    });
    expect((sneakers.options as unknown[]).length).toBe(2);
  });

  it('resolves the product and variant of a cart line through the gateway', async () => {
    const { carts } = await data<{
      carts: {
        data: {
          items: {
            product_id: string;
            product: { handle: string; type: { value: string } };
            variant: { id: string; options: { value: string }[] };
          }[];
        }[];
      };
    }>(
      `{ carts { data { items { product_id product { handle type { value } } variant { id options { value } } } } } }`,
    );
    const items = carts.data.flatMap((cart) => cart.items);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const expected = products.find((candidate) => candidate.id === item.product_id)!;
      expect(item.product).toEqual({ handle: expected.handle, type: { value: expected.type } });
      const variant = expected.variants.find((candidate) => candidate.id === item.variant.id)!;
      expect(item.variant.options.map((value) => value.value).sort()).toEqual(
        Object.values(variant.option_values).sort(),
      );
    }
  });
});

describe('product variants', () => {
  async function skus(filters: string): Promise<string[]> {
    const { product_variants } = await data<{ product_variants: Page<{ sku: string }> }>(
      `{ product_variants(filters: ${filters}, pagination: { take: 100 }) { data { sku } metadata { count } } }`,
    );
    expect(product_variants.metadata.count).toBe(product_variants.data.length);
    return product_variants.data.map((variant) => variant.sku).sort();
  }

  it('filters by product, sku, inventory flags, dates and q', async () => {
    expect(await skus(`{ product_id: ["${product('hoodie').id}"] }`)).toEqual(['HOODIE-L', 'HOODIE-M']);
    expect(await skus('{ sku: ["CAP-ONESIZE", "T-SHIRT-XL"] }')).toEqual(['CAP-ONESIZE', 'T-SHIRT-XL']);
    expect(await skus('{ manage_inventory: false }')).toEqual(['TOTE-BAG-ONESIZE']);
    expect(await skus('{ allow_backorder: true }')).toEqual(['SNEAKERS-40', 'SNEAKERS-42', 'SNEAKERS-44']);
    expect(await skus('{ q: "xl" }')).toEqual(['SWEATSHIRT-XL', 'T-SHIRT-XL']);
    // The variants were added with their product, the 8th an hour after the 7th.
    expect(await skus(`{ created_at: { gt: "${new Date(CATALOG_TIME + 7 * HOUR).toISOString()}" } }`)).toEqual([
      'SNEAKERS-40',
      'SNEAKERS-42',
      'SNEAKERS-44',
    ]);
    const all = products.flatMap((candidate) => candidate.variants);
    expect((await skus('{}')).length).toBe(all.length);
  });

  it('sorts by variant_rank and pages', async () => {
    const { product_variants } = await data<{ product_variants: Page<{ variant_rank: number }> }>(
      `{ product_variants(pagination: { order: "-variant_rank", take: 2, skip: 1 }) { data { variant_rank } metadata { count skip take } } }`,
    );
    const total = products.flatMap((candidate) => candidate.variants).length;
    expect(product_variants).toEqual({
      data: [{ variant_rank: 3 }, { variant_rank: 2 }],
      metadata: { count: total, skip: 1, take: 2 },
    });
  });

  it('has its option values, images and exact prices, and the product in variant_rank order', async () => {
    const tShirt = product('t-shirt');
    const { product: found } = await data<{
      product: {
        variants: {
          id: string;
          title: string;
          options: { value: string; option: { title: string } }[];
          images: { rank: number; url: string }[];
          prices: { currency_code: string; amount: string; variant: { id: string } }[];
        }[];
      };
    }>(
      `query($id: ID!) { product(id: $id) { variants {
        id title
        options { value option { title } }
        images { rank url }
        prices { currency_code amount variant { id } }
      } } }`,
      { id: tShirt.id },
    );
    expect(found.variants.map((variant) => variant.title)).toEqual(['S', 'M', 'L', 'XL']);
    for (const variant of found.variants) {
      const expected = tShirt.variants.find((candidate) => candidate.id === variant.id)!;
      expect(variant.options).toEqual([
        { value: 'White', option: { title: 'Color' } },
        { value: expected.title, option: { title: 'Size' } },
      ]);
      expect(variant.images).toEqual([
        { rank: 0, url: 'https://medusa-public-images.s3.eu-west-1.amazonaws.com/t-shirt-front.png' },
      ]);
      expect(variant.prices).toEqual(
        (['eur', 'gbp', 'usd'] as const).map((currency) => ({
          currency_code: currency,
          amount: decimal(expected.prices[currency]),
          variant: { id: variant.id },
        })),
      );
    }
    expect(found.variants[0].prices[0].amount).toBe('19.50');
  });

  it('hides a soft-deleted variant from its product, unless the by-id query asks with_deleted', async () => {
    const variant = product('cap').variants[0];
    await supergraph.db.query('update product.product_variant set deleted_at = now() where id = $1', [variant.id]);
    try {
      const query = `query($id: ID!, $deleted: Boolean, $product: ID!) {
        product_variant(id: $id, with_deleted: $deleted) { sku }
        product_variants(filters: { product_id: [$product] }, with_deleted: $deleted) { metadata { count } }
        product(id: $product) { variants { sku } }
      }`;
      expect(await data(query, { id: variant.id, product: product('cap').id })).toEqual({
        product_variant: null,
        product_variants: { metadata: { count: 0 } },
        product: { variants: [] },
      });
      expect(await data(query, { id: variant.id, product: product('cap').id, deleted: true })).toEqual({
        product_variant: { sku: 'CAP-ONESIZE' },
        product_variants: { metadata: { count: 1 } },
        product: { variants: [] },
      });
    } finally {
      await supergraph.db.query('update product.product_variant set deleted_at = null where id = $1', [variant.id]);
    }
  });
});

describe('product categories', () => {
  interface CategoryRow {
    handle: string;
    name: string;
    mpath: string;
    rank: number;
    is_active: boolean;
    is_internal: boolean;
    parent_category_id: string | null;
  }
  async function categories(filters: string, order = 'rank,handle'): Promise<Page<CategoryRow>> {
    return (
      await data<{ product_categories: Page<CategoryRow> }>(
        `{ product_categories(filters: ${filters}, pagination: { order: "${order}", take: 50 }) {
          data { handle name mpath rank is_active is_internal parent_category_id } metadata { count skip take }
        } }`,
      )
    ).product_categories;
  }

  it('is a tree with materialized paths; an explicit null parent lists the roots', async () => {
    const roots = await categories('{ parent_category_id: null }');
    expect(roots.data.map((row) => row.handle)).toEqual(['clothing', 'accessories', 'shoes', 'archive']);
    for (const root of roots.data) expect(root.mpath).toBe(category(root.handle).id);

    const children = await categories(`{ parent_category_id: ["${category('clothing').id}"] }`);
    expect(children.data.map((row) => row.handle)).toEqual(['shirts', 'sweatshirts', 'pants']);
    for (const child of children.data)
      expect(child.mpath).toBe(`${category('clothing').id}.${category(child.handle).id}`);
    expect((await categories('{}')).metadata.count).toBe(7);
  });

  it('filters by flags, handles, ids and q, and sorts', async () => {
    expect((await categories('{ is_active: false }')).data.map((row) => row.handle)).toEqual(['archive']);
    expect((await categories('{ is_internal: true }')).data.map((row) => [row.handle, row.is_active])).toEqual([
      ['archive', false],
    ]);
    expect((await categories('{ handle: ["shoes", "pants"] }', 'handle')).data.map((row) => row.name)).toEqual([
      'Pants',
      'Shoes',
    ]);
    expect((await categories(`{ id: ["${category('shirts').id}"] }`)).data.map((row) => row.handle)).toEqual([
      'shirts',
    ]);
    expect((await categories('{ q: "SHIRT" }', 'name')).data.map((row) => row.name)).toEqual(['Shirts', 'Sweatshirts']);
    expect((await categories('{}', '-name')).data.map((row) => row.name)).toEqual(
      productCategories
        .map((row) => row.name)
        .sort()
        .reverse(),
    );
    expect((await categories(`{ created_at: { lt: "${new Date(CATALOG_TIME).toISOString()}" } }`)).metadata.count).toBe(
      0,
    );
  });

  it('walks parent, children and products', async () => {
    const { product_category } = await data<{ product_category: unknown }>(
      `query($id: ID!) { product_category(id: $id) {
        name description parent_category { name }
        category_children { name rank products { handle } category_children { name } }
      } }`,
      { id: category('clothing').id },
    );
    expect(product_category).toEqual({
      name: 'Clothing',
      description: 'Tops and bottoms for every day.',
      parent_category: null,
      category_children: [
        { name: 'Shirts', rank: 0, products: [{ handle: 't-shirt' }], category_children: [] },
        {
          name: 'Sweatshirts',
          rank: 1,
          products: byId([product('sweatshirt'), product('hoodie')]).map(({ handle }) => ({ handle })),
          category_children: [],
        },
        {
          name: 'Pants',
          rank: 2,
          products: byId([product('sweatpants'), product('shorts')]).map(({ handle }) => ({ handle })),
          category_children: [],
        },
      ],
    });
  });

  it('hides a soft-deleted category from the tree unless with_deleted', async () => {
    const shirts = category('shirts');
    await supergraph.db.query('update product.product_category set deleted_at = now() where id = $1', [shirts.id]);
    try {
      const query = `query($deleted: Boolean) {
        product_category(id: "${shirts.id}", with_deleted: $deleted) { handle }
        product_categories(with_deleted: $deleted) { metadata { count } }
        product(id: "${product('t-shirt').id}") { categories { handle } }
      }`;
      expect(await data(query)).toEqual({
        product_category: null,
        product_categories: { metadata: { count: 6 } },
        product: { categories: [] },
      });
      expect(await data(query, { deleted: true })).toEqual({
        product_category: { handle: 'shirts' },
        product_categories: { metadata: { count: 7 } },
        product: { categories: [] },
      });
    } finally {
      await supergraph.db.query('update product.product_category set deleted_at = null where id = $1', [shirts.id]);
    }
  });
});

describe('collections, tags and types', () => {
  it('lists collections with their products, filtered by handle, title and q', async () => {
    const { all, summer, essentials, none } = await data<
      Record<string, Page<{ title: string; handle: string; products: { handle: string }[] }>>
    >(`{
      all: product_collections(pagination: { order: "title" }) { data { title handle products { handle } } metadata { count skip take } }
      summer: product_collections(filters: { q: "SUMMER" }) { data { title handle products { handle } } metadata { count skip take } }
      essentials: product_collections(filters: { title: ["Essentials"], handle: ["essentials"] }) { data { title handle products { handle } } metadata { count skip take } }
      none: product_collections(filters: { handle: ["winter-2026"] }) { data { title handle products { handle } } metadata { count skip take } }
    }`);
    expect(all.data.map((row) => row.title)).toEqual(['Essentials', 'Summer 2026']);
    expect(all.metadata.count).toBe(2);
    expect(summer.data).toEqual([
      {
        title: 'Summer 2026',
        handle: 'summer-2026',
        products: byId(['t-shirt', 'shorts', 'cap', 'tote-bag'].map(product)).map(({ handle }) => ({ handle })),
      },
    ]);
    expect(essentials.data.map((row) => handlesOf(row.products))).toEqual([['hoodie', 'sweatpants', 'sweatshirt']]);
    expect(none).toEqual({ data: [], metadata: { count: 0, skip: 0, take: 20 } });
  });

  it('lists tags by value, with their products', async () => {
    const { product_tags } = await data<{ product_tags: Page<{ value: string; products: { handle: string }[] }> }>(
      `{ product_tags(pagination: { order: "-value" }) { data { value products { handle } } metadata { count } } }`,
    );
    expect(product_tags.data.map((row) => row.value)).toEqual(['unisex', 'organic', 'new', 'cotton', 'bestseller']);
    expect(handlesOf(product_tags.data.find((row) => row.value === 'cotton')!.products)).toEqual([
      'hoodie',
      'sweatpants',
      'sweatshirt',
      't-shirt',
    ]);
    const filtered = await data<{ a: Page<{ value: string }>; b: Page<{ value: string }>; c: { value: string } }>(`{
      a: product_tags(filters: { q: "o", value: ["cotton", "organic", "new"] }, pagination: { order: "value" }) { data { value } metadata { count skip take } }
      b: product_tags(filters: { id: ["${tag('new').id}"] }) { data { value } metadata { count skip take } }
      c: product_tag(id: "${tag('unisex').id}") { value }
    }`);
    expect(filtered.a.data.map((row) => row.value)).toEqual(['cotton', 'organic']);
    expect(filtered.b.data).toEqual([{ value: 'new' }]);
    expect(filtered.c).toEqual({ value: 'unisex' });
  });

  it('lists product types with their products', async () => {
    const { product_types, sweaters } = await data<{
      product_types: Page<{ value: string }>;
      sweaters: Page<{ value: string; products: { handle: string }[] }>;
    }>(`{
      product_types(pagination: { order: "value", take: 2, skip: 1 }) { data { value } metadata { count skip take } }
      sweaters: product_types(filters: { value: ["Sweaters"] }) { data { value products { handle } } metadata { count skip take } }
    }`);
    expect(product_types).toEqual({
      data: [{ value: 'Pants' }, { value: 'Shirts' }],
      metadata: { count: 5, skip: 1, take: 2 },
    });
    expect(handlesOf(sweaters.data[0].products)).toEqual(['hoodie', 'sweatshirt']);
    const { product_type } = await data<{ product_type: { value: string } }>(
      `{ product_type(id: "${type('Shoes').id}") { value } }`,
    );
    expect(product_type).toEqual({ value: 'Shoes' });
  });
});

describe('options, option values and images', () => {
  it('lists the shared and exclusive options with their ranked values and products', async () => {
    const { product_options, exclusive } = await data<{
      product_options: Page<{
        id: string;
        title: string;
        values: { value: string; rank: number; option: { title: string } }[];
        products: { handle: string }[];
      }>;
      exclusive: Page<{ title: string; products: { handle: string }[] }>;
    }>(`{
      product_options(pagination: { order: "title" }) { data { id title values { value rank option { title } } products { handle } } metadata { count } }
      exclusive: product_options(filters: { is_exclusive: true }) { data { title products { handle } } metadata { count } }
    }`);
    expect(product_options.data.map((row) => row.title)).toEqual(['Color', 'Shoe Size', 'Size']);
    const size = product_options.data.find((row) => row.title === 'Size')!;
    expect(size.id).toBe(option('size').id);
    expect(size.values).toEqual(
      ['S', 'M', 'L', 'XL', 'One Size'].map((value, rank) => ({ value, rank, option: { title: 'Size' } })),
    );
    expect(handlesOf(size.products)).toEqual(
      handlesOf(products.filter((candidate) => candidate.handle !== 'sneakers')),
    );
    expect(product_options.data.find((row) => row.title === 'Color')!.products).toHaveLength(8);
    expect(exclusive.data).toEqual([{ title: 'Shoe Size', products: [{ handle: 'sneakers' }] }]);

    const { by_title } = await data<{ by_title: Page<{ id: string }> }>(
      `{ by_title: product_options(filters: { title: ["Size", "Color"], id: ["${option('size').id}"] }) { data { id } metadata { count } } }`,
    );
    expect(by_title.data).toEqual([{ id: option('size').id }]);
  });

  it('walks from an option value to the variants made with it', async () => {
    const { product_option } = await data<{
      product_option: { values: { value: string; variants: { sku: string }[] }[] };
    }>(`{ product_option(id: "${option('size').id}") { values { value variants { sku } } } }`);
    const medium = product_option.values.find((value) => value.value === 'M')!;
    expect(medium.variants.map((variant) => variant.sku).sort()).toEqual([
      'HOODIE-M',
      'SHORTS-M',
      'SWEATPANTS-M',
      'SWEATSHIRT-M',
      'T-SHIRT-M',
    ]);
  });

  it("orders a product's images by rank and links each to the variants that show it", async () => {
    const { product: cap } = await data<{
      product: { images: { rank: number; url: string; variants: { sku: string }[] }[] };
    }>(`{ product(id: "${product('cap').id}") { images { rank url variants { sku } } } }`);
    expect(cap.images).toEqual([
      {
        rank: 0,
        url: 'https://medusa-public-images.s3.eu-west-1.amazonaws.com/cap-front.png',
        variants: [{ sku: 'CAP-ONESIZE' }],
      },
      { rank: 1, url: 'https://medusa-public-images.s3.eu-west-1.amazonaws.com/cap-side.png', variants: [] },
    ]);
  });
});

describe('no N+1 in the catalog', () => {
  it('a page of 8 products with every relation costs the same statements as a page of 2', async () => {
    const query = `query($take: Int!) { products(pagination: { take: $take }) { data {
      type { value } collection { title } tags { value } categories { name parent_category { name } }
      options { title values { value } } product_options { values { value } }
      images { url variants { sku } }
      variants { sku options { value option { title } } images { url } prices { amount } }
    } } }`;
    const two = await supergraph.count(() => supergraph.query(query, { take: 2 }));
    const eight = await supergraph.count(() => supergraph.query(query, { take: 8 }));
    expect(two.result.errors).toBeUndefined();
    expect(eight.result.errors).toBeUndefined();
    expect(eight.statements).toBe(two.statements);
    expect(eight.subgraphRequests).toEqual({ product: 1 });
  });
});

describe('bad input on the product lists', () => {
  it('an unknown sort field is BAD_USER_INPUT naming the sortable ones', async () => {
    for (const list of [
      'products',
      'product_variants',
      'product_categories',
      'product_collections',
      'product_tags',
      'product_types',
      'product_options',
    ]) {
      const response = await supergraph.query(`{ ${list}(pagination: { order: "-metadata" }) { data { id } } }`);
      expectBadInput(response, 'Unknown sort field "metadata"');
      expect(response.errors![0].message).toContain('created_at');
    }
  });

  it('a malformed date in a variable is BAD_USER_INPUT', async () => {
    const response = await supergraph.query(
      'query($range: DateTimeFilter) { products(filters: { created_at: $range }) { data { id } } }',
      {
        range: { gte: 'last tuesday' },
      },
    );
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('last tuesday');
  });

  it('a malformed id in a filter or by-id query is BAD_USER_INPUT naming the expected prefix', async () => {
    const cases: [string, string][] = [
      [`{ products(filters: { tag_id: ["${category('shoes').id}"] }) { data { id } } }`, 'filters.tag_id'],
      [`{ products(filters: { category_id: ["shoes"] }) { data { id } } }`, 'filters.category_id'],
      [`{ products(filters: { type_id: ["${tag('new').id}"] }) { data { id } } }`, 'expected "ptyp_"'],
      [
        `{ product_variants(filters: { product_id: ["${products[0].variants[0].id}"] }) { data { id } } }`,
        'filters.product_id',
      ],
      [`{ product_categories(filters: { parent_category_id: ["nope"] }) { data { id } } }`, 'expected "pcat_"'],
      [
        `{ product_collection(id: "${collection('essentials').id.replace('pcol', 'pcat')}") { id } }`,
        'expected "pcol_"',
      ],
      [`{ product_option(id: "opt_x") { id } }`, 'expected "opt_"'],
    ];
    for (const [query, mentions] of cases) expectBadInput(await supergraph.query(query), mentions);
  });

  it('unknown well-formed ids give null', async () => {
    const unknown = (prefix: string) => `${prefix}_01KDVDNA00ZZZZZZZZZZZZZZZZ`;
    expect(
      await data(`{
        product_category(id: "${unknown('pcat')}") { id } product_collection(id: "${unknown('pcol')}") { id }
        product_tag(id: "${unknown('ptag')}") { id } product_type(id: "${unknown('ptyp')}") { id } product_option(id: "${unknown('opt')}") { id }
      }`),
    ).toEqual({
      product_category: null,
      product_collection: null,
      product_tag: null,
      product_type: null,
      product_option: null,
    });
  });
});
