import type { Database, Queryable } from '../../kit/database';
import { badUserInput, conflict, notAllowed, notFound } from '../../kit/errors';
import { assertId, assertIds } from '../../kit/ids';
import { assertDistinct, assertNoNul, assertNotNegative, currencyCode, idMaker } from '../../kit/input';
import type { Model, NewRowOf } from '../../kit/model';
import { MAX_ROWS_PER_WRITE, uniqueConflict, withHandles } from '../../kit/writes';
import type {
  ProductCategoryCreateInput,
  ProductCategoryUpdateInput,
  ProductCreateInput,
  ProductImageInput,
  ProductUpdateInput,
  ProductVariantCreateInput,
  ProductVariantNestedInput,
  ProductVariantPriceInput,
  ProductVariantUpdateInput,
} from './generated/resolvers';
import { models, type ProductCategoryRow, type ProductRow, type ProductVariantRow } from './models';
import { createProductStore, type ProductStore } from './store';

/**
 * The product module's own writes (Medusa's ProductModuleService): products with their nested
 * options, variants, prices and images, variants on their own, and the category tree. Each call is
 * one transaction on the module's tables; checks that need no database run before it opens.
 */

type Row<M extends Model> = NewRowOf<M>;
type Inserts = { [K in keyof typeof models]?: Row<(typeof models)[K]>[] };

/** An option of a product as its variants name it: its title and its values' ids by value. */
interface OptionOf {
  title: string;
  values: Map<string, string>;
}

const T = {
  product: models.product.table,
  variant: models.product_variant.table,
  price: models.product_variant_price.table,
  image: models.image.table,
  category: models.product_category.table,
  productOption: models.product_product_option.table,
  productOptionValue: models.product_product_option_value.table,
  option: models.product_option.table,
  optionValue: models.product_option_value.table,
  variantOptions: models.product_variant_option.table,
  productTags: models.product_tags.table,
  productCategories: models.product_category_product.table,
};

const ENTITIES: Record<string, string> = {
  product: 'Product',
  product_variant: 'ProductVariant',
  product_variant_price: 'ProductVariantPrice',
  product_category: 'ProductCategory',
  product_option_value: 'ProductOptionValue',
};

/** A unique index's refusal as CONFLICT, naming the entity whose table refused. */
function catalogConflict(error: unknown) {
  const { table } = (error ?? {}) as { table?: string };
  return uniqueConflict(ENTITIES[table ?? ''] ?? 'Product', error);
}

/** Rows one create_products may write in all (products, variants, prices, options, images, pivots): a larger import is several calls. */
const MAX_ROWS_WRITTEN = 10 * MAX_ROWS_PER_WRITE;

function bounded(items: readonly unknown[], argument: string): void {
  if (items.length > MAX_ROWS_PER_WRITE)
    throw badUserInput(`${argument} may hold at most ${MAX_ROWS_PER_WRITE} rows, got ${items.length}`, { argument });
}

/** Medusa's isValidHandle: lower-case letters and digits, words joined by single dashes. */
function assertHandle(handle: string | null | undefined, argument: string): void {
  if (handle != null && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(handle))
    throw badUserInput(`Invalid product handle '${handle.slice(0, 200)}'. It must contain URL safe characters`, {
      argument,
    });
}

/** Refuses null for the columns of `model` that may not be null. */
function assertNotNull(model: Model, changes: Record<string, unknown>, argument: string): void {
  for (const [field, value] of Object.entries(changes)) {
    if (value === null && !(model.columns[field]?.spec.nullable ?? false))
      throw badUserInput(`${argument}.${field} cannot be null`, { argument: `${argument}.${field}` });
  }
}

/** The declared columns among an input's fields (the nested ones are the module's own). */
function columnsOf<M extends Model>(model: M, input: object): Row<M> {
  return Object.fromEntries(
    Object.entries(input).filter(([field, value]) => field in model.columns && value !== undefined),
  ) as Row<M>;
}

/** A variant's option values by option title (`{ "Size": "M" }`), as Medusa takes them. */
function optionsMap(value: unknown, argument: string): Record<string, string> {
  if (value == null) return {};
  if (typeof value !== 'object' || Array.isArray(value) || Object.values(value).some((v) => typeof v !== 'string'))
    throw badUserInput(`${argument} must map each option title to a value, e.g. { "Size": "M" }`, { argument });
  return value as Record<string, string>;
}

