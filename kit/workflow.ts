import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Queryable } from './database';
import { log, logError } from './log';

/**
 * A workflow in Medusa's sense: a sequence of steps across modules, each with its undo. When a
 * step fails, the steps already done are undone in reverse order and the caller gets one clear
 * error; nothing is left half-done.
 */
export class Workflow {
  private readonly done: { name: string; undo: () => Promise<unknown> }[] = [];

  /** `beforeStep` may refuse to start another step (it throws), e.g. when the workflow's lock was lost. */
  constructor(
    readonly name: string,
    private readonly beforeStep: () => void = () => undefined,
  ) {}

  /**
   * Runs a step; `undo` is kept to be run if a later step fails. An undo that needs no result is
   * registered before the step runs, so a step that committed but whose answer was lost (a
   * timeout) is undone too: such undos must be harmless when the step did not happen.
   */
  async step<T>(name: string, run: () => Promise<T>, undo?: (result: T) => Promise<unknown>): Promise<T> {
    try {
      this.beforeStep();
    } catch (error) {
      throw Object.assign(error instanceof Error ? error : new Error(String(error)), { failedStep: name });
    }
    const undoFirst = undo !== undefined && undo.length === 0;
    if (undoFirst) this.done.push({ name, undo: () => (undo as () => Promise<unknown>)() });
    let result: T;
    try {
      result = await run();
    } catch (error) {
      throw Object.assign(error instanceof Error ? error : new Error(String(error)), { failedStep: name });
    }
    if (undo && !undoFirst) this.done.push({ name, undo: () => undo(result) });
    return result;
  }

  /** Undoes every step done so far, newest first; an undo that fails is logged, the rest still run. */
  async compensate(): Promise<string[]> {
    const undone: string[] = [];
    for (const { name, undo } of this.done.reverse()) {
      try {
        await undo();
        undone.push(name);
      } catch (error) {
        logError('workflow', `${this.name}: could not undo ${name}: ${(error as Error).message}`);
      }
    }
    this.done.length = 0;
    return undone;
  }
}

/**
 * Runs `body` as a workflow. An expected failure (a GraphQL error with a code, e.g. a refusal)
 * reaches the caller as it is, after compensation; anything else becomes WORKFLOW_FAILED naming
 * the step that failed. `hold` is the lock the workflow runs under: once it is lost, no further
 * step starts.
 */
export async function runWorkflow<T>(name: string, body: (workflow: Workflow) => Promise<T>, hold: LockHold = NO_HOLD): Promise<T> {
  const workflow = new Workflow(name, () => hold.assertHeld());
  try {
    return await body(workflow);
  } catch (error) {
    const undone = await workflow.compensate();
    if (undone.length > 0) log('workflow', `${name}: failed, undone: ${undone.join(', ')}`);
    const step = (error as { failedStep?: string }).failedStep;
    if (error instanceof GraphQLError && typeof error.extensions.code === 'string' && error.extensions.code !== 'INTERNAL_SERVER_ERROR') {
      throw new GraphQLError(error.message, { extensions: { ...error.extensions, ...(step ? { step } : {}), ...(undone.length ? { undone } : {}) } });
    }
    throw new GraphQLError(`${name} failed at step ${step ?? 'unknown'}: ${(error as Error).message}. Every step done before it was undone.`, {
      extensions: { code: 'WORKFLOW_FAILED', step, undone },
    });
  }
}

/** What a holder of a lock can ask of it while its work runs. */
export interface LockHold {
  /** Throws when the lock is no longer held (a lease that another process took over): stop before the next step. */
  assertHeld(): void;
}

const NO_HOLD: LockHold = { assertHeld: () => undefined };

/** A lock shared by every process that uses the same database (see DatabaseLease). */
export interface SharedLock {
  /** Takes `key`, waiting until `deadline` (epoch ms) at most; a CONFLICT error when it stays taken. */
  acquire(key: string, deadline: number): Promise<LockHold & { release(): Promise<void> }>;
}

const busy = (key: string) => new GraphQLError(`${key} is busy with another request; try again`, { extensions: { code: 'CONFLICT' } });

