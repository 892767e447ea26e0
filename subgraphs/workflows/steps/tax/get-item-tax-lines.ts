import { createStep } from '../../../../kit/workflow-definition';
import { graphql } from '../../generated/documents';
import type {
  TaxableItemInput,
  TaxableShippingInput,
  TaxCalculationContextInput,
} from '../../generated/documents/graphql';

const TaxLines = graphql(`
  query TaxLines($items: [TaxableItemInput!]!, $shipping_methods: [TaxableShippingInput!]!, $context: TaxCalculationContextInput!) {
    tax_lines(items: $items, shipping_methods: $shipping_methods, context: $context) {
      line_item_id shipping_line_id rate code name rate_id provider_id
    }
  }
`);

/** Medusa's getItemTaxLinesStep: the tax module's lines for the items and shipping methods (a read: nothing to undo). */
export const getItemTaxLinesStep = createStep({
  name: 'get-item-tax-lines',
  target: 'tax',
  invoke: async (
    input: { items: TaxableItemInput[]; shipping_methods: TaxableShippingInput[]; context: TaxCalculationContextInput },
    { call },
  ) => (await call(TaxLines, input)).tax_lines,
});
