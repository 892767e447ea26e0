import type { Database } from '../../kit/database';
import Decimal from 'decimal.js';
import { assertNoNul, assertNotNegative, conflict, currencyCode, idMaker, notFound, optionalId } from '../../kit/input';
import { MAX_ROWS_PER_WRITE } from '../../kit/writes';
import { badUserInput } from '../../kit/errors';
import { assertId } from '../../kit/ids';
import type { NewRowOf } from '../../kit/model';
import type {
  OrderAddressInput,
  OrderCreateInput,
  OrderItemQuantitiesInput,
  OrderTransactionAddInput,
  OrderTaxLineCreateInput,
} from './generated/resolvers';
import { SUMMARY_TOTALS, type models, type OrderRow, type OrderStatus } from './models';
import { createOrderStore, type NewOrderRows, type OrderStore } from './store';

/**
 * The order module's internal mutations (the workflows subgraph's primitives), each one
 * transaction on the order tables: placing the order completeCartWorkflow builds from a cart, and
 * deleting it again (the undo). Exactly once across a lost answer: the order may carry a
 * caller-chosen id, and a second call with it returns the order the first one placed; deleting an
 * order that is gone already is done.
 */

/** The columns that say whose order it is; no primitive changes them, so a retried call names the same. */
const ORDER_OWNER_COLUMNS = ['customer_id', 'email', 'currency_code', 'region_id', 'sales_channel_id'] as const;

const isNegative = (amount: string) => amount.startsWith('-') && /[1-9]/.test(amount);

function addressRow(id: string, input: OrderAddressInput, argument: string): NewRowOf<typeof models.address> {
  // Named one by one: every row of an insert lists its columns in the same order.
  return {
    id,
    customer_id: optionalId(input.customer_id, 'cus', `${argument}.customer_id`),
    company: input.company,
    first_name: input.first_name,
    last_name: input.last_name,
    address_1: input.address_1,
    address_2: input.address_2,
    city: input.city,
    country_code: input.country_code?.toLowerCase(),
    province: input.province,
    postal_code: input.postal_code,
    phone: input.phone,
    metadata: input.metadata,
  };
}

/** A tax line's own columns; the caller adds the key of its item or shipping method. */
function taxLineColumns(id: string, line: OrderTaxLineCreateInput) {
  return {
    id,
    description: line.description,
    tax_rate_id: line.tax_rate_id,
    code: line.code,
    rate: line.rate,
    provider_id: line.provider_id,
  };
}

