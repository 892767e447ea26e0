import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Database } from '../../kit/database';
import type { Actor } from '../../kit/auth';
import type { RequestInfo, SubgraphServices } from '../../kit/subgraph';
import type { StepContext } from '../../kit/workflow-definition';
import { DEFAULT_LEASE_TTL_MS, DEFAULT_LOCK_WAIT_MS, WorkflowEngine } from '../../kit/workflow-engine';
import { stepTransport } from './transport';
import { allWorkflows, cartWorkflows, type CartWorkflows } from './workflows';

export interface WorkflowsContext {
  /** Runs the workflows durably (kit/workflow-engine.ts). */
  engine: WorkflowEngine;
  workflows: CartWorkflows;
  /** Who asked: the ownership rule, and a signed-in customer's new cart is theirs. */
  actor: Actor;
  /** The client's Idempotency-Key, when it sent one. */
  idempotencyKey?: string;
  /** Reads outside a run (the shipping options query). */
  gateway: StepContext;
}

/**
 * The workflows own no module table: their database holds only their journal (the `workflows`
 * schema), through which any workflows process sharing it finishes what a dead one left.
 * Settings: WORKFLOWS_INSTANCE, WORKFLOW_LEASE_TTL_MS (default 15000), WORKFLOW_LOCK_WAIT_MS
 * (default 2000), WORKFLOW_RECOVERY_INTERVAL_MS (default half the lease); DEFAULT_REGION_ID and
 * DEFAULT_SALES_CHANNEL_ID for new carts.
 */
export function createWorkflowsContext(db: Database, services: SubgraphServices) {
  const transport = stepTransport(services);
  const workflows = cartWorkflows({ regionId: process.env.DEFAULT_REGION_ID, salesChannelId: process.env.DEFAULT_SALES_CHANNEL_ID });
  const engine = new WorkflowEngine({
    db,
    workflows: allWorkflows(workflows),
    stepContext: transport,
    instance: process.env.WORKFLOWS_INSTANCE || services.instance,
    leaseTtlMs: positive('WORKFLOW_LEASE_TTL_MS', DEFAULT_LEASE_TTL_MS),
    lockWaitMs: positive('WORKFLOW_LOCK_WAIT_MS', DEFAULT_LOCK_WAIT_MS),
    recoverEveryMs: process.env.WORKFLOW_RECOVERY_INTERVAL_MS ? positive('WORKFLOW_RECOVERY_INTERVAL_MS', 0) : undefined,
  });
  engine.start();
  const gateway = transport('gateway');
  return async ({ actor, idempotencyKey }: RequestInfo): Promise<WorkflowsContext> => ({ engine, workflows, actor, idempotencyKey, gateway });
}

function positive(name: string, fallback: number): number {
  const value = process.env[name];
  if (!value) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new Error(`${name} must be a positive whole number of milliseconds, got "${value}"`);
  return number;
}

/** An Idempotency-Key as Stripe takes it: up to 255 visible characters. */
const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * The run options of one mutation field: the client's key scoped to the field it was sent for (a
 * request with several mutations), and a fingerprint of what it asks (actor, mutation, arguments),
 * so the key cannot be reused for something else.
 */
export function runOptions(context: WorkflowsContext, field: string, responseKey: string, args: unknown) {
  const digest = (value: string) => createHash('sha256').update(value).digest('hex');
  if (context.idempotencyKey !== undefined && !KEY.test(context.idempotencyKey)) {
    throw new GraphQLError('The Idempotency-Key header must be 1 to 255 visible ASCII characters', { extensions: { code: 'BAD_USER_INPUT', argument: 'Idempotency-Key' } });
  }
  return {
    actor: context.actor,
    idempotencyKey: context.idempotencyKey ? digest(`${context.idempotencyKey}\n${responseKey}`) : undefined,
    fingerprint: digest(JSON.stringify([context.actor, field, args])),
  };
}
