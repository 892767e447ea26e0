import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { GraphQLError } from 'graphql';
import type { Actor } from './auth';
import { DEFAULT_CONFIG } from './config';
import { badUserInput, conflict, workflowFailed } from './errors';
import { generateId } from './ids';
import { Journal, type RunRecord } from './journal';
import { log, logError } from './log';
import type { Queryable } from './database';
import type { StepContext, Workflow } from './workflow-definition';
import { driveRun, errorFromRecord, type RunOutcome } from './workflow-run';

export interface WorkflowEngineOptions {
  db: Queryable;
  /** Every workflow this process runs, so a run found in the journal is driven by its name. */
  workflows: readonly Workflow<never, unknown>[];
  /** How a step reaches its target (a subgraph by name, or the gateway). */
  stepContext(target: string): StepContext;
  /**
   * A stable name for this process among those sharing the database (WORKFLOWS_INSTANCE; default
   * `<host>:<port>`): runs held by an earlier incarnation of the same instance are known dead when
   * it starts again, and are taken up at once instead of after their lease expires.
   */
  instance?: string;
  /** How long a run's lease lasts unrenewed: how long a dead process's run waits for another (default 15 s). */
  leaseTtlMs?: number;
  /** How long a mutation waits for its cart's previous run before answering CONFLICT (default 2 s). */
  lockWaitMs?: number;
  /** How often abandoned runs are looked for (default half the lease). */
  recoverEveryMs?: number;
  /** How long a finished run (and its idempotency key) is kept (default 24 h, as Stripe keeps keys). */
  retentionMs?: number;
}

export interface ExecuteOptions {
  actor: Actor;
  /** The client's Idempotency-Key, scoped to the mutation field: a retry with it gets the first run's answer. */
  idempotencyKey?: string;
  /** What the key stands for (actor, mutation, arguments): the same key for something else is refused. */
  fingerprint?: string;
}

export const DEFAULT_LEASE_TTL_MS = DEFAULT_CONFIG.WORKFLOW_LEASE_TTL_MS;
export const DEFAULT_LOCK_WAIT_MS = DEFAULT_CONFIG.WORKFLOW_LOCK_WAIT_MS;
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Runs workflows durably on the journal (kit/journal.ts): one run at a time per lock key (a cart),
 * across processes; a client's retry with the same Idempotency-Key answered from the first run; a
 * run a dead process left half-done driven to its end by whichever process finds it first, at
 * start-up and then every few seconds.
 */
export class WorkflowEngine {
  readonly holder: string;
  private readonly journal: Journal;
  private readonly workflows: Map<string, Workflow<never, unknown>>;
  private readonly deadHolders: string;
  private readonly leaseTtlMs: number;
  private readonly lockWaitMs: number;
  private readonly queue = new KeyedQueue();
  private timer: NodeJS.Timeout | undefined;
  private recovering: Promise<void> = Promise.resolve();
  /** When finished runs were last forgotten: once an hour is enough. */
  private prunedAt = performance.now();

  constructor(private readonly options: WorkflowEngineOptions) {
    const instance = options.instance ?? `${hostname()}:${randomUUID().slice(0, 8)}`;
    this.holder = `${instance}#${randomUUID().slice(0, 8)}`;
    this.deadHolders = `${instance.replace(/[\\%_]/g, (char) => `\\${char}`)}#%`;
    this.journal = new Journal(options.db);
    this.workflows = new Map(options.workflows.map((workflow) => [workflow.name, workflow]));
    this.leaseTtlMs = options.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS;
    this.lockWaitMs = options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS;
  }

  /** Takes up abandoned runs now, then every `recoverEveryMs`, and forgets old finished runs (hourly). */
  start(): void {
    const tick = () => {
      this.recovering = this.recovering.then(() => this.recover());
    };
    tick();
    this.timer = setInterval(tick, this.options.recoverEveryMs ?? Math.max(100, Math.floor(this.leaseTtlMs / 2)));
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.recovering;
  }