/** Every row of a new order, by table, checked before anything is written. Columns left out take their declared defaults. */
function orderRows(input: OrderCreateInput): {
  order: NewRowOf<typeof models.order> & { id: string };
  rows: NewOrderRows;
} {
  const newId = idMaker();
  const orderId = optionalId(input.id, 'order', 'input.id') ?? newId('order');
  const currency = currencyCode(input.currency_code, 'input.currency_code');
  const rows: { [K in keyof typeof models]: NewRowOf<(typeof models)[K]>[] } = {
    address: [],
    order: [],
    line_item: [],
    item: [],
    line_item_adjustment: [],
    line_item_tax_line: [],
    shipping_method: [],
    shipping: [],
    shipping_method_adjustment: [],
    shipping_method_tax_line: [],
    summary: [],
    transaction: [],
    credit_line: [],
  };
  const copyAddress = (address: OrderAddressInput | null | undefined, argument: string) => {
    if (!address) return null;
    const row = addressRow(newId('ordaddr'), address, argument);
    rows.address.push(row);
    return row.id;
  };

  // Every row is version 1 (the column's default); display_id comes from the sequence.
  const order = {
    id: orderId,
    region_id: optionalId(input.region_id, 'reg', 'input.region_id'),
    customer_id: optionalId(input.customer_id, 'cus', 'input.customer_id'),
    sales_channel_id: optionalId(input.sales_channel_id, 'sc', 'input.sales_channel_id'),
    email: input.email,
    currency_code: currency,
    locale: input.locale,
    no_notification: input.no_notification,
    metadata: input.metadata,
    shipping_address_id: copyAddress(input.shipping_address, 'input.shipping_address'),
    billing_address_id: copyAddress(input.billing_address, 'input.billing_address'),
  };
  rows.order.push(order);

  (input.items ?? []).forEach((item, index) => {
    const argument = `input.items[${index}]`;
    if (isNegative(item.quantity) || !/[1-9]/.test(item.quantity)) {
      throw badUserInput('Item quantity must be greater than 0', { argument: `${argument}.quantity` });
    }
    const lineId = newId('ordli');
    rows.line_item.push({
      id: lineId,
      title: item.title,
      subtitle: item.subtitle,
      thumbnail: item.thumbnail,
      variant_id: optionalId(item.variant_id, 'variant', `${argument}.variant_id`),
      product_id: optionalId(item.product_id, 'prod', `${argument}.product_id`),
      product_title: item.product_title,
      product_description: item.product_description,
      product_subtitle: item.product_subtitle,
      product_type: item.product_type,
      product_type_id: optionalId(item.product_type_id, 'ptyp', `${argument}.product_type_id`),
      product_collection: item.product_collection,
      product_handle: item.product_handle,
      variant_sku: item.variant_sku,
      variant_barcode: item.variant_barcode,
      variant_title: item.variant_title,
      variant_option_values: item.variant_option_values,
      // An explicit null takes the default too (the columns are not null).
      requires_shipping: item.requires_shipping ?? undefined,
      is_discountable: item.is_discountable ?? undefined,
      is_giftcard: item.is_giftcard ?? undefined,
      is_tax_inclusive: item.is_tax_inclusive ?? undefined,
      is_custom_price: item.is_custom_price ?? undefined,
      compare_at_unit_price: item.compare_at_unit_price,
      unit_price: item.unit_price,
      metadata: item.metadata,
    });
    // The order item of version 1: its price overrides stay empty and its quantities 0, as Medusa leaves them.
    rows.item.push({ id: newId('orditem'), order_id: orderId, item_id: lineId, quantity: item.quantity });
    (item.adjustments ?? []).forEach((adjustment, n) => {
      assertNotNegative(adjustment.amount, `${argument}.adjustments[${n}].amount`);
      rows.line_item_adjustment.push({
        id: newId('ordliadj'),
        item_id: lineId,
        description: adjustment.description,
        promotion_id: optionalId(adjustment.promotion_id, 'promo', `${argument}.adjustments[${n}].promotion_id`),
        code: adjustment.code,
        amount: adjustment.amount,
        provider_id: adjustment.provider_id,
        is_tax_inclusive: adjustment.is_tax_inclusive ?? undefined,
      });
    });
    for (const line of item.tax_lines ?? [])
      rows.line_item_tax_line.push({ ...taxLineColumns(newId('ordlitxl'), line), item_id: lineId });
  });

  (input.shipping_methods ?? []).forEach((method, index) => {
    const argument = `input.shipping_methods[${index}]`;
    assertNotNegative(method.amount, `${argument}.amount`);
    const methodId = newId('ordsm');
    rows.shipping_method.push({
      id: methodId,
      name: method.name,
      description: method.description,
      amount: method.amount,
      is_tax_inclusive: method.is_tax_inclusive ?? undefined,
      is_custom_amount: method.is_custom_amount ?? undefined,
      shipping_option_id: optionalId(method.shipping_option_id, 'so', `${argument}.shipping_option_id`),
      data: method.data,
      metadata: method.metadata,
    });
    rows.shipping.push({ id: newId('ordspmv'), order_id: orderId, shipping_method_id: methodId });
    (method.adjustments ?? []).forEach((adjustment, n) => {
      assertNotNegative(adjustment.amount, `${argument}.adjustments[${n}].amount`);
      rows.shipping_method_adjustment.push({
        id: newId('ordsmadj'),
        shipping_method_id: methodId,
        description: adjustment.description,
        promotion_id: optionalId(adjustment.promotion_id, 'promo', `${argument}.adjustments[${n}].promotion_id`),
        code: adjustment.code,
        amount: adjustment.amount,
        provider_id: adjustment.provider_id,
      });
    });
    for (const line of method.tax_lines ?? []) {
      rows.shipping_method_tax_line.push({ ...taxLineColumns(newId('ordsmtxl'), line), shipping_method_id: methodId });
    }
  });

  for (const line of input.credit_lines ?? []) {
    rows.credit_line.push({
      id: newId('ordcl'),
      order_id: orderId,
      reference: line.reference,
      reference_id: line.reference_id,
      amount: line.amount,
      metadata: line.metadata,
    });
  }

  (input.transactions ?? []).forEach((transaction, index) => {
    rows.transaction.push({
      id: newId('ordtrx'),
      order_id: orderId,
      amount: transaction.amount,
      currency_code: transaction.currency_code
        ? currencyCode(transaction.currency_code, `input.transactions[${index}].currency_code`)
        : currency,
      reference: transaction.reference,
      reference_id: transaction.reference_id,
    });
  });

  rows.summary.push({ id: newId('ordsum'), order_id: orderId, totals: { ...input.summary } });
  return { order, rows };
}

