import { belongsTo, columns as c, hasMany, hasOne, model, type RowOf } from '../../kit/model';

export const PAYMENT_COLLECTION_STATUSES = [
  'not_paid',
  'awaiting',
  'authorized',
  'partially_authorized',
  'canceled',
  'failed',
  'partially_captured',
  'completed',
] as const;
export type PaymentCollectionStatus = (typeof PAYMENT_COLLECTION_STATUSES)[number];

// pending_authorization is in Medusa's TS enum though its migration snapshot lags behind.
export const PAYMENT_SESSION_STATUSES = [
  'authorized',
  'captured',
  'pending',
  'requires_more',
  'error',
  'canceled',
  'pending_authorization',
] as const;
export type PaymentSessionStatus = (typeof PAYMENT_SESSION_STATUSES)[number];

/** The payment module's tables (Medusa's payment module), declared once. Amounts are numeric, read as exact decimal strings. */
export const models = {
  // Providers are registered by id (`pp_system_default`), not prefixed ULIDs: no prefix to check.
  payment_provider: model(
    'payment.payment_provider',
    {
      id: c.text().in().sortable(),
      is_enabled: c.boolean().flag().default(true),
    },
    { entity: 'PaymentProvider' },
  ),
  // Declared in the order its list sorts by (status before completed_at).
  payment_collection: model(
    'payment.payment_collection',
    {
      id: c.id('pay_col').in().sortable(),
      currency_code: c.text().in().sortable(),
      amount: c.numeric().range().sortable(),
      authorized_amount: c.numeric().nullable(),
      captured_amount: c.numeric().nullable(),
      refunded_amount: c.numeric().nullable(),
      status: c.oneOf(PAYMENT_COLLECTION_STATUSES).in().sortable().default('not_paid'),
      completed_at: c.timestamp().nullable().range().sortable(),
      metadata: c.json().nullable(),
    },
    {
      entity: 'PaymentCollection',
      relations: {
        payment_sessions: hasMany('payment_session', 'payment_collection_id'),
        payments: hasMany('payment', 'payment_collection_id'),
      },
    },
  ),
  // Medusa's manyToMany pivot: the pair is its key, no timestamps. Read joined to the providers (store.ts).
  collection_provider: model(
    'payment.payment_collection_payment_providers',
    { payment_collection_id: c.id('pay_col'), payment_provider_id: c.text() },
    { key: 'payment_collection_id', primaryKey: ['payment_collection_id', 'payment_provider_id'], timestamps: false },
  ),
  payment_session: model(
    'payment.payment_session',
    {
      id: c.id('payses'),
      currency_code: c.text(),
      amount: c.numeric(),
      provider_id: c.text(),
      data: c.json().default({}),
      context: c.json().nullable(),
      status: c.oneOf(PAYMENT_SESSION_STATUSES).default('pending'),
      authorized_at: c.timestamp().nullable(),
      payment_collection_id: c.id('pay_col'),
      metadata: c.json().nullable(),
    },
    {
      entity: 'PaymentSession',
      relations: {
        payment_collection: belongsTo('payment_collection', 'payment_collection_id'),
        payment: hasOne('payment', 'payment_session_id'),
      },
    },
  ),
  payment: model(
    'payment.payment',
    {
      id: c.id('pay').in().sortable(),
      amount: c.numeric().range().sortable(),
      currency_code: c.text().in().sortable(),
      provider_id: c.text().in().sortable(),
      data: c.json().nullable(),
      metadata: c.json().nullable(),
      captured_at: c.timestamp().nullable().range().sortable(),
      canceled_at: c.timestamp().nullable().range().sortable(),
      payment_collection_id: c.id('pay_col').in(),
      payment_session_id: c.id('payses').in(),
    },
    {
      entity: 'Payment',
      relations: {
        payment_collection: belongsTo('payment_collection', 'payment_collection_id'),
        payment_session: belongsTo('payment_session', 'payment_session_id'),
        captures: hasMany('capture', 'payment_id'),
        refunds: hasMany('refund', 'payment_id'),
      },
    },
  ),
  capture: model(
    'payment.capture',
    {
      id: c.id('capt'),
      amount: c.numeric(),
      payment_id: c.id('pay'),
      metadata: c.json().nullable(),
      created_by: c.text().nullable(),
    },
    { entity: 'Capture', relations: { payment: belongsTo('payment', 'payment_id') } },
  ),
  refund_reason: model(
    'payment.refund_reason',
    {
      id: c.id('refr').in().sortable(),
      label: c.text().sortable().searchable(),
      code: c.text().in().sortable().searchable(),
      description: c.text().nullable().searchable(),
      metadata: c.json().nullable(),
    },
    { entity: 'RefundReason', relations: { refunds: hasMany('refund', 'refund_reason_id') } },
  ),
  refund: model(
    'payment.refund',
    {
      id: c.id('ref'),
      amount: c.numeric(),
      payment_id: c.id('pay'),
      refund_reason_id: c.id('refr').nullable(),
      note: c.text().nullable(),
      created_by: c.text().nullable(),
      metadata: c.json().nullable(),
    },
    {
      entity: 'Refund',
      relations: {
        payment: belongsTo('payment', 'payment_id'),
        refund_reason: belongsTo('refund_reason', 'refund_reason_id'),
      },
    },
  ),
  /** A customer's account at a payment provider (Medusa 2.5+ `AccountHolder`), e.g. a Stripe customer. */
  account_holder: model(
    'payment.account_holder',
    {
      id: c.id('acchld').in().sortable(),
      provider_id: c.text().in().sortable(),
      external_id: c.text().in().sortable(),
      email: c.text().nullable().in().sortable(),
      data: c.json().default({}),
      metadata: c.json().nullable(),
    },
    { entity: 'AccountHolder' },
  ),
};

export type PaymentProviderRow = RowOf<typeof models.payment_provider>;
export type PaymentCollectionRow = RowOf<typeof models.payment_collection>;
export type PaymentSessionRow = RowOf<typeof models.payment_session>;
export type PaymentRow = RowOf<typeof models.payment>;
export type CaptureRow = RowOf<typeof models.capture>;
export type RefundReasonRow = RowOf<typeof models.refund_reason>;
export type RefundRow = RowOf<typeof models.refund>;
export type AccountHolderRow = RowOf<typeof models.account_holder>;