  /** Runs `workflow` for a client and answers its result, or throws its coded error. */
  async execute<Input, Result>(
    workflow: Workflow<Input, Result>,
    input: Input,
    options: ExecuteOptions,
  ): Promise<Result> {
    const deadline = Date.now() + this.lockWaitMs;
    const runId = generateId('wfrun');
    const lockKey = workflow.lockKey?.(input) ?? runId;
    return this.queue.run(lockKey, deadline, async () => {
      for (let attempt = 0; ; attempt += 1) {
        const begun = await this.journal.begin(
          {
            id: runId,
            workflow: workflow.name,
            lockKey,
            idempotencyKey: options.idempotencyKey,
            fingerprint: options.fingerprint,
            actor: options.actor,
            input,
          },
          this.holder,
          this.leaseTtlMs,
        );
        if ('started' in begun) return answer(await driveRun(workflow, begun.started, this.environment(false)));
        const other = 'sameKey' in begun ? begun.sameKey : begun.busy;
        if ('sameKey' in begun) {
          if (other.fingerprint !== (options.fingerprint ?? null)) {
            throw badUserInput(
              'This Idempotency-Key was already used for another request: send a new key for a new request',
              { argument: 'Idempotency-Key' },
            );
          }
          if (other.status === 'succeeded') return other.result as Result;
          if (other.status === 'failed') throw errorFromRecord(other.error!);
        }
        // Another run holds the key. If its process is gone, this one drives it to its end first.
        const claimed = await this.journal.claim(other.id, this.holder, this.leaseTtlMs, this.deadHolders);
        if (claimed) {
          const outcome = await this.drive(claimed);
          if ('sameKey' in begun) return answer(outcome as RunOutcome<Result>);
          continue;
        }
        if (Date.now() >= deadline) throw busy(lockKey, other);
        await new Promise((resolve) => setTimeout(resolve, Math.min(200, 10 * 2 ** Math.min(attempt, 5))));
      }
    });
  }

  /** Drives every abandoned run this process can take over to its end. */
  private async recover(): Promise<void> {
    try {
      for (const id of await this.journal.abandoned(this.holder, this.deadHolders)) {
        const run = await this.journal.claim(id, this.holder, this.leaseTtlMs, this.deadHolders);
        if (!run) continue;
        log('workflow', `recovering ${run.workflow} ${run.id} (${run.status})`, { lock_key: run.lock_key });
        const outcome = await this.drive(run);
        log(
          'workflow',
          `recovered ${run.workflow} ${run.id}: ${'result' in outcome ? 'finished' : `ended with ${String(outcome.error.extensions.code)}`}`,
        );
      }
      if (performance.now() - this.prunedAt > HOUR_MS) {
        this.prunedAt = performance.now();
        await this.journal.prune(this.options.retentionMs ?? DAY_MS);
      }
    } catch (error) {
      logError('workflow', `recovery: ${(error as Error).message}`);
    }
  }

  private async drive(run: RunRecord): Promise<RunOutcome<unknown>> {
    const workflow = this.workflows.get(run.workflow);
    if (!workflow) {
      // Written by a version of the product that had this workflow: left for a process that has it.
      await this.journal.release(run.id, this.holder);
      return { error: workflowFailed(`No workflow named ${run.workflow} in this process`) };
    }
    return driveRun(workflow, run, this.environment(true));
  }

  private environment(recovering: boolean) {
    return {
      journal: this.journal,
      holder: this.holder,
      leaseTtlMs: this.leaseTtlMs,
      recovering,
      stepContext: (target: string) => this.options.stepContext(target),
    };
  }
}

function answer<Result>(outcome: RunOutcome<Result>): Result {
  if ('error' in outcome) throw outcome.error;
  return outcome.result;
}

/** A prompt refusal while another run holds the key, with when to try again. */
function busy(lockKey: string, other: RunRecord): GraphQLError {
  // A live run ends soon; a dead process's run is taken over when its lease expires.
  const retryAfterMs = Math.round(Math.max(250, Math.min(other.lease_left_ms, DEFAULT_LEASE_TTL_MS)));
  return conflict(
    `${lockKey} is busy with another request (${other.workflow}); try again in ${Math.ceil(retryAfterMs / 1000)} s`,
    { retryAfterMs },
  );
}

/** One at a time per key within this process, each waiting no later than its deadline (then CONFLICT). */
class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, deadline: number, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        previous,
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(conflict(`${key} is busy with another request; try again`, { retryAfterMs: 500 })),
            Math.max(0, deadline - Date.now()),
          );
        }),
      ]);
      clearTimeout(timer);
      return await work();
    } finally {
      clearTimeout(timer);
      release();
      // Forget the key once everything queued on it has run (a waiter that gave up must not let
      // the next one past a run that is still going).
      void tail.then(() => {
        if (this.tails.get(key) === tail) this.tails.delete(key);
      });
    }
  }
}
