/**
 * A federation entity reference: what a subgraph returns for an entity another subgraph owns.
 * The gateway sends the reference there, and the owner resolves it in one batch.
 */
export function reference(id: string | null | undefined): { id: string } | null {
  return id ? { id } : null;
}
