import type { Database } from '../../kit/database';
import { assertNoNul, assertNotNegative, conflict, currencyCode, idMaker, json, optionalId } from '../../kit/input';
import { badUserInput } from '../../kit/errors';
import { assertId } from '../../kit/ids';
import type { NewRow } from '../../kit/sql';
import type { OrderAddressInput, OrderCreateInput, OrderTaxLineCreateInput } from './generated/resolvers';
import {
  createOrderStore,
  type NewOrderRow,
  type OrderAddressRow,
  type OrderData,
  type OrderRow,
  type OrderStore,
} from './store';

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

function addressRow(id: string, input: OrderAddressInput, argument: string): NewRow<OrderAddressRow> {
  return {
    id,
    customer_id: optionalId(input.customer_id, 'cus', `${argument}.customer_id`),
    company: input.company ?? null,
    first_name: input.first_name ?? null,
    last_name: input.last_name ?? null,
    address_1: input.address_1 ?? null,
    address_2: input.address_2 ?? null,
    city: input.city ?? null,
    country_code: input.country_code?.toLowerCase() ?? null,
    province: input.province ?? null,
    postal_code: input.postal_code ?? null,
    phone: input.phone ?? null,
    metadata: json(input.metadata),
  };
}

/** A tax line's own columns; the caller adds the key of its item or shipping method. */
function taxLineColumns(id: string, line: OrderTaxLineCreateInput) {
  return {
    id,
    description: line.description ?? null,
    tax_rate_id: line.tax_rate_id ?? null,
    code: line.code,
    rate: line.rate,
    provider_id: line.provider_id ?? null,
  };
}

