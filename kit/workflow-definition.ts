import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Actor } from './auth';

/**
 * Workflows as Medusa writes them (`createStep`, `createWorkflow`): a workflow is a function of its
 * input that runs steps; each step calls one subgraph and may have an undo. Run by the engine
 * (kit/workflow-engine.ts), every step's input and answer is journaled before the next step
 * starts, so a run cut short by a crash is driven to an end: its steps are retried forward with
 * the same inputs (steps must be safe to repeat: ids are chosen before the call), or undone newest
 * first when the run cannot go on.
 */

/** Where a step sends its GraphQL: a module subgraph by name, or the gateway (reads across modules). */
export type StepTarget = string;

/** What a step can do: send its document to its target. */
export interface StepContext {
  /** Sends a GraphQL document to the step's subgraph (or the gateway) and returns its data; a coded error comes back as it is. */
  call<Data, Variables extends Record<string, unknown>>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
  ): Promise<Data>;
}

export interface Step<Input, Output> {
  /** Medusa's step name, e.g. `create-order`; the journal records it at its position in the run. */
  name: string;
  /** The subgraph it calls (`order`, `cart`, …), or `gateway` for a read across modules. */
  target: StepTarget;
  invoke(input: Input, context: StepContext): Promise<Output>;
  /**
   * The undo, run when a later step fails: newest first, after a crash too. `output` is undefined
   * when the step was called but its answer was lost; the undo must then work from `input` (its
   * ids were chosen before the call) and treat "already gone" as done.
   */
  compensate?(input: Input, output: Output | undefined, context: StepContext): Promise<unknown>;
}

export function createStep<Input, Output>(step: Step<Input, Output>): Step<Input, Output> {
  return step;
}

/** Any step, whatever its input and answer (methods are compared loosely, so every Step fits). */
export type AnyStep = Step<never, unknown>;

/** What a workflow's body can do, through the run that executes it. */
export interface RunContext {
  /** The run's id (`wfrun_…`). */
  readonly id: string;
  /** Who asked for the run. */
  readonly actor: Actor;
  /**
   * Runs a step: journaled before it is called, its answer journaled before the next one. On a
   * run that is being resumed, a step already done answers from the journal without being called.
   */
  step<Input, Output>(step: Step<Input, Output>, input: Input): Promise<Output>;
  /**
   * A new id for a record a step will create, chosen before the call: the same on every
   * replay of the run (derived from the run's id and the order of the calls), so a retried
   * step finds the record it created instead of creating another.
   */
  newId(prefix: string): string;
  /** The time the run began: the same on every replay (what a step stamps, e.g. `completed_at`). */
  readonly startedAt: Date;
}

export interface Workflow<Input, Result> {
  /** The mutation it serves, e.g. `complete_cart`. */
  name: string;
  /**
   * Every step the body may run: a run is undone from its journal by step name, so a step must be
   * listed to be run at all (the run refuses one that is not).
   */
  steps: readonly AnyStep[];
  /** Runs on the same key (a cart) go one at a time, across processes; none: the run is its own key. */
  lockKey?(input: Input): string | undefined;
  /** The body: reads and writes through `run.step` only, so replaying it gives the same steps. */
  run(run: RunContext, input: Input): Promise<Result>;
}

export function createWorkflow<Input, Result>(workflow: Workflow<Input, Result>): Workflow<Input, Result> {
  return workflow;
}
