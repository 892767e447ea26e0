import { createHash } from 'node:crypto';
import { badUserInput } from '../../kit/errors';
import type { Database } from '../../kit/database';
import type { Actor } from '../../kit/auth';
import type { RequestInfo, SubgraphServices } from '../../kit/subgraph';
import type { StepContext } from '../../kit/workflow-definition';
import { WorkflowEngine } from '../../kit/workflow-engine';
import { stepTransport } from './transport';
import { allWorkflows, cartWorkflows, type CartWorkflows } from './workflows';
import { adminWorkflows } from './workflows/admin';

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
 * Settings (kit/config.ts): WORKFLOWS_INSTANCE, WORKFLOW_LEASE_TTL_MS, WORKFLOW_LOCK_WAIT_MS,
 * WORKFLOW_RECOVERY_INTERVAL_MS; DEFAULT_REGION_ID and DEFAULT_SALES_CHANNEL_ID for new carts.
 */
export function createWorkflowsContext(db: Database, services: SubgraphServices) {
  const transport = stepTransport(services);
  const { config } = services;
  const workflows = cartWorkflows({
    regionId: config.DEFAULT_REGION_ID,
    salesChannelId: config.DEFAULT_SALES_CHANNEL_ID,
  });
  const engine = new WorkflowEngine({
    db,
    workflows: [...allWorkflows(workflows), ...adminWorkflows],
    stepContext: transport,
    instance: config.WORKFLOWS_INSTANCE ?? services.instance,
    leaseTtlMs: config.WORKFLOW_LEASE_TTL_MS,
    lockWaitMs: config.WORKFLOW_LOCK_WAIT_MS,
    recoverEveryMs: config.WORKFLOW_RECOVERY_INTERVAL_MS,
  });
  engine.start();
  const gateway = transport('gateway');
  return async ({ actor, idempotencyKey }: RequestInfo): Promise<WorkflowsContext> => ({
    engine,
    workflows,
    actor,
    idempotencyKey,
    gateway,
  });
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
    throw badUserInput('The Idempotency-Key header must be 1 to 255 visible ASCII characters', {
      argument: 'Idempotency-Key',
    });
  }
  return {
    actor: context.actor,
    idempotencyKey: context.idempotencyKey ? digest(`${context.idempotencyKey}\n${responseKey}`) : undefined,
    fingerprint: digest(JSON.stringify([context.actor, field, args])),
  };
}
