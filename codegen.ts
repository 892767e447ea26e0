import { existsSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types generated from each subgraph's schema.graphql, so resolvers are checked
 * against the schema: `npm run codegen` writes `subgraphs/<module>/generated/resolvers.ts`.
 * `mappers` say which store row type stands behind each GraphQL type. The link subgraph is not
 * listed: its resolvers are built from the link declarations (subgraphs/link/links).
 */
const subgraphs: Record<string, { context: string; mappers: Record<string, string> }> = {
  cart: {
    context: 'CartContext',
    mappers: {
      Cart: 'CartRow',
      Address: 'AddressRow',
      LineItem: 'LineItemRow',
      LineItemAdjustment: 'LineItemAdjustmentRow',
      LineItemTaxLine: 'LineItemTaxLineRow',
      ShippingMethod: 'ShippingMethodRow',
      ShippingMethodAdjustment: 'ShippingMethodAdjustmentRow',
      ShippingMethodTaxLine: 'ShippingMethodTaxLineRow',
      CreditLine: 'CreditLineRow',
      CartList: 'ListResult<CartRow>',
      LineItemList: 'ListResult<LineItemRow>',
      Customer: 'EntityReference',
      Region: 'EntityReference',
      SalesChannel: 'EntityReference',
      ProductVariant: 'EntityReference',
    },
  },
  customer: {
    context: 'CustomerContext',
    mappers: {
      Customer: 'CustomerRow',
      CustomerAddress: 'CustomerAddressRow',
      CustomerGroup: 'CustomerGroupRow',
      CustomerList: 'ListResult<CustomerRow>',
      CustomerGroupList: 'ListResult<CustomerGroupRow>',
      CustomerAddressList: 'ListResult<CustomerAddressRow>',
    },
  },
  region: {
    context: 'RegionContext',
    mappers: {
      Region: 'RegionRow',
      Country: 'CountryRow',
      RegionList: 'ListResult<RegionRow>',
      CountryList: 'ListResult<CountryRow>',
    },
  },
  'sales-channel': {
    context: 'SalesChannelContext',
    mappers: { SalesChannel: 'SalesChannelRow', SalesChannelList: 'ListResult<SalesChannelRow>' },
  },
  product: {
    context: 'ProductContext',
    mappers: {
      Product: 'ProductRow',
      ProductVariant: 'ProductVariantRow',
      ProductVariantPrice: 'ProductVariantPriceRow',
      ProductOption: 'ProductOptionRow',
      ProductOptionValue: 'ProductOptionValueRow',
      ProductProductOption: 'ProductProductOptionRow',
      ProductImage: 'ProductImageRow',
      ProductCategory: 'ProductCategoryRow',
      ProductCollection: 'ProductCollectionRow',
      ProductTag: 'ProductTagRow',
      ProductType: 'ProductTypeRow',
      PricePreference: 'PricePreferenceRow',
      PricePreferenceList: 'ListResult<PricePreferenceRow>',
      ProductList: 'ListResult<ProductRow>',
      ProductVariantList: 'ListResult<ProductVariantRow>',
      ProductCategoryList: 'ListResult<ProductCategoryRow>',
      ProductCollectionList: 'ListResult<ProductCollectionRow>',
      ProductTagList: 'ListResult<ProductTagRow>',
      ProductTypeList: 'ListResult<ProductTypeRow>',
      ProductOptionList: 'ListResult<ProductOptionRow>',
    },
  },
  fulfillment: {
    context: 'FulfillmentContext',
    mappers: {
      ShippingOption: 'ShippingOptionRow',
      ShippingOptionPrice: 'ShippingOptionPriceRow',
      ShippingOptionType: 'ShippingOptionTypeRow',
      ShippingOptionRule: 'ShippingOptionRuleRow',
      ShippingProfile: 'ShippingProfileRow',
      FulfillmentSet: 'FulfillmentSetRow',
      ServiceZone: 'ServiceZoneRow',
      GeoZone: 'GeoZoneRow',
      FulfillmentProvider: 'FulfillmentProviderRow',
      ShippingOptionList: 'ListResult<ShippingOptionRow>',
      ShippingProfileList: 'ListResult<ShippingProfileRow>',
      FulfillmentSetList: 'ListResult<FulfillmentSetRow>',
      ServiceZoneList: 'ListResult<ServiceZoneRow>',
      ShippingOptionTypeList: 'ListResult<ShippingOptionTypeRow>',
      FulfillmentProviderList: 'ListResult<FulfillmentProviderRow>',
      Fulfillment: 'FulfillmentRow',
      FulfillmentAddress: 'FulfillmentAddressRow',
      FulfillmentItem: 'FulfillmentItemRow',
      FulfillmentLabel: 'FulfillmentLabelRow',
      FulfillmentList: 'ListResult<FulfillmentRow>',
    },
  },
  payment: {
    context: 'PaymentContext',
    mappers: {
      PaymentCollection: 'PaymentCollectionRow',
      PaymentSession: 'PaymentSessionRow',
      Payment: 'PaymentRow',
      Capture: 'CaptureRow',
      Refund: 'RefundRow',
      RefundReason: 'RefundReasonRow',
      PaymentProvider: 'PaymentProviderRow',
      PaymentCollectionList: 'ListResult<PaymentCollectionRow>',
      PaymentList: 'ListResult<PaymentRow>',
      RefundReasonList: 'ListResult<RefundReasonRow>',
      PaymentProviderList: 'ListResult<PaymentProviderRow>',
      AccountHolder: 'AccountHolderRow',
      AccountHolderList: 'ListResult<AccountHolderRow>',
    },
  },
  promotion: {
    context: 'PromotionContext',
    mappers: {
      Promotion: 'PromotionRow',
      ApplicationMethod: 'ApplicationMethodRow',
      Campaign: 'CampaignRow',
      CampaignBudget: 'CampaignBudgetRow',
      PromotionRule: 'PromotionRuleRow',
      PromotionRuleValue: 'PromotionRuleValueRow',
      PromotionList: 'ListResult<PromotionRow>',
      PromotionUsage: 'PromotionUsageRow',
      CampaignList: 'ListResult<CampaignRow>',
    },
  },
  order: {
    context: 'OrderContext',
    mappers: {
      Order: 'OrderRow',
      OrderAddress: 'OrderAddressRow',
      OrderLineItem: 'OrderLineItemRow',
      OrderItemDetail: 'OrderItemRow',
      OrderLineItemAdjustment: 'OrderLineItemAdjustmentRow',
      OrderLineItemTaxLine: 'OrderLineItemTaxLineRow',
      OrderShippingMethod: 'OrderShippingMethodRow',
      OrderShippingDetail: 'OrderShippingRow',
      OrderShippingMethodAdjustment: 'OrderShippingMethodAdjustmentRow',
      OrderShippingMethodTaxLine: 'OrderShippingMethodTaxLineRow',
      OrderSummaryTotals: 'OrderSummaryTotalsRow',
      OrderTransaction: 'OrderTransactionRow',
      OrderCreditLine: 'OrderCreditLineRow',
      OrderList: 'ListResult<OrderRow>',
      OrderLineItemList: 'ListResult<OrderLineItemRow>',
      Customer: 'EntityReference',
      Region: 'EntityReference',
      SalesChannel: 'EntityReference',
      ProductVariant: 'EntityReference',
    },
  },
  tax: {
    context: 'TaxContext',
    mappers: {
      TaxProvider: 'TaxProviderRow',
      TaxRegion: 'TaxRegionRow',
      TaxRate: 'TaxRateRow',
      TaxRateRule: 'TaxRateRuleRow',
      TaxProviderList: 'ListResult<TaxProviderRow>',
      TaxRegionList: 'ListResult<TaxRegionRow>',
      TaxRateList: 'ListResult<TaxRateRow>',
      TaxRateRuleList: 'ListResult<TaxRateRuleRow>',
    },
  },
  workflows: {
    context: 'WorkflowsContext',
    // Entities it answers with only their id, and the order as the gateway sends it with the required fields.
    mappers: {
      Order: 'OrderStatusSource',
      PaymentCollection: 'Reference',
      Fulfillment: 'Reference',
      OrderLineItem: 'Reference',
      OrderItemDetail: 'Reference',
    },
  },
};

// CODEGEN_ONLY=cart,order limits a run to some subgraphs.
const only = process.env.CODEGEN_ONLY?.split(',');
const selected = Object.entries(subgraphs).filter(([name]) => !only || only.includes(name));

/**
 * The workflows' GraphQL documents (one per step, in subgraphs/workflows/steps), typed from the
 * committed supergraph.graphql, which holds the modules' internal mutations too (they are only
 * inaccessible to clients): each step's `graphql(...)` returns a TypedDocumentNode.
 */
const workflowDocuments: CodegenConfig['generates'] = {
  'subgraphs/workflows/generated/documents/': {
    schema: 'supergraph.graphql',
    documents: ['subgraphs/workflows/steps/**/*.ts'],
    preset: 'client',
    presetConfig: { fragmentMasking: false },
    config: {
      scalars: { BigNumber: { input: 'string | number', output: 'string' }, DateTime: 'string', JSON: 'unknown' },
      enumsAsTypes: true,
      useTypeImports: true,
      onlyOperationTypes: true,
    },
  },
};

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    ...(!only || only.includes('workflows') ? workflowDocuments : {}),
    ...Object.fromEntries(
      selected.map(([name, { context, mappers }]) => [
        `subgraphs/${name}/generated/resolvers.ts`,
        {
          schema: `subgraphs/${name}/schema.graphql`,
          plugins: [
            { add: { content: '/* Generated by `npm run codegen` from schema.graphql: do not edit. */' } },
            'typescript',
            'typescript-resolvers',
          ],
          config: {
            federation: true,
            useIndexSignature: true,
            contextType: `../context#${context}`,
            // PageMetadata is the kit's, in every subgraph that has lists: its `count` is computed only when selected.
            mappers: Object.fromEntries(
              Object.entries({
                ...(name === 'workflows' ? {} : { PageMetadata: 'PageMetadataSource' }),
                ...mappers,
              }).map(([type, row]) => [
                type,
                /^(ListResult|PageMetadataSource)/.test(row)
                  ? `../../../kit/sql#${row}`
                  : `../${existsSync(`subgraphs/${name}/models.ts`) ? 'models' : existsSync(`subgraphs/${name}/store.ts`) ? 'store' : 'reads'}#${row}`,
              ]),
            ),
            scalars: { DateTime: 'Date | string', BigNumber: 'string', JSON: 'unknown', ID: 'string' },
            enumsAsTypes: true,
            avoidOptionals: { field: true, inputValue: false, object: false },
          },
        },
      ]),
    ),
  },
};

export default config;