/**
 * Medusa's assignOptionsToVariants: the ids of the values a variant names, one of every option of
 * its product, each one the product offers.
 */
function variantValueIds(title: string, given: Record<string, string>, options: OptionOf[], argument: string) {
  const provided = Object.keys(given).length;
  if (provided !== options.length)
    throw badUserInput(
      `Product has ${options.length} but there were ${provided} provided option values for the variant: ${title}.`,
      { argument },
    );
  return Object.entries(given).map(([key, value]) => {
    const id = options.find((option) => option.title === key)?.values.get(value);
    if (!id) throw badUserInput(`Option value ${value} does not exist for option ${key}`, { argument });
    return id;
  });
}

const sameValues = (a: readonly string[], b: readonly string[]) =>
  a.length > 0 && a.length === b.length && a.every((id) => b.includes(id));

/** A variant's prices, one per currency. */
function priceRows(prices: readonly ProductVariantPriceInput[], variantId: string, argument: string, newId: NewId) {
  bounded(prices, argument);
  const rows = prices.map((price, index) => {
    const currency = currencyCode(price.currency_code, `${argument}[${index}].currency_code`);
    assertNotNegative(price.amount, `${argument}[${index}].amount`);
    return { id: newId('price'), variant_id: variantId, currency_code: currency, amount: price.amount };
  });
  assertDistinct(
    rows.map((row) => row.currency_code),
    `${argument} (currency_code)`,
  );
  return rows;
}

function imageRows(images: readonly ProductImageInput[], productId: string, newId: NewId) {
  return images.map((image, rank) => ({
    id: newId('img'),
    url: image.url,
    metadata: image.metadata ?? null,
    rank,
    product_id: productId,
  }));
}

type NewId = (prefix: string) => string;

type VariantInput = ProductVariantNestedInput | ProductVariantCreateInput;

/** A variant's own row, its option values and its prices. */
function variantRows(
  input: VariantInput,
  id: string,
  productId: string,
  rank: number,
  valueIds: string[],
  argument: string,
  newId: NewId,
): Inserts {
  const { options: _options, prices, product_id: _product, ...fields } = input as ProductVariantCreateInput;
  return {
    product_variant: [{ variant_rank: rank, ...columnsOf(models.product_variant, fields), id, product_id: productId }],
    product_variant_option: valueIds.map((option_value_id) => ({ variant_id: id, option_value_id })),
    product_variant_price: priceRows(prices ?? [], id, `${argument}.prices`, newId),
  };
}

function merge(into: Inserts, more: Inserts): Inserts {
  for (const [name, rows] of Object.entries(more) as [keyof Inserts, Row<Model>[]][]) {
    (into[name] as Row<Model>[] | undefined) = [...((into[name] as Row<Model>[] | undefined) ?? []), ...rows];
  }
  return into;
}