/**
 * One at a time per key (Medusa's acquireLockStep): concurrent mutations of one cart queue up in
 * this process, and with a `shared` lock (a database lease) also across processes. Waiting longer
 * than `timeoutMs` in all is a CONFLICT.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(private readonly shared?: SharedLock) {}

  async run<T>(key: string, work: (hold: LockHold) => Promise<T>, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
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
          timer = setTimeout(() => reject(busy(key)), timeoutMs);
        }),
      ]);
      clearTimeout(timer);
      // In-process first, so one process asks the database for a key once at a time.
      if (!this.shared) return await work(NO_HOLD);
      const hold = await this.shared.acquire(key, deadline);
      try {
        return await work(hold);
      } finally {
        await hold.release();
      }
    } finally {
      clearTimeout(timer);
      release();
      // Forget the key only once everything queued on it has run (a waiter that timed out must not
      // let the next request past one that is still running).
      void tail.then(() => {
        if (this.tails.get(key) === tail) this.tails.delete(key);
      });
    }
  }
}

export interface DatabaseLeaseOptions {
  /** The lease table (`key text primary key, holder text, expires_at timestamptz`), schema-qualified and quoted as needed. */
  table: string;
  /** How long a lease lasts without renewal: how long a crashed holder keeps a key (default 30 s). */
  ttlMs?: number;
  /** A held lease is renewed this often (default a third of the ttl). */
  renewEveryMs?: number;
}

/**
 * A lock across processes on one PostgreSQL database: a row per key in a lease table, taken when
 * free or expired, renewed while its work runs and deleted after. A lease rather than a session
 * advisory lock, because a pooled connection cannot be held for a whole workflow (its steps need
 * the same pool in one-process deployments), and a crashed holder's lease simply expires. Time is
 * the database's `now()`, one clock for every process. A holder whose lease was taken over after
 * it expired (a process stalled longer than the ttl) learns it at its next step, which is refused.
 */
export class DatabaseLease implements SharedLock {
  private readonly ttlMs: number;
  private readonly renewEveryMs: number;

  constructor(
    private readonly db: Queryable,
    private readonly options: DatabaseLeaseOptions,
  ) {
    this.ttlMs = options.ttlMs ?? 30_000;
    this.renewEveryMs = options.renewEveryMs ?? Math.max(1, Math.floor(this.ttlMs / 3));
  }

  async acquire(key: string, deadline: number): Promise<LockHold & { release(): Promise<void> }> {
    const holder = randomUUID();
    const { table } = this.options;
    let takenAt = 0;
    for (let attempt = 0; ; attempt += 1) {
      // Before asking: the lease lasts at least the ttl from here (the database's now() is later).
      takenAt = performance.now();
      const taken = await this.db.query(
        `insert into ${table} as lease (key, holder, expires_at) values ($1, $2, now() + $3 * interval '1 millisecond')
         on conflict (key) do update set holder = excluded.holder, expires_at = excluded.expires_at
         where lease.expires_at <= now()
         returning holder`,
        [key, holder, this.ttlMs],
      );
      if (taken.length > 0) break;
      // Another process holds it: ask again soon (the wait grows to 200 ms), until the deadline.
      const wait = Math.min(200, 10 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random() / 2);
      if (Date.now() + wait > deadline) throw busy(key);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    return this.hold(key, holder, takenAt);
  }

  private hold(key: string, holder: string, takenAt: number): LockHold & { release(): Promise<void> } {
    const { table } = this.options;
    let lost: string | undefined;
    let renewedAt = takenAt;
    let renewing: Promise<void> = Promise.resolve();
    const renew = async () => {
      const asked = performance.now();
      try {
        const renewed = await this.db.query(
          `update ${table} set expires_at = now() + $3 * interval '1 millisecond' where key = $1 and holder = $2 returning key`,
          [key, holder, this.ttlMs],
        );
        if (renewed.length === 0) lost = `${key}: the lease expired and another process took it over`;
        else renewedAt = asked;
      } catch (error) {
        // The next renewal may succeed in time; if none does within the ttl, assertHeld says it is lost.
        logError('workflow', `${key}: could not renew the lease: ${(error as Error).message}`);
      }
    };
    const timer = setInterval(() => {
      if (!lost) renewing = renewing.then(renew);
    }, this.renewEveryMs);
    timer.unref();
    const ttlMs = this.ttlMs;
    return {
      assertHeld() {
        // Unrenewed for a whole ttl (the database unreachable, or this process stalled), it may have expired and been taken.
        if (!lost && performance.now() - renewedAt >= ttlMs) lost = `${key}: the lease went unrenewed for its whole ttl`;
        if (lost) throw new GraphQLError(`${lost}; stopped before the next step`, { extensions: { code: 'CONFLICT' } });
      },
      release: async () => {
        clearInterval(timer);
        await renewing;
        await this.db.query(`delete from ${table} where key = $1 and holder = $2`, [key, holder]).catch((error: Error) => {
          // Not fatal: the lease expires on its own.
          logError('workflow', `${key}: could not release the lease: ${error.message}`);
        });
      },
    };
  }
}
