import Decimal from 'decimal.js';
import type { Database, Queryable } from '../../kit/database';
import type { EntityLoaders } from '../../kit/entities';
import { badUserInput, notAllowed, notFound } from '../../kit/errors';
import { assertId, generateId } from '../../kit/ids';
import { assertNoNul, conflict, optionalId } from '../../kit/input';
import { lockIds } from '../../kit/sql';
import { MAX_ROWS_PER_WRITE } from '../../kit/writes';
import type { FulfillmentCreateInput, FulfillmentLabelInput, FulfillmentStep } from './generated/resolvers';
import type { FulfillmentRow } from './models';
import { createFulfillmentStore, type FulfillmentStore } from './store';

/**
 * An admin's fulfillments, as Medusa's fulfillment module makes and moves them (`createFulfillment`,
 * `updateFulfillment` with `shipped_at` / `delivered_at`, `cancelFulfillment`), each one
 * transaction with the fulfillment locked. Safe to send again: a caller-chosen id finds the
 * fulfillment made, and a fulfillment already shipped, delivered or canceled is answered as it is
 * (the order workflows check first, with Medusa's messages).
 */

const DEFAULT_PROVIDER = 'manual_manual';
const TABLE = 'fulfillment.fulfillment';

function checkLabels(labels: readonly FulfillmentLabelInput[] | null | undefined, argument: string) {
  if ((labels?.length ?? 0) > MAX_ROWS_PER_WRITE)
    throw badUserInput(`${argument} may hold at most ${MAX_ROWS_PER_WRITE} rows`, { argument });
  assertNoNul(labels, argument);
}