/** Medusa's createProducts for one product: its rows in every table, checked as Medusa checks them. */
function productRows(item: ProductCreateInput, id: string, argument: string, newId: NewId): Inserts {
  const { options, variants, images, tag_ids, category_ids, ...fields } = item;
  const lists = { options, variants, images, tag_ids, category_ids };
  for (const [name, list] of Object.entries(lists)) bounded(list ?? [], `${argument}.${name}`);
  for (const [index, option] of (options ?? []).entries())
    bounded(option.values, `${argument}.options[${index}].values`);
  for (const [index, variant] of (variants ?? []).entries())
    bounded(variant.prices ?? [], `${argument}.variants[${index}].prices`);
  const product = withHandles(models.product, { ...columnsOf(models.product, fields), id }) as Row<
    typeof models.product
  >;
  // As Medusa, after the handle is made from the title: a title like `-Sale-` gives no URL-safe handle.
  if (product.handle) assertHandle(product.handle, `${argument}.handle`);
  if (product.is_giftcard) product.discountable = false;
  if (!product.thumbnail && images?.length) product.thumbnail = images[0].url;
  const rows: Inserts = {
    product: [product],
    image: imageRows(images ?? [], id, newId),
    product_tags: (assertIds(tag_ids, 'ptag', `${argument}.tag_ids`) ?? []).map((tag) => ({
      product_id: id,
      product_tag_id: tag,
    })),
    product_category_product: (assertIds(category_ids, 'pcat', `${argument}.category_ids`) ?? []).map((category) => ({
      product_id: id,
      product_category_id: category,
    })),
  };
  assertDistinct(tag_ids ?? [], `${argument}.tag_ids`);
  assertDistinct(category_ids ?? [], `${argument}.category_ids`);
  // Options are the product's own (exclusive), each with the values it offers.
  const optionsOf: OptionOf[] = [];
  assertDistinct(
    (options ?? []).map((option) => option.title),
    `${argument}.options (title)`,
  );
  for (const [index, option] of (options ?? []).entries()) {
    assertDistinct(option.values, `${argument}.options[${index}].values`);
    const optionId = newId('opt');
    const pivot = newId('prodopt');
    const values = option.values.map((value, rank) => ({ id: newId('optval'), value, rank, option_id: optionId }));
    optionsOf.push({ title: option.title, values: new Map(values.map((value) => [value.value, value.id])) });
    merge(rows, {
      product_option: [{ id: optionId, title: option.title, is_exclusive: true }],
      product_option_value: values,
      product_product_option: [{ id: pivot, product_id: id, product_option_id: optionId }],
      product_product_option_value: values.map((value) => ({
        id: newId('prodoptval'),
        product_product_option_id: pivot,
        product_option_value_id: value.id,
      })),
    });
  }
  // Medusa's validateProductCreatePayload: every variant gives a value of every option.
  const missing = (variants ?? []).filter((variant) => {
    const given = optionsMap(variant.options, `${argument}.variants`);
    return optionsOf.some((option) => !given[option.title]);
  });
  if (optionsOf.length > 0 && missing.length > 0)
    throw badUserInput(
      `Product "${item.title}" has variants with missing options: [${missing.map((variant) => variant.title).join(', ')}]`,
      { argument: `${argument}.variants` },
    );
  const made: { title: string; values: string[] }[] = [];
  for (const [index, variant] of (variants ?? []).entries()) {
    const path = `${argument}.variants[${index}]`;
    const variantId = variant.id == null ? newId('variant') : assertId(variant.id, 'variant', `${path}.id`);
    const valueIds = variantValueIds(
      variant.title,
      optionsMap(variant.options, `${path}.options`),
      optionsOf,
      `${path}.options`,
    );
    const twin = made.find((other) => sameValues(valueIds, other.values));
    if (twin)
      throw badUserInput(`Variant "${twin.title}" has same combination of option values as "${variant.title}".`, {
        argument: `${argument}.variants`,
      });
    made.push({ title: variant.title, values: valueIds });
    merge(rows, variantRows(variant, variantId, id, index, valueIds, path, newId));
  }
  return rows;
}

/** The ids among `ids` that have no live row in `table`. */
async function missingIds(tx: Queryable, table: string, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = await tx.query<{ id: string }>(
    `select id from ${table} where id = any($1::text[]) and deleted_at is null`,
    [unique],
  );
  const live = new Set(found.map((row) => row.id));
  return unique.filter((id) => !live.has(id));
}

/** Refuses references to rows that are not there: NOT_FOUND naming the first, as Medusa's services do. */
async function assertReferences(tx: Queryable, rows: Inserts): Promise<void> {
  const checks: [string, string, string[]][] = [
    ['ProductType', models.product_type.table, (rows.product ?? []).flatMap((p) => (p.type_id ? [p.type_id] : []))],
    [
      'ProductCollection',
      models.product_collection.table,
      (rows.product ?? []).flatMap((p) => (p.collection_id ? [p.collection_id] : [])),
    ],
    ['ProductTag', models.product_tag.table, (rows.product_tags ?? []).map((pivot) => pivot.product_tag_id!)],
    [
      'ProductCategory',
      models.product_category.table,
      (rows.product_category_product ?? []).map((pivot) => pivot.product_category_id!),
    ],
  ];
  for (const [entity, table, ids] of checks) {
    const [missing] = await missingIds(tx, table, ids);
    if (missing) throw notFound(`${entity} with id: ${missing} was not found`, { id: missing });
  }
}

