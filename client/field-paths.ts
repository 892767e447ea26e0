import { getNamedType, isLeafType, isObjectType, type GraphQLObjectType } from 'graphql';
import { ClientErrorCode, MedusaClientError } from './errors';
import { leafFields, pagedElementType, selectable } from './schema';

/**
 * A selection on one object type: field name → what is selected inside it (undefined for a
 * scalar). `paged` marks a relation that is a paged list in GraphQL (`orders { data { … } }`),
 * which Medusa's shape gives as a plain array.
 */
export interface Selection {
  type: GraphQLObjectType;
  fields: Map<string, Selection | undefined>;
  paged?: boolean;
}

/**
 * Turns Medusa field paths (`"*"`, `"id"`, `"order.*"`, `"items.variant.product.title"`) into one
 * selection on `type`. A path ending on a relation selects the relation's scalars, as `"rel.*"` does.
 * Every segment is checked against the schema; a bad one throws naming the path and the type.
 */
export function parseFieldPaths(type: GraphQLObjectType, paths: readonly string[]): Selection {
  const root: Selection = { type, fields: new Map() };
  for (const path of paths.length ? paths : ['*']) addPath(root, path);
  return root;
}

function addPath(root: Selection, path: string): void {
  if (typeof path !== 'string') {
    throw new MedusaClientError(ClientErrorCode.BadFieldPath, `A field path is a string, got ${JSON.stringify(path)}`);
  }
  const segments = path.trim().split('.');
  let selection = root;
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === '*') {
      if (!last)
        throw new MedusaClientError(ClientErrorCode.BadFieldPath, `"*" must end a field path, in "${path}"`, { path });
      selectAllScalars(selection);
      return;
    }
    if (segment === '') {
      throw new MedusaClientError(ClientErrorCode.BadFieldPath, `Empty segment in field path "${path}"`, { path });
    }
    const field = selection.type.getFields()[segment];
    if (!field) {
      throw new MedusaClientError(
        ClientErrorCode.UnknownField,
        `Unknown field "${segment}" on ${selection.type.name} in "${path}"`,
        { path },
      );
    }
    if (!selectable(field)) {
      throw new MedusaClientError(
        ClientErrorCode.BadFieldPath,
        `Field "${segment}" on ${selection.type.name} needs arguments and cannot be part of a field path ("${path}")`,
        { path },
      );
    }
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      if (!last) {
        throw new MedusaClientError(
          ClientErrorCode.NotARelation,
          `"${segment}" on ${selection.type.name} is a ${named.name}, not a relation: nothing can be selected inside it ("${path}")`,
          { path },
        );
      }
      selection.fields.set(segment, undefined);
      return;
    }
    if (!isObjectType(named)) {
      throw new MedusaClientError(
        ClientErrorCode.BadFieldPath,
        `Field "${segment}" on ${selection.type.name} is a ${named.name} (several types), which field paths cannot select ("${path}")`,
        { path },
      );
    }
    let child = selection.fields.get(segment);
    if (!child) {
      const element = pagedElementType(named);
      child = { type: element ?? named, fields: new Map(), paged: element !== undefined };
      selection.fields.set(segment, child);
    }
    selection = child;
    if (last) selectAllScalars(selection);
  });
}

function selectAllScalars(selection: Selection): void {
  for (const field of leafFields(selection.type)) {
    if (!selection.fields.has(field.name)) selection.fields.set(field.name, undefined);
  }
}
