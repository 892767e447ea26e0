import type { Selection } from './field-paths';

/** The selection set's text, `{ id items { id title } orders { data { id } } }`. */
export function printSelection(selection: Selection): string {
  const parts = [...selection.fields].map(([name, child]) => (child ? `${name} ${printNested(child)}` : name));
  return `{ ${parts.join(' ')} }`;
}

function printNested(selection: Selection): string {
  return selection.paged ? `{ data ${printSelection(selection)} }` : printSelection(selection);
}

/**
 * Medusa's shape from GraphQL's: a paged relation (`{ data: [...] }`) becomes its array, at every
 * depth; everything else is kept as the gateway returned it.
 */
export function shapeResult(selection: Selection, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((element) => shapeResult(selection, element));
  const record = value as Record<string, unknown>;
  const shaped: Record<string, unknown> = {};
  for (const [name, child] of selection.fields) {
    if (!(name in record)) continue;
    const fieldValue = record[name];
    if (!child) shaped[name] = fieldValue;
    else if (child.paged) shaped[name] = shapeResult(child, (fieldValue as { data?: unknown } | null)?.data ?? []);
    else shaped[name] = shapeResult(child, fieldValue);
  }
  return shaped;
}
