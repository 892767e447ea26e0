import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isObjectType,
  isUnionType,
  type GraphQLInputObjectType,
  type GraphQLSchema,
} from 'graphql';
import { ClientErrorCode, MedusaClientError } from './errors';
import { leafFields } from './schema';
import type { Send } from './transport';

/** Medusa's LinkDefinition: two modules, each with its linkable key, e.g. `{ [Modules.ORDER]: { order_id }, [Modules.CART]: { cart_id } }`; `data` sets extra pivot columns. */
export type LinkDefinition = { data?: Record<string, unknown> } & {
  [module: string]: Record<string, unknown> | undefined;
};

/** Records for `link.delete` / `link.restore`: `{ [Modules.ORDER]: { order_id: "order_…" | ["order_…", …] } }`. */
export type LinkRecords = { [module: string]: Record<string, string | readonly string[]> };

/** A pivot row as `create_links` / `dismiss_links` return it: ids, the two keys, timestamps, extra columns. */
export type LinkRow = Record<string, unknown>;

/** What `delete_links` / `restore_links` touched: one entry per module and key. */
export interface LinkedKeys {
  module: string;
  key: string;
  ids: string[];
}

export interface LinkApi {
  create(links: LinkDefinition | readonly LinkDefinition[]): Promise<LinkRow[]>;
  dismiss(links: LinkDefinition | readonly LinkDefinition[]): Promise<LinkRow[]>;
  delete(records: LinkRecords | readonly LinkRecords[]): Promise<LinkedKeys[]>;
  restore(records: LinkRecords | readonly LinkRecords[]): Promise<LinkedKeys[]>;
}

function badLink(message: string, path: string): MedusaClientError {
  return new MedusaClientError(ClientErrorCode.BadLink, message, { path });
}

function mutationArgumentType(schema: GraphQLSchema, mutation: string, argument: string): GraphQLInputObjectType {
  const field = schema.getMutationType()?.getFields()[mutation];
  const type = field && field.args.find((arg) => arg.name === argument);
  const input = type && getNamedType(type.type);
  if (!input || !isInputObjectType(input)) throw new Error(`The schema has no mutation ${mutation}(${argument}:)`);
  return input;
}

/** Each module's keys, checked against the input type: `module` must be a field of it, each key a field of the module's input. */
function checkModules(
  input: GraphQLInputObjectType,
  value: Record<string, unknown>,
  where: string,
  skip: string[] = [],
): void {
  const modules = input.getFields();
  for (const [module, keys] of Object.entries(value)) {
    if (skip.includes(module) || keys === undefined) continue;
    const moduleField = modules[module];
    if (!moduleField) {
      const known = Object.keys(modules).filter((name) => !skip.includes(name));
      throw badLink(`Unknown module "${module}" in ${where}; modules: ${known.join(', ')}`, module);
    }
    const keyInput = getNullableType(moduleField.type);
    if (!isInputObjectType(keyInput)) continue;
    if (typeof keys !== 'object' || keys === null || Array.isArray(keys)) {
      throw badLink(
        `${where}.${module} must be an object of linkable keys, e.g. { ${Object.keys(keyInput.getFields())[0]}: "…" }`,
        module,
      );
    }
    for (const key of Object.keys(keys)) {
      if (!keyInput.getFields()[key]) {
        throw badLink(
          `Unknown key "${key}" for module "${module}" in ${where}; keys: ${Object.keys(keyInput.getFields()).join(', ')}`,
          `${module}.${key}`,
        );
      }
    }
  }
}

/** Every scalar of every pivot row type the mutation may return (`... on LinkOrderCart { id order_id cart_id … }`). */
function rowSelection(schema: GraphQLSchema, mutation: string): string {
  const field = schema.getMutationType()?.getFields()[mutation];
  const type = field && getNamedType(field.type);
  const members = type && isUnionType(type) ? type.getTypes() : type && isObjectType(type) ? [type] : [];
  return `{ ${members
    .map(
      (member) =>
        `... on ${member.name} { ${leafFields(member)
          .map((leaf) => leaf.name)
          .join(' ')} }`,
    )
    .join(' ')} }`;
}

function asArray<T>(value: T | readonly T[]): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

/** Medusa's Link API (`link.create / dismiss / delete / restore`) on the link subgraph's mutations. */
export function createLinkApi(schema: GraphQLSchema, send: Send): LinkApi {
  const pairs = async (
    mutation: 'create_links' | 'dismiss_links',
    definitions: LinkDefinition | readonly LinkDefinition[],
  ) => {
    const input = mutationArgumentType(schema, mutation, 'links');
    const links = asArray(definitions).map((definition, index) => {
      checkModules(input, definition, `links[${index}]`, ['data']);
      // Medusa's link.dismiss ignores `data`.
      if (mutation === 'dismiss_links' && 'data' in definition) {
        const { data: _ignored, ...rest } = definition;
        return rest;
      }
      return definition;
    });
    const data = await send(
      `mutation MedusaLink($links: [${input.name}!]!) { ${mutation}(links: $links) ${rowSelection(schema, mutation)} }`,
      { links },
    );
    return data[mutation] as LinkRow[];
  };
  const records = async (mutation: 'delete_links' | 'restore_links', given: LinkRecords | readonly LinkRecords[]) => {
    const input = mutationArgumentType(schema, mutation, 'records');
    // Medusa takes one id or several per key; the mutation takes lists, one per module and key.
    const merged: Record<string, Record<string, string[]>> = {};
    for (const entry of asArray(given)) {
      checkModules(input, entry, 'records');
      for (const [module, keys] of Object.entries(entry)) {
        for (const [key, ids] of Object.entries(keys)) {
          const list = ((merged[module] ??= {})[key] ??= []);
          list.push(...asArray(ids));
        }
      }
    }
    const data = await send(
      `mutation MedusaLink($records: ${input.name}!) { ${mutation}(records: $records) { module key ids } }`,
      { records: merged },
    );
    return data[mutation] as LinkedKeys[];
  };
  return {
    create: (links) => pairs('create_links', links),
    dismiss: (links) => pairs('dismiss_links', links),
    delete: (given) => records('delete_links', given),
    restore: (given) => records('restore_links', given),
  };
}
