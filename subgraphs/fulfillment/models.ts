import { addressColumns, belongsTo, columns as c, hasMany, model, type RowOf } from '../../kit/model';

/** The fulfillment module's tables, as Medusa's fulfillment module defines them, declared once. */
export const models = {
  // Providers are registered by id (`manual_manual`), not prefixed ULIDs: nothing to check.
  fulfillment_provider: model(
    'fulfillment.fulfillment_provider',
    {
      id: c.text().in().sortable(),
      is_enabled: c.boolean().flag().default(true),
    },
    { entity: 'FulfillmentProvider' },
  ),
  fulfillment_set: model(
    'fulfillment.fulfillment_set',
    {
      id: c.id('fuset').in().sortable(),
      name: c.text().in().sortable(),
      type: c.text().in().sortable(),
      metadata: c.json().nullable(),
    },
    {
      entity: 'FulfillmentSet',
      relations: { service_zones: hasMany('service_zone', 'fulfillment_set_id') },
      // What a soft delete takes with it and its restore brings back, as Medusa's relations cascade.
      cascades: { delete: ['service_zones'] },
    },
  ),
  service_zone: model(
    'fulfillment.service_zone',
    {
      id: c.id('serzo').in().sortable(),
      name: c.text().in().sortable(),
      fulfillment_set_id: c.id('fuset').in(),
      metadata: c.json().nullable(),
    },
    {
      entity: 'ServiceZone',
      relations: {
        fulfillment_set: belongsTo('fulfillment_set', 'fulfillment_set_id'),
        geo_zones: hasMany('geo_zone', 'service_zone_id'),
        shipping_options: hasMany('shipping_option', 'service_zone_id'),
      },
      cascades: { delete: ['geo_zones', 'shipping_options'] },
    },
  ),
  geo_zone: model(
    'fulfillment.geo_zone',
    {
      id: c.id('fgz'),
      type: c.oneOf(['country', 'province', 'city', 'zip'] as const).default('country'),
      country_code: c.text(),
      province_code: c.text().nullable(),
      city: c.text().nullable(),
      postal_expression: c.json().nullable(),
      service_zone_id: c.id('serzo'),
      metadata: c.json().nullable(),
    },
    {
      order: 'country_code, id',
      entity: 'GeoZone',
      relations: { service_zone: belongsTo('service_zone', 'service_zone_id') },
    },
  ),
  shipping_profile: model(
    'fulfillment.shipping_profile',
    {
      id: c.id('sp').in().sortable(),
      name: c.text().in().sortable().searchable(),
      type: c.text().in().sortable(),
      metadata: c.json().nullable(),
    },
    { entity: 'ShippingProfile', relations: { shipping_options: hasMany('shipping_option', 'shipping_profile_id') } },
  ),
  shipping_option_type: model(
    'fulfillment.shipping_option_type',
    {
      id: c.id('sotype').in().sortable(),
      label: c.text().sortable(),
      code: c.text().in().sortable(),
      description: c.text().nullable(),
    },
    {
      entity: 'ShippingOptionType',
      relations: { shipping_options: hasMany('shipping_option', 'shipping_option_type_id') },
    },
  ),
  shipping_option: model(
    'fulfillment.shipping_option',
    {
      id: c.id('so').in().sortable(),
      name: c.text().in().sortable().searchable(),
      price_type: c
        .oneOf(['calculated', 'flat'] as const)
        .in()
        .sortable()
        .default('flat'),
      data: c.json().nullable(),
      metadata: c.json().nullable(),
      service_zone_id: c.id('serzo').in(),
      shipping_profile_id: c.id('sp').nullable().in(),
      provider_id: c.text().nullable().in(),
      shipping_option_type_id: c.id('sotype').in(),
    },
    {
      entity: 'ShippingOption',
      relations: {
        service_zone: belongsTo('service_zone', 'service_zone_id'),
        shipping_profile: belongsTo('shipping_profile', 'shipping_profile_id'),
        provider: belongsTo('fulfillment_provider', 'provider_id'),
        type: belongsTo('shipping_option_type', 'shipping_option_type_id'),
        rules: hasMany('shipping_option_rule', 'shipping_option_id'),
        prices: hasMany('shipping_option_price', 'shipping_option_id'),
      },
      cascades: { delete: ['rules', 'prices'] },
    },
  ),
  shipping_option_rule: model(
    'fulfillment.shipping_option_rule',
    {
      id: c.id('sorul'),
      attribute: c.text(),
      operator: c.oneOf(['in', 'eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'nin'] as const),
      value: c.json().nullable(),
      shipping_option_id: c.id('so'),
    },
    {
      entity: 'ShippingOptionRule',
      relations: { shipping_option: belongsTo('shipping_option', 'shipping_option_id') },
    },
  ),
  // A stand-in for the pricing module: one flat price per currency.
  shipping_option_price: model(
    'fulfillment.shipping_option_price',
    {
      id: c.id('price'),
      shipping_option_id: c.id('so'),
      currency_code: c.text(),
      amount: c.numeric(),
    },
    { order: 'currency_code, id' },
  ),
  fulfillment_address: model(
    'fulfillment.fulfillment_address',
    {
      id: c.id('fuladdr'),
      ...addressColumns(),
      metadata: c.json().nullable(),
    },
    { entity: 'FulfillmentAddress' },
  ),
  // Sortable in this order (error messages list them): the references, then the shipment's dates.
  fulfillment: model(
    'fulfillment.fulfillment',
    {
      id: c.id('ful').in().sortable(),
      // A stock location's id (a module out of scope).
      location_id: c.id('sloc').in().sortable(),
      provider_id: c.text().nullable().in().sortable(),
      shipping_option_id: c.id('so').nullable().in().sortable(),
      packed_at: c.timestamp().nullable().range().sortable(),
      shipped_at: c.timestamp().nullable().range().sortable(),
      delivered_at: c.timestamp().nullable().range().sortable(),
      canceled_at: c.timestamp().nullable().range().sortable(),
      marked_shipped_by: c.text().nullable(),
      created_by: c.text().nullable(),
      data: c.json().nullable(),
      requires_shipping: c.boolean().flag().default(true),
      delivery_address_id: c.id('fuladdr').nullable(),
      metadata: c.json().nullable(),
    },
    {
      entity: 'Fulfillment',
      relations: {
        provider: belongsTo('fulfillment_provider', 'provider_id'),
        shipping_option: belongsTo('shipping_option', 'shipping_option_id'),
        delivery_address: belongsTo('fulfillment_address', 'delivery_address_id'),
        items: hasMany('fulfillment_item', 'fulfillment_id'),
        labels: hasMany('fulfillment_label', 'fulfillment_id'),
      },
    },
  ),
  fulfillment_item: model(
    'fulfillment.fulfillment_item',
    {
      id: c.id('fulit'),
      title: c.text(),
      sku: c.text(),
      barcode: c.text(),
      quantity: c.numeric(),
      line_item_id: c.text().nullable(),
      inventory_item_id: c.text().nullable(),
      fulfillment_id: c.id('ful'),
    },
    { entity: 'FulfillmentItem' },
  ),
  fulfillment_label: model(
    'fulfillment.fulfillment_label',
    {
      id: c.id('fulla'),
      tracking_number: c.text(),
      tracking_url: c.text(),
      label_url: c.text(),
      fulfillment_id: c.id('ful'),
    },
    { entity: 'FulfillmentLabel' },
  ),
};

export type FulfillmentProviderRow = RowOf<typeof models.fulfillment_provider>;
export type FulfillmentSetRow = RowOf<typeof models.fulfillment_set>;
export type ServiceZoneRow = RowOf<typeof models.service_zone>;
export type GeoZoneRow = RowOf<typeof models.geo_zone>;
export type ShippingProfileRow = RowOf<typeof models.shipping_profile>;
export type ShippingOptionTypeRow = RowOf<typeof models.shipping_option_type>;
export type ShippingOptionRow = RowOf<typeof models.shipping_option>;
export type ShippingOptionRuleRow = RowOf<typeof models.shipping_option_rule>;
export type ShippingOptionPriceRow = RowOf<typeof models.shipping_option_price>;
export type FulfillmentAddressRow = RowOf<typeof models.fulfillment_address>;
export type FulfillmentRow = RowOf<typeof models.fulfillment>;
export type FulfillmentItemRow = RowOf<typeof models.fulfillment_item>;
export type FulfillmentLabelRow = RowOf<typeof models.fulfillment_label>;
