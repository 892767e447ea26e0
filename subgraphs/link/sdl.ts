import { cardinality, links, pivotTypeName, type LinkDefinition, type LinkSide } from './links';
import { DateTime, JSONScalar } from '../../kit/scalars';

/**
 * The link subgraph's schema, written from the link declarations (`npm run codegen` writes it to
 * schema.graphql; a test fails when the committed file and the declarations disagree).
 */

const GRAPHQL_TYPES = { integer: 'Int', text: 'String', boolean: 'Boolean' } as const;

/** `sales_channel` → `SalesChannel`. */
const pascal = (name: string) =>
  name
    .split(/[_-]/)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');

/** Each side's entity gets a field to the other side, and one to the pivot row(s). */
export interface EntityField {
  link: LinkDefinition;
  /** The side whose entity has the field. */
  from: LinkSide;
  /** The side the field leads to. */
  to: LinkSide;
}

export function entityFields(): Map<string, EntityField[]> {
  const byEntity = new Map<string, EntityField[]>();
  for (const link of links) {
    link.sides.forEach((from, index) => {
      const to = link.sides[1 - index];
      const fields = byEntity.get(from.entity) ?? [];
      fields.push({ link, from, to });
      byEntity.set(from.entity, fields);
    });
  }
  return byEntity;
}

/** Medusa's module keys and their linkable keys, from the declarations: `payment` → [payment_collection_id, …]. */
export function moduleKeys(): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const link of links) {
    for (const side of link.sides) {
      const known = keys.get(side.module) ?? [];
      if (!known.includes(side.key)) known.push(side.key);
      keys.set(side.module, known);
    }
  }
  return keys;
}

/** What a page of a list costs (gateway/cost.ts): `pagination.take` rows, at most 200. */
const PAGED_LIST = '@listSize(assumedSize: 200)';
const PAGED_WRAPPER = '@listSize(assumedSize: 200, sizedFields: ["data"])';

/** A field's access declaration in the schema (kit/access.ts); admin-only fields declare nothing. */
const ACCESS = { guest: ' @requiresScopes(scopes: [["guest"]])', customer: ' @authenticated' } as const;

function entityType(entity: string, fields: EntityField[]): string {
  const lines = [`type ${entity} @key(fields: "id") {`, '  id: ID!'];
  for (const { link, to } of fields) {
    const pivot = pivotTypeName(link);
    const kind = `Stored link \`${link.table}\` (${cardinality(link)})`;
    if (to.many) {
      // Nullable, so a module that cannot answer, or a reader who may not read it, nulls only this list
      // (with an error naming it), not its parent.
      lines.push(
        `  "${kind}: the ${to.entity} records linked to this ${fields[0].from.entity}, oldest link first; null only when the ${to.module} module cannot answer or the reader may not read it."`,
      );
      lines.push(
        `  ${to.field}(pagination: Pagination): [${to.entity}!]${to.readBy ? ACCESS[to.readBy] : ''} ${PAGED_LIST}`,
      );
      lines.push(`  "The \`${link.table}\` pivot rows behind \`${to.field}\` (admin users only)."`);
      lines.push(`  ${to.field}_link(pagination: Pagination): [${pivot}!] ${PAGED_LIST}`);
    } else {
      lines.push(`  "${kind}: the ${to.entity} linked to this ${fields[0].from.entity}, if any."`);
      lines.push(`  ${to.field}: ${to.entity}${to.readBy ? ACCESS[to.readBy] : ''}`);
      lines.push(`  "The \`${link.table}\` pivot row behind \`${to.field}\` (admin users only)."`);
      lines.push(`  ${to.field}_link: ${pivot}`);
    }
  }
  lines.push('}');
  return lines.join('\n');
}