/** Inserts the rows of every table, parents before children. */
async function insertAll(store: ProductStore, rows: Inserts): Promise<void> {
  const order: (keyof Inserts)[] = [
    'product',
    'image',
    'product_tags',
    'product_category_product',
    'product_option',
    'product_option_value',
    'product_product_option',
    'product_product_option_value',
    'product_variant',
    'product_variant_option',
    'product_variant_price',
  ];
  for (const name of order) {
    const table = store[name] as unknown as { insert(rows: readonly Row<Model>[]): Promise<void> };
    await table.insert((rows[name] as Row<Model>[] | undefined) ?? []);
  }
}

/** The options each product offers, with their values' ids by value. */
async function optionsByProduct(tx: Queryable, productIds: readonly string[]): Promise<Map<string, OptionOf[]>> {
  const rows = await tx.query<{
    product_id: string;
    option_id: string;
    title: string;
    value_id: string;
    value: string;
  }>(
    `select pp.product_id, o.id as option_id, o.title, v.id as value_id, v.value
       from ${T.productOption} pp
       join ${T.option} o on o.id = pp.product_option_id and o.deleted_at is null
       join ${T.productOptionValue} ppv on ppv.product_product_option_id = pp.id and ppv.deleted_at is null
       join ${T.optionValue} v on v.id = ppv.product_option_value_id and v.deleted_at is null
      where pp.product_id = any($1::text[]) and pp.deleted_at is null
      order by pp.id, v.rank, v.id`,
    [productIds],
  );
  const byProduct = new Map<string, Map<string, OptionOf>>();
  for (const row of rows) {
    const options = byProduct.get(row.product_id) ?? new Map<string, OptionOf>();
    byProduct.set(row.product_id, options);
    const option = options.get(row.option_id) ?? { title: row.title, values: new Map<string, string>() };
    options.set(row.option_id, option);
    option.values.set(row.value, row.value_id);
  }
  return new Map([...byProduct].map(([product, options]) => [product, [...options.values()]]));
}

/** The live variants of the products, each with the ids of its option values. */
async function variantsWithValues(tx: Queryable, productIds: readonly string[]) {
  return tx.query<{ id: string; title: string; product_id: string; values: string[] }>(
    `select v.id, v.title, v.product_id,
            coalesce(array_agg(o.option_value_id) filter (where o.option_value_id is not null), '{}') as values
       from ${T.variant} v left join ${T.variantOptions} o on o.variant_id = v.id
      where v.product_id = any($1::text[]) and v.deleted_at is null
      group by v.id, v.title, v.product_id`,
    [productIds],
  );
}

/** Medusa's checkIfVariantWithOptionsAlreadyExists: no other live variant of the product has these values. */
function assertNoTwin(
  variants: { id: string; title: string; product_id: string; values: string[] }[],
  variant: { id: string; product_id: string; values: string[] },
  argument: string,
): void {
  const twin = variants.find(
    (other) =>
      other.product_id === variant.product_id && other.id !== variant.id && sameValues(variant.values, other.values),
  );
  if (twin) throw badUserInput(`Variant (${twin.title}) with provided options already exists.`, { argument });
}

/** Soft-deletes the live prices of the variants, in the transaction's time (`now()`), as their variants. */
const softDeletePrices = (tx: Queryable, variantIds: readonly string[]) =>
  tx.query(
    `update ${T.price} set deleted_at = now(), updated_at = now() where variant_id = any($1::text[]) and deleted_at is null`,
    [variantIds],
  );

/** Rows in the order of the ids asked for. */
function inOrder<R extends { id: string }>(ids: readonly string[], rows: readonly R[]): R[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}

/** Medusa's repeat rule: a caller's id that was deleted is not used again; one that exists is returned. */
function alreadyMade(rows: { id: string; deleted_at: Date | null }[], entity: string): Set<string> {
  const gone = rows.find((row) => row.deleted_at);
  if (gone) throw conflict(`${entity} ${gone.id} was deleted; its id is not used again`, { id: gone.id });
  return new Set(rows.map((row) => row.id));
}