export function createFulfillmentMutations(db: Database) {
  /** Runs `work` on the live fulfillment `id`, locked; NOT_FOUND when there is none. */
  const withFulfillment = <T>(
    id: string,
    work: (store: FulfillmentStore, row: FulfillmentRow, tx: Queryable) => Promise<T>,
  ) => {
    assertId(id, 'ful');
    return db.transaction(async (tx) => {
      const [row] = await tx.query<FulfillmentRow>(
        `select * from ${TABLE} where id = $1 and deleted_at is null for update`,
        [id],
      );
      if (!row) throw notFound(`Fulfillment with id: ${id} was not found`, { id });
      return work(createFulfillmentStore(tx), row, tx);
    });
  };

  const labelRows = (id: string, labels: readonly FulfillmentLabelInput[]) =>
    labels.map((label) => ({ ...label, id: generateId('fulla'), fulfillment_id: id }));

  return {
    /** Medusa's createFulfillment (packed now, as createOrderFulfillmentWorkflow asks). */
    async create(input: FulfillmentCreateInput): Promise<FulfillmentRow> {
      assertNoNul(input, 'input');
      const chosenId = optionalId(input.id, 'ful', 'input.id');
      const id = chosenId ?? generateId('ful');
      assertId(input.location_id, 'sloc', 'input.location_id');
      if (input.items.length === 0)
        throw badUserInput('input.items must hold at least one item', { argument: 'input.items' });
      if (input.items.length > MAX_ROWS_PER_WRITE)
        throw badUserInput(`input.items may hold at most ${MAX_ROWS_PER_WRITE} rows`, { argument: 'input.items' });
      input.items.forEach((item, index) => {
        if (new Decimal(item.quantity).lte(0))
          throw badUserInput(`input.items[${index}].quantity must be greater than 0`, {
            argument: `input.items[${index}].quantity`,
          });
      });
      checkLabels(input.labels, 'input.labels');
      const providerId = input.provider_id ?? DEFAULT_PROVIDER;
      return db.transaction(async (tx) => {
        const store = createFulfillmentStore(tx);
        if (chosenId) {
          // Two calls with the same id: the second waits, then finds the first's fulfillment.
          await lockIds(tx, [chosenId]);
          const [existing] = await store.fulfillment.byKeys([chosenId], { withDeleted: true });
          if (existing?.deleted_at)
            throw conflict(`Fulfillment ${chosenId} was deleted; its id is not used again`, { id: chosenId });
          if (existing) return existing;
        }
        const [provider] = await store.fulfillment_provider.byKeys([providerId]);
        if (!provider?.is_enabled) {
          throw badUserInput(
            `Fulfillment provider ${providerId.slice(0, 64)} is ${provider ? 'not enabled' : 'not registered'}`,
            { argument: 'input.provider_id' },
          );
        }
        const addressId = input.delivery_address ? generateId('fuladdr') : null;
        if (input.delivery_address) {
          await store.fulfillment_address.insert([
            {
              ...input.delivery_address,
              id: addressId!,
              country_code: input.delivery_address.country_code?.toLowerCase(),
            },
          ]);
        }
        await store.fulfillment.insert([
          {
            id,
            location_id: input.location_id,
            provider_id: providerId,
            shipping_option_id: optionalId(input.shipping_option_id, 'so', 'input.shipping_option_id'),
            packed_at: new Date(),
            requires_shipping: input.requires_shipping ?? true,
            delivery_address_id: addressId,
            data: input.data,
            metadata: input.metadata,
          },
        ]);
        await store.fulfillment_item.insert(
          input.items.map((item) => ({
            id: generateId('fulit'),
            title: item.title,
            sku: item.sku,
            barcode: item.barcode,
            quantity: item.quantity,
            line_item_id: optionalId(item.line_item_id, 'ordli', 'input.items.line_item_id'),
            inventory_item_id: item.inventory_item_id,
            fulfillment_id: id,
          })),
        );
        await store.fulfillment_label.insert(labelRows(id, input.labels ?? []));
        const [created] = await store.fulfillment.byKeys([id]);
        return created;
      });
    },

    /** Medusa's updateFulfillment from createShipmentWorkflow: `shipped_at` and the labels. */
    ship(id: string, labels: readonly FulfillmentLabelInput[] | null | undefined): Promise<FulfillmentRow> {
      checkLabels(labels, 'labels');
      return withFulfillment(id, async (store, row) => {
        if (row.canceled_at) throw notAllowed(`Fulfillment with id ${id} has been canceled.`, { id });
        if (row.shipped_at) return row;
        await store.fulfillment_label.insert(labelRows(id, labels ?? []));
        return (await store.fulfillment.update(id, { shipped_at: new Date() }))!;
      });
    },

    /** Medusa's markFulfillmentAsDeliveredWorkflow's update: `delivered_at`. */
    deliver(id: string): Promise<FulfillmentRow> {
      return withFulfillment(id, async (store, row) => {
        if (row.canceled_at) throw notAllowed('Cannot deliver an already canceled fulfillment', { id });
        if (row.delivered_at) return row;
        return (await store.fulfillment.update(id, { delivered_at: new Date() }))!;
      });
    },

    /** Medusa's cancelFulfillment: not once shipped or delivered. */
    cancel(id: string): Promise<FulfillmentRow> {
      return withFulfillment(id, async (store, row) => {
        if (row.canceled_at) return row;
        if (row.shipped_at) throw badUserInput(`Fulfillment with id ${id} already shipped`, { argument: 'id' });
        if (row.delivered_at) throw badUserInput(`Fulfillment with id ${id} already delivered`, { argument: 'id' });
        return (await store.fulfillment.update(id, { canceled_at: new Date() }))!;
      });
    },

    /** The undo of `create`: gone for good with its rows; null when it is gone already. */
    async remove(id: string): Promise<string | null> {
      assertId(id, 'ful');
      return db.transaction(async (tx) => {
        const [row] = await tx.query<FulfillmentRow>(`select * from ${TABLE} where id = $1 for update`, [id]);
        if (!row) return null;
        await tx.query('delete from fulfillment.fulfillment_item where fulfillment_id = $1', [id]);
        await tx.query('delete from fulfillment.fulfillment_label where fulfillment_id = $1', [id]);
        await tx.query(`delete from ${TABLE} where id = $1`, [id]);
        if (row.delivery_address_id)
          await tx.query('delete from fulfillment.fulfillment_address where id = $1', [row.delivery_address_id]);
        return id;
      });
    },

    /** The undo of `ship` (with its labels), `deliver` or `cancel`. */
    undo(id: string, step: FulfillmentStep): Promise<FulfillmentRow> {
      return withFulfillment(id, async (store, row, tx) => {
        if (step === 'shipped') {
          await tx.query('delete from fulfillment.fulfillment_label where fulfillment_id = $1', [row.id]);
          return (await store.fulfillment.update(id, { shipped_at: null }))!;
        }
        return (await store.fulfillment.update(
          id,
          step === 'delivered' ? { delivered_at: null } : { canceled_at: null },
        ))!;
      });
    },
  };
}

export type FulfillmentMutations = ReturnType<typeof createFulfillmentMutations>;

/** The resolvers of the mutations above; what the caller selects is read afresh after the write. */
export function fulfillmentResolvers() {
  type Context = { fulfillments: FulfillmentMutations; entities: EntityLoaders<FulfillmentStore> };
  const written = async <T>(context: Context, result: Promise<T>): Promise<T> => {
    const value = await result;
    context.entities = context.entities.fresh();
    return value;
  };
  return {
    create_fulfillment: (_: unknown, { input }: { input: FulfillmentCreateInput }, context: Context) =>
      written(context, context.fulfillments.create(input)),
    ship_fulfillment: (
      _: unknown,
      { id, labels }: { id: string; labels?: FulfillmentLabelInput[] | null },
      context: Context,
    ) => written(context, context.fulfillments.ship(id, labels)),
    deliver_fulfillment: (_: unknown, { id }: { id: string }, context: Context) =>
      written(context, context.fulfillments.deliver(id)),
    cancel_fulfillment: (_: unknown, { id }: { id: string }, context: Context) =>
      written(context, context.fulfillments.cancel(id)),
    fulfillment_delete: (_: unknown, { id }: { id: string }, context: Context) =>
      written(context, context.fulfillments.remove(id)),
    fulfillment_undo: (_: unknown, { id, step }: { id: string; step: FulfillmentStep }, context: Context) =>
      written(context, context.fulfillments.undo(id, step)),
  };
}