function pivotTypes(link: LinkDefinition): string {
  const pivot = pivotTypeName(link);
  const [a, b] = link.sides;
  const extras = Object.entries(link.extraColumns ?? {});
  return [
    `"A row of the \`${link.table}\` pivot: ${link.description.replace(/"/g, '\\"')}"`,
    `type ${pivot} {`,
    `  "\`${link.idPrefix}_\` + ULID."`,
    '  id: ID!',
    `  ${a.key}: ID!`,
    `  ${b.key}: ID!`,
    ...extras.flatMap(([name, column]) => [`  "${column.description}"`, `  ${name}: ${GRAPHQL_TYPES[column.type]}!`]),
    '  created_at: DateTime!',
    '  updated_at: DateTime!',
    '  "Set when the link was dismissed or deleted."',
    '  deleted_at: DateTime',
    `  ${singular(a)}: ${a.entity}!`,
    `  ${singular(b)}: ${b.entity}!`,
    '}',
    '',
    `"A page of \`${link.table}\` pivot rows."`,
    `type ${pivot}List {`,
    `  data: [${pivot}!]!`,
    '  metadata: PageMetadata!',
    '}',
    '',
    `"Filters on \`${link.table}\` pivot rows; a list matches any of its values."`,
    `input ${pivot}Filters {`,
    `  id: [ID!]`,
    `  ${a.key}: [ID!]`,
    `  ${b.key}: [ID!]`,
    '  created_at: DateTimeFilter',
    '  updated_at: DateTimeFilter',
    '}',
  ].join('\n');
}

/** The pivot row's field for a side: the entity name in snake case (`payment_collection`). */
export function singular(side: LinkSide): string {
  return side.key.replace(/_id$/, '');
}