export function createProductMutations(db: Database) {
  const inTransaction = async <R>(work: (store: ProductStore, tx: Queryable) => Promise<R>): Promise<R> => {
    try {
      return await db.transaction((tx) => work(createProductStore(tx), tx));
    } catch (error) {
      throw catalogConflict(error) ?? error;
    }
  };

  /** The category's siblings at rank `from` and after (or up to `to`) move by `by`. */
  const shiftSiblings = (
    tx: Queryable,
    parent: string | null,
    by: 1 | -1,
    from: number,
    to: number | null = null,
    except: string | null = null,
  ) =>
    tx.query(
      `update ${T.category} set rank = rank + $2, updated_at = now()
        where parent_category_id is not distinct from $1 and deleted_at is null and rank >= $3
          and ($4::int is null or rank <= $4) and ($5::text is null or id <> $5)`,
      [parent, by, from, to, except],
    );
  const countChildren = async (tx: Queryable, parent: string | null, except: string | null = null) =>
    Number(
      (
        await tx.query<{ count: string }>(
          `select count(*) as count from ${T.category}
            where parent_category_id is not distinct from $1 and deleted_at is null and ($2::text is null or id <> $2)`,
          [parent, except],
        )
      )[0].count,
    );
  const liveCategory = async (store: ProductStore, id: string) => (await store.product_category.byKeys([id]))[0];

  return {
    async createProducts(items: ProductCreateInput[]): Promise<ProductRow[]> {
      bounded(items, 'data');
      items.forEach((item, index) => assertNoNul(item, `data[${index}]`));
      const newId = idMaker();
      const ids = items.map((item, index) =>
        item.id == null ? newId('prod') : assertId(item.id, 'prod', `data[${index}].id`),
      );
      assertDistinct(ids, 'data (id)');
      const planned = items.map((item, index) => productRows(item, ids[index], `data[${index}]`, newId));
      const written = planned.reduce(
        (sum, plan) => sum + Object.values(plan).reduce((rows, list) => rows + (list?.length ?? 0), 0),
        0,
      );
      if (written > MAX_ROWS_WRITTEN)
        throw badUserInput(`data would write ${written} rows, more than ${MAX_ROWS_WRITTEN} in one call`, {
          argument: 'data',
        });
      return inTransaction(async (store, tx) => {
        const made = alreadyMade(await store.product.byKeys(ids, { withDeleted: true }), 'Product');
        const rows = planned
          .filter((_plan, index) => !made.has(ids[index]))
          .reduce<Inserts>((all, plan) => merge(all, plan), {});
        await assertReferences(tx, rows);
        await insertAll(store, rows);
        return inOrder(ids, await store.product.byKeys(ids));
      });
    },

    async updateProducts(id: string, data: ProductUpdateInput): Promise<ProductRow> {
      assertId(id, 'prod');
      assertNoNul(data, 'data');
      assertNotNull(models.product, data, 'data');
      for (const field of ['tag_ids', 'category_ids', 'images'] as const)
        if (data[field] === null) throw badUserInput(`data.${field} cannot be null`, { argument: `data.${field}` });
      assertHandle(data.handle, 'data.handle');
      const { tag_ids, category_ids, images, ...fields } = data;
      for (const [name, list] of Object.entries({ tag_ids, category_ids, images })) bounded(list ?? [], `data.${name}`);
      const changes: Row<typeof models.product> = columnsOf(models.product, fields);
      // Medusa: a gift card is never discountable.
      if (changes.is_giftcard) changes.discountable = false;
      const nested: Inserts = {
        product_tags: (assertIds(tag_ids, 'ptag', 'data.tag_ids') ?? []).map((tag) => ({
          product_id: id,
          product_tag_id: tag,
        })),
        product_category_product: (assertIds(category_ids, 'pcat', 'data.category_ids') ?? []).map((category) => ({
          product_id: id,
          product_category_id: category,
        })),
        image: imageRows(images ?? [], id, idMaker()),
      };
      assertDistinct(tag_ids ?? [], 'data.tag_ids');
      assertDistinct(category_ids ?? [], 'data.category_ids');
      return inTransaction(async (store, tx) => {
        if ((await store.product.byKeys([id])).length === 0)
          throw notFound(`Product with id: ${id} was not found`, { id });
        await assertReferences(tx, { ...nested, product: [changes] });
        const row = await store.product.update(id, changes);
        if (tag_ids) {
          await tx.query(`delete from ${T.productTags} where product_id = $1`, [id]);
          await store.product_tags.insert(nested.product_tags!);
        }
        if (category_ids) {
          await tx.query(`delete from ${T.productCategories} where product_id = $1`, [id]);
          await store.product_category_product.insert(nested.product_category_product!);
        }
        if (images) {
          await tx.query(
            `update ${T.image} set deleted_at = now(), updated_at = now() where product_id = $1 and deleted_at is null`,
            [id],
          );
          await store.image.insert(nested.image!);
        }
        return row!;
      });
    },

    /** Medusa's softDeleteProducts: the products, and with them their variants, prices, images and options. */
    async softDeleteProducts(ids: string[]): Promise<string[]> {
      const keys = assertIds(ids, 'prod', 'ids') ?? [];
      return inTransaction(async (store, tx) => {
        const deleted = await store.product.softDelete(keys);
        if (deleted.length === 0) return [];
        // now() is the transaction's time: what the products take with them carries their deleted_at.
        const variants = await tx.query<{ id: string }>(
          `update ${T.variant} set deleted_at = now(), updated_at = now()
            where product_id = any($1::text[]) and deleted_at is null returning id`,
          [deleted],
        );
        await softDeletePrices(
          tx,
          variants.map((variant) => variant.id),
        );
        await tx.query(
          `update ${T.image} set deleted_at = now(), updated_at = now() where product_id = any($1::text[]) and deleted_at is null`,
          [deleted],
        );
        await tx.query(
          `update ${T.productOptionValue} set deleted_at = now(), updated_at = now()
            where deleted_at is null and product_product_option_id in
              (select id from ${T.productOption} where product_id = any($1::text[]) and deleted_at is null)`,
          [deleted],
        );
        await tx.query(
          `update ${T.productOption} set deleted_at = now(), updated_at = now() where product_id = any($1::text[]) and deleted_at is null`,
          [deleted],
        );
        return [...new Set(keys)].filter((id) => deleted.includes(id));
      });
    },

    /** Medusa's restoreProducts: the products, and what their soft delete took with them (same deleted_at). */
    async restoreProducts(ids: string[]): Promise<string[]> {
      const keys = assertIds(ids, 'prod', 'ids') ?? [];
      return inTransaction(async (store, tx) => {
        const gone = `select id, deleted_at from ${T.product} where id = any($1::text[]) and deleted_at is not null`;
        await tx.query(
          `update ${T.price} pr set deleted_at = null, updated_at = now()
             from ${T.variant} v, (${gone}) p
            where pr.variant_id = v.id and v.product_id = p.id and pr.deleted_at = p.deleted_at`,
          [keys],
        );
        for (const table of [T.variant, T.image, T.productOption])
          await tx.query(
            `update ${table} c set deleted_at = null, updated_at = now()
               from (${gone}) p where c.product_id = p.id and c.deleted_at = p.deleted_at`,
            [keys],
          );
        await tx.query(
          `update ${T.productOptionValue} c set deleted_at = null, updated_at = now()
             from ${T.productOption} pp, (${gone}) p
            where c.product_product_option_id = pp.id and pp.product_id = p.id and c.deleted_at = p.deleted_at`,
          [keys],
        );
        const restored = await store.product.restore(keys);
        return [...new Set(keys)].filter((id) => restored.includes(id));
      });
    },

    async createProductVariants(items: ProductVariantCreateInput[]): Promise<ProductVariantRow[]> {
      bounded(items, 'data');
      items.forEach((item, index) => assertNoNul(item, `data[${index}]`));
      const newId = idMaker();
      const ids = items.map((item, index) =>
        item.id == null ? newId('variant') : assertId(item.id, 'variant', `data[${index}].id`),
      );
      assertDistinct(ids, 'data (id)');
      const productIds = items.map((item, index) => assertId(item.product_id, 'prod', `data[${index}].product_id`));
      return inTransaction(async (store, tx) => {
        const made = alreadyMade(await store.product_variant.byKeys(ids, { withDeleted: true }), 'ProductVariant');
        const [missing] = await missingIds(tx, T.product, productIds);
        if (missing) throw notFound(`Product with id: ${missing} was not found`, { id: missing });
        const options = await optionsByProduct(tx, productIds);
        const existing = await variantsWithValues(tx, productIds);
        const rows: Inserts = {};
        for (const [index, item] of items.entries()) {
          if (made.has(ids[index])) continue;
          const path = `data[${index}]`;
          const values = variantValueIds(
            item.title,
            optionsMap(item.options, `${path}.options`),
            options.get(productIds[index]) ?? [],
            `${path}.options`,
          );
          const variant = { id: ids[index], title: item.title, product_id: productIds[index], values };
          assertNoTwin(existing, variant, `${path}.options`);
          existing.push(variant);
          merge(rows, variantRows(item, ids[index], productIds[index], item.variant_rank ?? 0, values, path, newId));
        }
        await insertAll(store, rows);
        return inOrder(ids, await store.product_variant.byKeys(ids));
      });
    },

    async updateProductVariants(id: string, data: ProductVariantUpdateInput): Promise<ProductVariantRow> {
      assertId(id, 'variant');
      assertNoNul(data, 'data');
      assertNotNull(models.product_variant, data, 'data');
      if (data.prices === null) throw badUserInput('data.prices cannot be null', { argument: 'data.prices' });
      const { options, prices, ...fields } = data;
      bounded(prices ?? [], 'data.prices');
      const newPrices = prices ? priceRows(prices, id, 'data.prices', idMaker()) : undefined;
      return inTransaction(async (store, tx) => {
        const [variant] = await store.product_variant.byKeys([id]);
        if (!variant) throw notFound(`ProductVariant with id: ${id} was not found`, { id });
        const row = await store.product_variant.update(id, columnsOf(models.product_variant, fields));
        if (options !== undefined && variant.product_id) {
          const values = variantValueIds(
            variant.title,
            optionsMap(options, 'data.options'),
            (await optionsByProduct(tx, [variant.product_id])).get(variant.product_id) ?? [],
            'data.options',
          );
          assertNoTwin(
            await variantsWithValues(tx, [variant.product_id]),
            { id, product_id: variant.product_id, values },
            'data.options',
          );
          await tx.query(`delete from ${T.variantOptions} where variant_id = $1`, [id]);
          await store.product_variant_option.insert(
            values.map((option_value_id) => ({ variant_id: id, option_value_id })),
          );
        }
        if (newPrices) {
          await softDeletePrices(tx, [id]);
          await store.product_variant_price.insert(newPrices);
        }
        return row!;
      });
    },

    /** Medusa's softDeleteProductVariants, with their prices (the pricing module's, here the stand-in's). */
    async softDeleteProductVariants(ids: string[]): Promise<string[]> {
      const keys = assertIds(ids, 'variant', 'ids') ?? [];
      return inTransaction(async (store, tx) => {
        const deleted = await store.product_variant.softDelete(keys);
        await softDeletePrices(tx, deleted);
        return [...new Set(keys)].filter((id) => deleted.includes(id));
      });
    },

    /**
     * Medusa's createProductCategories (its repository's create): in the order given, each one's
     * rank among its siblings (last when left out or beyond; the others at and after it move down)
     * and its mpath below its parent.
     */
    async createProductCategories(items: ProductCategoryCreateInput[]): Promise<ProductCategoryRow[]> {
      bounded(items, 'data');
      items.forEach((item, index) => assertNoNul(item, `data[${index}]`));
      const newId = idMaker();
      const ids = items.map((item, index) =>
        item.id == null ? newId('pcat') : assertId(item.id, 'pcat', `data[${index}].id`),
      );
      assertDistinct(ids, 'data (id)');
      items.forEach((item, index) => {
        if (item.rank != null && item.rank < 0)
          throw badUserInput(`data[${index}].rank must be 0 or more`, { argument: `data[${index}].rank` });
        if (item.parent_category_id != null)
          assertId(item.parent_category_id, 'pcat', `data[${index}].parent_category_id`);
      });
      return inTransaction(async (store, tx) => {
        const made = alreadyMade(await store.product_category.byKeys(ids, { withDeleted: true }), 'ProductCategory');
        for (const [index, item] of items.entries()) {
          const id = ids[index];
          if (made.has(id)) continue;
          const parentId = item.parent_category_id ?? null;
          const parent = parentId ? await liveCategory(store, parentId) : null;
          if (parentId && !parent)
            throw badUserInput(`Parent category with id: '${parentId}' does not exist`, {
              argument: `data[${index}].parent_category_id`,
            });
          const siblings = await countChildren(tx, parentId);
          const rank = Math.min(item.rank ?? siblings, siblings);
          if (rank < siblings) await shiftSiblings(tx, parentId, 1, rank);
          await store.product_category.insert([
            withHandles(models.product_category, {
              ...columnsOf(models.product_category, item),
              id,
              rank,
              parent_category_id: parentId,
              mpath: parent ? `${parent.mpath}.${id}` : id,
            }),
          ]);
        }
        return inOrder(ids, await store.product_category.byKeys(ids));
      });
    },

    /**
     * Medusa's updateProductCategories: a new parent moves the category and its subtree (their
     * mpath), last among its new siblings unless a rank is given, closing the gap it leaves; a new
     * rank alone moves its siblings between the two places.
     */
    async updateProductCategories(id: string, data: ProductCategoryUpdateInput): Promise<ProductCategoryRow> {
      assertId(id, 'pcat');
      assertNoNul(data, 'data');
      const { parent_category_id: parentGiven, ...rest } = data;
      assertNotNull(models.product_category, rest, 'data');
      if (data.rank != null && data.rank < 0)
        throw badUserInput('data.rank must be 0 or more', { argument: 'data.rank' });
      if (parentGiven != null) assertId(parentGiven, 'pcat', 'data.parent_category_id');
      return inTransaction(async (store, tx) => {
        const category = await liveCategory(store, id);
        if (!category) throw notFound(`ProductCategory with id: ${id} was not found`, { id });
        const changes: Row<typeof models.product_category> = columnsOf(models.product_category, rest);
        const moves = parentGiven !== undefined && parentGiven !== category.parent_category_id;
        if (moves) {
          const parent = parentGiven ? await liveCategory(store, parentGiven) : null;
          if (parentGiven && !parent)
            throw badUserInput(`Parent category with id: '${parentGiven}' does not exist`, {
              argument: 'data.parent_category_id',
            });
          if (parent && (parent.id === id || parent.mpath.startsWith(`${category.mpath}.`)))
            throw badUserInput(`A category cannot be moved below itself (${parent.id})`, {
              argument: 'data.parent_category_id',
            });
          const siblings = await countChildren(tx, parentGiven);
          const rank = Math.min(data.rank ?? siblings, siblings);
          if (rank < siblings) await shiftSiblings(tx, parentGiven, 1, rank);
          await shiftSiblings(tx, category.parent_category_id, -1, category.rank + 1, null, id);
          const mpath = parent ? `${parent.mpath}.${id}` : id;
          await tx.query(
            `update ${T.category} set mpath = $2 || substr(mpath, length($1) + 1), updated_at = now()
              where mpath like $1 || '.%'`,
            [category.mpath, mpath],
          );
          Object.assign(changes, { parent_category_id: parentGiven, rank, mpath });
        } else if (data.rank != null && data.rank !== category.rank) {
          const rank = Math.min(data.rank, await countChildren(tx, category.parent_category_id, id));
          if (rank > category.rank)
            await shiftSiblings(tx, category.parent_category_id, -1, category.rank + 1, rank, id);
          else await shiftSiblings(tx, category.parent_category_id, 1, rank, category.rank - 1, id);
          changes.rank = rank;
        }
        return (await store.product_category.update(id, changes))!;
      });
    },

    /** Medusa's softDeleteProductCategories: never one with children; its later siblings move up. */
    async softDeleteProductCategories(ids: string[]): Promise<string[]> {
      const keys = [...new Set(assertIds(ids, 'pcat', 'ids') ?? [])];
      return inTransaction(async (store, tx) => {
        const deleted: string[] = [];
        for (const id of keys) {
          const category = await liveCategory(store, id);
          if (!category) continue;
          if ((await countChildren(tx, id)) > 0)
            throw notAllowed(`Deleting ProductCategory (${id}) with category children is not allowed`, { id });
          await store.product_category.softDelete([id]);
          await shiftSiblings(tx, category.parent_category_id, -1, category.rank + 1);
          deleted.push(id);
        }
        return deleted;
      });
    },
  };
}

export type ProductMutations = ReturnType<typeof createProductMutations>;