export function createOrderMutations(db: Database) {
  const inTransaction = <T>(work: (store: OrderStore) => Promise<T>): Promise<T> =>
    db.transaction((tx) => work(createOrderStore(tx)));

  return {
    /**
     * Medusa's createOrdersStep for one order: every row in one transaction; `display_id` from the
     * sequence. With `input.id`, an order that already has it is returned as it is (CONFLICT when
     * it is another's order or was deleted).
     */
    async orderCreate(input: OrderCreateInput): Promise<OrderRow> {
      assertNoNul(input, 'input');
      const { order, rows } = orderRows(input);
      return inTransaction(async (store) => {
        if (input.id) {
          await store.lockIds([order.id]);
          const [existing] = await store.order.byKeys([order.id], { withDeleted: true });
          if (existing) {
            const differing = ORDER_OWNER_COLUMNS.filter((column) => existing[column] !== (order[column] ?? null));
            if (differing.length > 0) {
              throw conflict(`Order ${order.id} already exists with another ${differing.join(', ')}`, {
                id: order.id,
                fields: differing,
              });
            }
            if (existing.deleted_at)
              throw conflict(`Order ${order.id} was deleted; its id is not used again`, { id: order.id });
            return existing;
          }
        }
        await store.insertAll(rows);
        const [row] = await store.order.byKeys([order.id]);
        return row;
      });
    },

    /** Deletes an order for good (the undo of `orderCreate`); null when there is no live order with that id (already deleted). */
    async orderDelete(id: string): Promise<string | null> {
      assertId(id, 'order');
      return inTransaction(async (store) => {
        const [order] = await store.lockOrder(id);
        if (!order) return null;
        await store.deleteOrder(order);
        return id;
      });
    },

    /** Medusa's cancelOrdersStep (status `canceled`, `canceled_at`), and its undo (another status). */
    async orderStatusSet(id: string, status: OrderStatus): Promise<OrderRow> {
      assertId(id, 'order');
      return inTransaction(async (store) => {
        const [order] = await store.lockOrder(id);
        if (!order) throw notFound(`Order id not found: ${id}`, { id });
        if (order.status === status) return order;
        return (await store.order.update(id, {
          status,
          canceled_at: status === 'canceled' ? (order.canceled_at ?? new Date()) : null,
        }))!;
      });
    },

    /**
     * The fulfilled / shipped / delivered quantities of the current version's items, as Medusa's
     * FULFILL_ITEM, SHIP_ITEM and DELIVER_ITEM actions leave them; absolute values, so a retry
     * writes the same and the values read before undo it.
     */
    async itemQuantitiesSet(orderId: string, items: OrderItemQuantitiesInput[]): Promise<OrderRow> {
      assertId(orderId, 'order', 'order_id');
      if (items.length > MAX_ROWS_PER_WRITE)
        throw badUserInput(`items may hold at most ${MAX_ROWS_PER_WRITE} rows`, { argument: 'items' });
      items.forEach((item, index) => {
        assertId(item.item_id, 'ordli', `items[${index}].item_id`);
        for (const column of QUANTITIES) {
          const value = item[column];
          if (value === null)
            throw badUserInput(`items[${index}].${column} cannot be null`, { argument: `items[${index}].${column}` });
          if (value !== undefined) assertNotNegative(value, `items[${index}].${column}`);
        }
      });
      return inTransaction(async (store) => {
        const [order] = await store.lockOrder(orderId);
        if (!order) throw notFound(`Order id not found: ${orderId}`, { id: orderId });
        const rows = (await store.item.by('order_id', [orderId])).filter((row) => row.version === order.version);
        const byItem = new Map(rows.map((row) => [row.item_id, row]));
        for (const [index, item] of items.entries()) {
          const row = byItem.get(item.item_id);
          if (!row) throw notFound(`Item ID "${item.item_id}" not found.`, { argument: `items[${index}].item_id` });
          const next = Object.fromEntries(
            QUANTITIES.map((column) => [column, new Decimal(item[column] ?? row[column])]),
          );
          if (
            next.fulfilled_quantity.gt(row.quantity) ||
            next.shipped_quantity.gt(next.fulfilled_quantity) ||
            next.delivered_quantity.gt(next.fulfilled_quantity)
          ) {
            throw badUserInput(
              `Item ${item.item_id}: shipped and delivered ≤ fulfilled ≤ quantity (${row.quantity}) must hold`,
              { argument: `items[${index}]` },
            );
          }
          await store.item.update(
            row.id,
            Object.fromEntries(QUANTITIES.map((column) => [column, next[column].toString()])),
          );
        }
        return order;
      });
    },

    /** Medusa's addOrderTransactions: the transaction, and the summary moved by it (once per id). */
    async transactionAdd(input: OrderTransactionAddInput): Promise<OrderRow> {
      assertNoNul(input, 'input');
      const id = assertId(input.id, 'ordtrx', 'input.id');
      assertId(input.order_id, 'order', 'input.order_id');
      const code = currencyCode(input.currency_code, 'input.currency_code');
      return inTransaction(async (store) => {
        const [order] = await store.lockOrder(input.order_id);
        if (!order) throw notFound(`Order id not found: ${input.order_id}`, { id: input.order_id });
        if ((await store.transaction.byKeys([id], { withDeleted: true })).length > 0) return order;
        await store.transaction.insert([
          {
            id,
            order_id: order.id,
            version: order.version,
            amount: input.amount,
            currency_code: code,
            reference: input.reference.slice(0, 64),
            reference_id: input.reference_id.slice(0, 64),
          },
        ]);
        await moveSummary(store, order, input.amount, 1);
        return order;
      });
    },

    /** The undo of `transactionAdd`. */
    async transactionDelete(id: string): Promise<string | null> {
      assertId(id, 'ordtrx');
      return inTransaction(async (store) => {
        const [transaction] = await store.transaction.byKeys([id]);
        if (!transaction) return null;
        const [order] = await store.lockOrder(transaction.order_id);
        await store.deleteTransaction(id);
        if (order) await moveSummary(store, order, transaction.amount, -1);
        return id;
      });
    },
  };
}