/** Every row of a new order, as the store inserts them, checked before anything is written. */
function orderRows(input: OrderCreateInput): { order: NewOrderRow; data: OrderData } {
  const newId = idMaker();
  const orderId = optionalId(input.id, 'order', 'input.id') ?? newId('order');
  const version = 1;
  const currency = currencyCode(input.currency_code, 'input.currency_code');
  const data: Required<Omit<OrderData, 'orders'>> = {
    addresses: [], line_items: [], items: [], adjustments: [], tax_lines: [], shipping_methods: [], shippings: [],
    shipping_method_adjustments: [], shipping_method_tax_lines: [], summaries: [], transactions: [], credit_lines: [],
  };
  const copyAddress = (address: OrderAddressInput | null | undefined, argument: string) => {
    if (!address) return null;
    const row = addressRow(newId('ordaddr'), address, argument);
    data.addresses.push(row);
    return row.id;
  };

  const order: NewOrderRow = {
    id: orderId,
    custom_display_id: null,
    region_id: optionalId(input.region_id, 'reg', 'input.region_id'),
    customer_id: optionalId(input.customer_id, 'cus', 'input.customer_id'),
    sales_channel_id: optionalId(input.sales_channel_id, 'sc', 'input.sales_channel_id'),
    version,
    status: 'pending',
    is_draft_order: false,
    email: input.email ?? null,
    currency_code: currency,
    locale: input.locale ?? null,
    no_notification: input.no_notification ?? null,
    metadata: json(input.metadata),
    canceled_at: null,
    shipping_address_id: copyAddress(input.shipping_address, 'input.shipping_address'),
    billing_address_id: copyAddress(input.billing_address, 'input.billing_address'),
  };

  (input.items ?? []).forEach((item, index) => {
    const argument = `input.items[${index}]`;
    if (isNegative(item.quantity) || !/[1-9]/.test(item.quantity)) {
      throw badUserInput('Item quantity must be greater than 0', { argument: `${argument}.quantity` });
    }
    const lineId = newId('ordli');
    data.line_items.push({
      id: lineId,
      title: item.title,
      subtitle: item.subtitle ?? null,
      thumbnail: item.thumbnail ?? null,
      variant_id: optionalId(item.variant_id, 'variant', `${argument}.variant_id`),
      product_id: optionalId(item.product_id, 'prod', `${argument}.product_id`),
      product_title: item.product_title ?? null,
      product_description: item.product_description ?? null,
      product_subtitle: item.product_subtitle ?? null,
      product_type: item.product_type ?? null,
      product_type_id: optionalId(item.product_type_id, 'ptyp', `${argument}.product_type_id`),
      product_collection: item.product_collection ?? null,
      product_handle: item.product_handle ?? null,
      variant_sku: item.variant_sku ?? null,
      variant_barcode: item.variant_barcode ?? null,
      variant_title: item.variant_title ?? null,
      variant_option_values: json(item.variant_option_values),
      requires_shipping: item.requires_shipping ?? true,
      is_discountable: item.is_discountable ?? true,
      is_giftcard: item.is_giftcard ?? false,
      is_tax_inclusive: item.is_tax_inclusive ?? false,
      is_custom_price: item.is_custom_price ?? false,
      compare_at_unit_price: item.compare_at_unit_price ?? null,
      unit_price: item.unit_price,
      metadata: json(item.metadata),
    });
    // The order item of version 1: its price overrides stay empty, as Medusa leaves them.
    data.items.push({
      id: newId('orditem'),
      order_id: orderId,
      item_id: lineId,
      version,
      quantity: item.quantity,
      unit_price: null,
      compare_at_unit_price: null,
      fulfilled_quantity: '0',
      shipped_quantity: '0',
      delivered_quantity: '0',
      return_requested_quantity: '0',
      return_received_quantity: '0',
      return_dismissed_quantity: '0',
      written_off_quantity: '0',
      metadata: null,
    });
    (item.adjustments ?? []).forEach((adjustment, n) => {
      assertNotNegative(adjustment.amount, `${argument}.adjustments[${n}].amount`);
      data.adjustments.push({
        id: newId('ordliadj'),
        item_id: lineId,
        version,
        description: adjustment.description ?? null,
        promotion_id: optionalId(adjustment.promotion_id, 'promo', `${argument}.adjustments[${n}].promotion_id`),
        code: adjustment.code ?? null,
        amount: adjustment.amount,
        provider_id: adjustment.provider_id ?? null,
        is_tax_inclusive: adjustment.is_tax_inclusive ?? false,
      });
    });
    for (const line of item.tax_lines ?? []) data.tax_lines.push({ ...taxLineColumns(newId('ordlitxl'), line), item_id: lineId });
  });

  (input.shipping_methods ?? []).forEach((method, index) => {
    const argument = `input.shipping_methods[${index}]`;
    assertNotNegative(method.amount, `${argument}.amount`);
    const methodId = newId('ordsm');
    data.shipping_methods.push({
      id: methodId,
      name: method.name,
      description: json(method.description),
      amount: method.amount,
      is_tax_inclusive: method.is_tax_inclusive ?? false,
      is_custom_amount: method.is_custom_amount ?? false,
      shipping_option_id: optionalId(method.shipping_option_id, 'so', `${argument}.shipping_option_id`),
      data: json(method.data),
      metadata: json(method.metadata),
    });
    data.shippings.push({
      id: newId('ordspmv'),
      order_id: orderId,
      version,
      return_id: null,
      exchange_id: null,
      claim_id: null,
      shipping_method_id: methodId,
    });
    (method.adjustments ?? []).forEach((adjustment, n) => {
      assertNotNegative(adjustment.amount, `${argument}.adjustments[${n}].amount`);
      data.shipping_method_adjustments.push({
        id: newId('ordsmadj'),
        shipping_method_id: methodId,
        version,
        description: adjustment.description ?? null,
        promotion_id: optionalId(adjustment.promotion_id, 'promo', `${argument}.adjustments[${n}].promotion_id`),
        code: adjustment.code ?? null,
        amount: adjustment.amount,
        provider_id: adjustment.provider_id ?? null,
      });
    });
    for (const line of method.tax_lines ?? []) {
      data.shipping_method_tax_lines.push({ ...taxLineColumns(newId('ordsmtxl'), line), shipping_method_id: methodId });
    }
  });

  for (const line of input.credit_lines ?? []) {
    data.credit_lines.push({
      id: newId('ordcl'),
      order_id: orderId,
      version,
      reference: line.reference ?? null,
      reference_id: line.reference_id ?? null,
      amount: line.amount,
      metadata: json(line.metadata),
    });
  }

  (input.transactions ?? []).forEach((transaction, index) => {
    data.transactions.push({
      id: newId('ordtrx'),
      order_id: orderId,
      version,
      amount: transaction.amount,
      currency_code: transaction.currency_code ? currencyCode(transaction.currency_code, `input.transactions[${index}].currency_code`) : currency,
      reference: transaction.reference ?? null,
      reference_id: transaction.reference_id ?? null,
      return_id: null,
      exchange_id: null,
      claim_id: null,
    });
  });

  data.summaries.push({ id: newId('ordsum'), order_id: orderId, version, totals: { ...input.summary } });
  return { order, data };
}

export function createOrderMutations(db: Database) {
  const inTransaction = <T>(work: (store: OrderStore) => Promise<T>): Promise<T> => db.transaction((tx) => work(createOrderStore(tx)));

  return {
    /**
     * Medusa's createOrdersStep for one order: every row in one transaction; `display_id` from the
     * sequence. With `input.id`, an order that already has it is returned as it is (CONFLICT when
     * it is another's order or was deleted).
     */
    async orderCreate(input: OrderCreateInput): Promise<OrderRow> {
      assertNoNul(input, 'input');
      const { order, data } = orderRows(input);
      return inTransaction(async (store) => {
        if (input.id) {
          await store.lockIds([order.id]);
          const [existing] = await store.ordersByIds([order.id], { withDeleted: true });
          if (existing) {
            const differing = ORDER_OWNER_COLUMNS.filter((column) => existing[column] !== order[column]);
            if (differing.length > 0) {
              throw conflict(`Order ${order.id} already exists with another ${differing.join(', ')}`, { id: order.id, fields: differing });
            }
            if (existing.deleted_at) throw conflict(`Order ${order.id} was deleted; its id is not used again`, { id: order.id });
            return existing;
          }
        }
        await store.insert({ ...data, orders: [order] });
        const [row] = await store.ordersByIds([order.id]);
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
  };
}

export type OrderMutations = ReturnType<typeof createOrderMutations>;
