import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type { LineItemTaxLineInput, ShippingMethodTaxLineInput } from '../../generated/documents/graphql';

const SetTaxLines = graphql(`
  mutation SetTaxLines(
    $cart: ID!
    $item_ids: [ID!]
    $shipping_method_ids: [ID!]
    $items: [LineItemTaxLineInput!]!
    $methods: [ShippingMethodTaxLineInput!]!
  ) {
    tax_lines_set(
      cart_id: $cart
      item_ids: $item_ids
      shipping_method_ids: $shipping_method_ids
      item_tax_lines: $items
      shipping_method_tax_lines: $methods
    ) { id }
  }
`);

interface TaxLines {
  cart_id: string;
  /** Only these items' and methods' lines are replaced (Medusa's upsert); null: all of the cart's (its set). */
  item_ids: string[] | null;
  shipping_method_ids: string[] | null;
  /** The new lines, each with its id chosen before the call. */
  items: LineItemTaxLineInput[];
  methods: ShippingMethodTaxLineInput[];
  /** The lines they replace (soft-deleted): the undo writes them again. */
  previous: { items: LineItemTaxLineInput[]; methods: ShippingMethodTaxLineInput[] };
}

/** Medusa's setTaxLinesForItemsStep (and upsertTaxLinesForItemsStep): the cart's tax lines replaced; its undo puts back the previous ones. */
export const setTaxLinesStep = createStep({
  name: 'set-tax-lines-for-items',
  target: 'cart',
  invoke: async ({ cart_id, item_ids, shipping_method_ids, items, methods }: TaxLines, { call }) =>
    (await call(SetTaxLines, { cart: cart_id, item_ids, shipping_method_ids, items, methods })).tax_lines_set,
  compensate: async ({ cart_id, item_ids, shipping_method_ids, previous }, _output, { call }) =>
    call(SetTaxLines, {
      cart: cart_id,
      item_ids,
      shipping_method_ids,
      items: previous.items,
      methods: previous.methods,
    }),
});
