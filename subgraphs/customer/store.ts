import type { Queryable } from '../../kit/database';
import { assertIds } from '../../kit/ids';
import type { Where } from '../../kit/sql';
import { tables } from '../../kit/table';
import { models, type CustomerGroupRow, type CustomerRow } from './models';

/** A row reached through the pivot, with the key it was asked for (for `manyBy`). */
export type Via<R> = R & { via_id: string };

const CUSTOMER = models.customer.table;
const PIVOT = models.customer_group_customer.table;
const ADDRESS = models.customer_address.table;

/**
 * All SQL of the customer module: each table's statements are derived from its declaration
 * (models.ts); here are only the ones through the group pivot and the guest mutations' own.
 */
export function createCustomerStore(db: Queryable) {
  /** Live rows of `table` linked through live pivot rows to any of `keys` (one statement). */
  const throughPivot = <R extends object>(
    table: string,
    from: string,
    to: string,
    keys: string[],
    orderBy: string,
  ): Promise<Via<R>[]> =>
    keys.length === 0
      ? Promise.resolve([])
      : db.query<Via<R>>(
          `select t.*, p.${from} as via_id from ${PIVOT} p join ${table} t on t.id = p.${to}
           where p.${from} = any($1::text[]) and p.deleted_at is null and t.deleted_at is null
           order by ${orderBy}`,
          [keys],
        );

  return {
    ...tables(db, models),
    groupsByCustomerIds: (customerIds: string[]) =>
      throughPivot<CustomerGroupRow>(
        models.customer_group.table,
        'customer_id',
        'customer_group_id',
        customerIds,
        't.name, t.id',
      ),
    customersByGroupIds: (groupIds: string[]) =>
      throughPivot<CustomerRow>(CUSTOMER, 'customer_group_id', 'customer_id', groupIds, 't.id'),

    /**
     * The `customers` list's `group_id` filter (a membership, not a column): customers with a live
     * membership in any of the groups. The ids are checked when it is made, before any statement.
     */
    inGroups(groupIds: readonly string[] | null | undefined): (where: Where) => void {
      const checked = assertIds(groupIds, 'cusgroup', 'filters.group_id');
      return (where) => {
        if (!checked) return;
        where.params.push(checked);
        where.raw(
          `id in (select customer_id from ${PIVOT} where customer_group_id = any($${where.params.length}::text[]) and deleted_at is null)`,
        );
      };
    },

    // Writes of the internal mutations (mutations.ts runs them inside one transaction).

    /** The live customers with exactly this email, registered ones first. */
    liveCustomersByEmail: (email: string) =>
      db.query<CustomerRow>(
        `select * from ${CUSTOMER} where email = $1 and deleted_at is null order by has_account desc, id`,
        [email],
      ),

    /**
     * Inserts a guest (the table's defaults: no account, every other column null) unless a live
     * guest with its email exists (the unique index on live `(email, has_account)` decides, so two
     * concurrent calls cannot both insert). Returns the new row, or nothing when one existed.
     */
    insertGuestIfAbsent: (guest: { id: string; email: string }) =>
      db.query<CustomerRow>(
        `insert into ${CUSTOMER} (id, email) values ($1, $2)
         on conflict (email, has_account) where deleted_at is null do nothing
         returning *`,
        [guest.id, guest.email],
      ),

    /** The live customer, locked until the transaction ends. */
    lockCustomer: (id: string) =>
      db.query<CustomerRow>(`select * from ${CUSTOMER} where id = $1 and deleted_at is null for update`, [id]),

    /** A customer's live default shipping (billing) address is one no more: a new one takes its place. */
    async unsetDefault(customerId: string, flag: 'is_default_shipping' | 'is_default_billing'): Promise<void> {
      await db.query(
        `update ${ADDRESS} set ${flag} = false, updated_at = now()
         where customer_id = $1 and ${flag} and deleted_at is null`,
        [customerId],
      );
    },

    /** Deletes addresses for good (Medusa's deleteCustomerAddresses), only `owner`'s when given; returns their ids. */
    deleteAddresses: async (ids: string[], owner?: string) =>
      (
        await db.query<{ id: string }>(
          `delete from ${ADDRESS} where id = any($1::text[]) and ($2::text is null or customer_id = $2) returning id`,
          [ids, owner ?? null],
        )
      ).map((row) => row.id),

    /** Memberships of a group; a customer already in it keeps its membership (the live pair is unique). */
    async addMembers(groupId: string, members: { id: string; customer_id: string }[], createdBy: string | null) {
      if (members.length === 0) return;
      await db.query(
        `insert into ${PIVOT} (id, customer_id, customer_group_id, created_by)
         select m.id, m.customer_id, $1, $4 from unnest($2::text[], $3::text[]) as m(id, customer_id)
         on conflict (customer_id, customer_group_id) where deleted_at is null do nothing`,
        [groupId, members.map((member) => member.id), members.map((member) => member.customer_id), createdBy],
      );
    },

    /** Deletes the memberships of these customers in the group. */
    async removeMembers(groupId: string, customerIds: string[]) {
      await db.query(`delete from ${PIVOT} where customer_group_id = $1 and customer_id = any($2::text[])`, [
        groupId,
        customerIds,
      ]);
    },

    /** Deletes a customer for good; its addresses and group memberships cascade. */
    async deleteCustomer(id: string): Promise<void> {
      await db.query(`delete from ${CUSTOMER} where id = $1`, [id]);
    },
  };
}

export type CustomerStore = ReturnType<typeof createCustomerStore>;