/**
 * Medusa's updateOrderPaidRefundableAmount_: a positive amount is paid, a negative one refunded;
 * both move `transaction_total`, and `pending_difference` the other way. `sign` -1 takes it back.
 */
async function moveSummary(store: OrderStore, order: OrderRow, amount: string, sign: 1 | -1): Promise<void> {
  const [summary] = (await store.summary.by('order_id', [order.id])).filter((row) => row.version === order.version);
  if (!summary) return;
  const totals = Object.fromEntries(
    SUMMARY_TOTALS.map((key) => [key, new Decimal(String((summary.totals as Record<string, unknown>)?.[key] ?? 0))]),
  );
  const moved = new Decimal(amount).mul(sign);
  if (new Decimal(amount).gt(0)) totals.paid_total = totals.paid_total.add(moved);
  else totals.refunded_total = totals.refunded_total.add(moved.abs().mul(sign));
  totals.transaction_total = totals.transaction_total.add(moved);
  totals.pending_difference = totals.pending_difference.sub(moved);
  await store.summary.update(summary.id, {
    totals: Object.fromEntries(Object.entries(totals).map(([key, value]) => [key, value.toString()])),
  });
}

/** The quantities an order's fulfillments move, in the order they are reached. */
const QUANTITIES = ['fulfilled_quantity', 'shipped_quantity', 'delivered_quantity'] as const;

export type OrderMutations = ReturnType<typeof createOrderMutations>;
