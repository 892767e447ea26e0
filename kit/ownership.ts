import DataLoader from 'dataloader';
import { forbidden, isAdmin, unauthenticated, type Actor } from './auth';
import { callGraphQL } from './remote';
import type { SubgraphServices } from './subgraph';

/** The customer a cart or an order belongs to, as far as the ownership rule needs it. */
export interface Holder {
  id: string;
  /** Medusa's `has_account`: a registered customer (who signs in), not a guest checkout's record. */
  has_account: boolean;
}

/**
 * Medusa's store rule for a record that belongs to a customer (a cart, an order): a registered
 * customer's is read and changed with that customer's token only (admins may too); a guest's (a
 * record without a customer, or whose customer has no account) by whoever holds its id.
 */
export function requireHolder(actor: Actor, holder: Holder | null, what: string): void {
  if (isAdmin(actor) || !holder || !holder.has_account) return;
  if (actor.type === 'customer' && actor.id === holder.id) return;
  if (actor.type === 'anonymous')
    throw unauthenticated(`${what} belongs to a registered customer: sign in as that customer`);
  throw forbidden(`${what} belongs to another customer`);
}

/** Per request: whether each customer is registered (a DataLoader by customer id). */
export type Accounts = DataLoader<string, boolean>;

/** Customers whose account status is remembered per process: `has_account` never changes for a customer id. */
const REMEMBERED_ACCOUNTS = 50_000;

/**
 * Whether customers are registered, asked of the customer module through federation's entity
 * resolution (a module never reads another's tables), batched per request and remembered per
 * process. A customer the module does not know (deleted) counts as registered: its records stay
 * closed to everyone but admins.
 */
export function createAccountLookup(services: SubgraphServices): () => Accounts {
  const remembered = new Map<string, boolean>();
  const ask = async (ids: readonly string[]): Promise<boolean[]> => {
    const missing = ids.filter((id) => !remembered.has(id));
    if (missing.length > 0) {
      const { _entities: found } = await callGraphQL<{ _entities: ({ id: string; has_account: boolean } | null)[] }>(
        { name: 'customer subgraph', url: services.subgraphUrl('customer') },
        'query Accounts($representations: [_Any!]!) { _entities(representations: $representations) { ... on Customer { id has_account } } }',
        { representations: missing.map((id) => ({ __typename: 'Customer', id })) },
        10_000,
        services.subgraphHeaders(),
      );
      if (remembered.size + found.length > REMEMBERED_ACCOUNTS) remembered.clear();
      for (const customer of found) if (customer) remembered.set(customer.id, customer.has_account);
    }
    return ids.map((id) => remembered.get(id) ?? true);
  };
  return () => new DataLoader<string, boolean>(ask);
}

/** `requireHolder` for a record with this `customer_id`; asks whether the customer is registered only when that decides. */
export async function requireHolderOf(
  actor: Actor,
  customerId: string | null,
  accounts: Accounts,
  what: string,
): Promise<void> {
  if (isAdmin(actor) || !customerId || (actor.type === 'customer' && actor.id === customerId)) return;
  requireHolder(actor, { id: customerId, has_account: await accounts.load(customerId) }, what);
}