export function linkSchemaSdl(): string {
  const modules = moduleKeys();
  const entities = [...entityFields()].map(([entity, fields]) => entityType(entity, fields));
  const sections = [
    'extend schema\n  @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@requiresScopes", "@authenticated", "@cost", "@listSize"])',
    [
      '# The link module: it owns the pivot tables of the stored links between modules and adds the',
      '# link fields to both sides. The entities here carry only their id; every other field comes',
      '# from the owning subgraph. A link field is readable by admin users only unless its declaration',
      '# opens it (`readBy`); the pivot rows, their lists and the Link API are for admin users only.',
      '#',
      '# Generated from the declarations in subgraphs/link/links by `npm run codegen`: do not edit.',
    ].join('\n'),
    [
      'type Query {',
      ...links.flatMap((link) => [
        `  "Rows of the \`${link.table}\` pivot (${cardinality(link)}), oldest first; Medusa's \`query.graph({ entity: \\"${link.table}\\" })\`."`,
        `  ${link.table}(filters: ${pivotTypeName(link)}Filters, pagination: Pagination, with_deleted: Boolean = false): ${pivotTypeName(link)}List! ${PAGED_WRAPPER}`,
      ]),
      '}',
    ].join('\n'),
    [
      '"Medusa\'s Link API over GraphQL. Each call is one transaction: all of its links are written, or none."',
      'type Mutation {',
      '  "`link.create`: links pairs of records. A live pair is left as it is (its `data` updated), a dismissed pair is revived. Both records must exist; a link\'s cardinality is enforced."',
      '  create_links(links: [LinkInput!]!): [LinkRow!]!',
      '  "`link.dismiss`: soft-deletes the pivot rows of these pairs; a pair that is not linked is ignored."',
      '  dismiss_links(links: [LinkInput!]!): [LinkRow!]!',
      '  "`link.delete`: soft-deletes every pivot row of these records, and cascades to linked records where a link says so (an order\'s payment collections). Returns the linked keys it touched."',
      '  delete_links(records: LinkRecordsInput!): [LinkedKeys!]!',
      '  "`link.restore`: undoes `delete_links` for these records: their pivot rows and the records the delete cascaded to."',
      '  restore_links(records: LinkRecordsInput!): [LinkedKeys!]!',
      '}',
    ].join('\n'),
    [
      '"One link, as Medusa\'s `link.create` takes it: two modules, each with its linkable key, e.g. `{ order: { order_id: \\"order_…\\" }, cart: { cart_id: \\"cart_…\\" } }`."',
      'input LinkInput {',
      ...[...modules.keys()].map((module) => `  ${module}: ${pascal(module)}LinkKey`),
      '  "Extra pivot columns, for links that have them (e.g. `{ rank: 2 }` on `product_sales_channel`)."',
      '  data: JSON',
      '}',
      '',
      '"Records whose links `delete_links` / `restore_links` act on, as Medusa\'s `link.delete` takes them: `{ order: { order_id: [\\"order_…\\"] } }`."',
      'input LinkRecordsInput {',
      ...[...modules.keys()].map((module) => `  ${module}: ${pascal(module)}LinkKeys`),
      '}',
      ...[...modules].flatMap(([module, keys]) => [
        '',
        `"A record of the ${module} module, by one of its linkable keys."`,
        `input ${pascal(module)}LinkKey {`,
        ...keys.map((key) => `  ${key}: ID`),
        '}',
        '',
        `"Records of the ${module} module, by their linkable keys."`,
        `input ${pascal(module)}LinkKeys {`,
        ...keys.map((key) => `  ${key}: [ID!]`),
        '}',
      ]),
      '',
      '"Pivot rows that a link mutation wrote."',
      `union LinkRow = ${links.map(pivotTypeName).join(' | ')}`,
      '',
      '"Records that `delete_links` / `restore_links` reached: a module, a linkable key and the ids."',
      'type LinkedKeys {',
      '  module: String!',
      '  key: String!',
      '  ids: [ID!]!',
      '}',
    ].join('\n'),
    ...entities,
    ...links.map(pivotTypes),
    [
      '"Where a page starts, how long it is and how it is sorted. A page starts after `skip` rows (Medusa\'s offset, for shallow pages), or at a cursor a page returned (`after` goes forwards, `before` backwards): a cursor page costs what the first page costs, however deep."',
      'input Pagination {',
      '  "Rows to skip: 0 to 10,000 (the server\'s PAGINATION_MAX_SKIP), since skipped rows are read and dropped; page deeper with `after`. Not with `after` or `before`."',
      '  skip: Int = 0',
      '  "Rows to return; 1 to 200."',
      '  take: Int = 20',
      '  "Sort order as Medusa writes it: comma-separated fields, `-` for descending, e.g. `-created_at,id`. Default: `id` (creation order)."',
      '  order: String',
      '  "The page after this cursor: the `metadata.next_cursor` of a page of the same list, sorted by the same `order`."',
      '  after: String',
      '  "The page before this cursor: the `metadata.previous_cursor` of a page of the same list, sorted by the same `order`. Not with `after`."',
      '  before: String',
      '}',
      '',
      '"The page\'s position, as Medusa\'s Query returns it, and the cursors of the pages on either side."',
      'type PageMetadata @shareable @requiresScopes(scopes: [["guest"]]) {',
      '  "Every match before `skip`/`take`, exact: one more SQL statement, counting every matching row, run only when `count` is selected."',
      '  count: Int! @cost(weight: 10)',
      '  skip: Int!',
      '  take: Int!',
      '  "Where the next page starts (pass it as `pagination.after`, with the same `order`); null when no row follows this page."',
      '  next_cursor: String',
      '  "Where the previous page ends (pass it as `pagination.before`, with the same `order`); null when no row precedes this page."',
      '  previous_cursor: String',
      '}',
      '',
      '"Bounds on a date-time; each bound given applies."',
      'input DateTimeFilter { eq: DateTime gt: DateTime gte: DateTime lt: DateTime lte: DateTime }',
      '',
      '"An ISO-8601 date-time in UTC, e.g. `2026-11-27T20:57:58.000Z`."',
      `scalar DateTime @specifiedBy(url: "${DateTime.specifiedByURL}")`,
      '"Any JSON value."',
      `scalar JSON @specifiedBy(url: "${JSONScalar.specifiedByURL}")`,
    ].join('\n'),
  ];
  return `${sections.join('\n\n')}\n`;
}
