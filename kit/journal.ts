import type { Queryable } from './database';

/** A run of a workflow as the journal keeps it (`workflows.run`). */
export interface RunRecord {
  id: string;
  workflow: string;
  lock_key: string;
  idempotency_key: string | null;
  fingerprint: string | null;
  actor: unknown;
  input: unknown;
  status: 'running' | 'compensating' | 'succeeded' | 'failed';
  result: unknown;
  error: { message: string; extensions: Record<string, unknown> } | null;
  holder: string | null;
  created_at: Date;
  /** Milliseconds until its lease expires, by the database's clock (0 or less: expired). */
  lease_left_ms: number;
}

/** A step of a run (`workflows.step`). */
export interface StepRecord {
  position: number;
  name: string;
  status: 'started' | 'done' | 'undone';
  input: unknown;
  output: unknown;
}

export interface NewRun {
  id: string;
  workflow: string;
  lockKey: string;
  idempotencyKey?: string;
  fingerprint?: string;
  actor: unknown;
  input: unknown;
}

const RUN_COLUMNS = `id, workflow, lock_key, idempotency_key, fingerprint, actor, input, status, result, error, holder, created_at,
  coalesce(extract(epoch from (expires_at - now())) * 1000, 0)::float8 as lease_left_ms`;
const UNFINISHED = `status in ('running', 'compensating')`;
const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/**
 * The workflows' journal in PostgreSQL (or PGlite): runs and their steps, each write made before
 * the next step starts. A run is held by one process at a time through a lease on its row (the
 * database's clock for every process); every write of a run's steps is conditional on still
 * holding it, so a process that lost its lease (it stalled past the ttl and another took over)
 * writes nothing more. At most one unfinished run per lock key: the per-cart lock across processes.
 */
export class Journal {
  private readonly run: string;
  private readonly step: string;

  constructor(
    private readonly db: Queryable,
    schema = 'workflows',
  ) {
    this.run = `${schema}.run`;
    this.step = `${schema}.step`;
  }

  /**
   * Records a new run, held by `holder`. Returns it, or what is in the way: the run the
   * idempotency key already belongs to, or the unfinished run on the same lock key.
   */
  async begin(
    run: NewRun,
    holder: string,
    ttlMs: number,
  ): Promise<{ started: RunRecord } | { sameKey: RunRecord } | { busy: RunRecord }> {
    const [started] = await this.db.query<RunRecord>(
      `insert into ${this.run} (id, workflow, lock_key, idempotency_key, fingerprint, actor, input, status, holder, expires_at)
       values ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, 'running', $8, now() + $9 * interval '1 millisecond')
       on conflict do nothing
       returning ${RUN_COLUMNS}`,
      [
        run.id,
        run.workflow,
        run.lockKey,
        run.idempotencyKey ?? null,
        run.fingerprint ?? null,
        json(run.actor),
        json(run.input),
        holder,
        ttlMs,
      ],
    );
    if (started) return { started };
    if (run.idempotencyKey) {
      const same = await this.byIdempotencyKey(run.idempotencyKey);
      if (same) return { sameKey: same };
    }
    const busy = await this.unfinishedOn(run.lockKey);
    if (busy) return { busy };
    // The other run finished between the insert and the reads: the caller asks again.
    return this.begin(run, holder, ttlMs);
  }

  async byIdempotencyKey(key: string): Promise<RunRecord | undefined> {
    const [run] = await this.db.query<RunRecord>(`select ${RUN_COLUMNS} from ${this.run} where idempotency_key = $1`, [
      key,
    ]);
    return run;
  }

  async byId(id: string): Promise<RunRecord | undefined> {
    const [run] = await this.db.query<RunRecord>(`select ${RUN_COLUMNS} from ${this.run} where id = $1`, [id]);
    return run;
  }

  async unfinishedOn(lockKey: string): Promise<RunRecord | undefined> {
    const [run] = await this.db.query<RunRecord>(
      `select ${RUN_COLUMNS} from ${this.run} where lock_key = $1 and ${UNFINISHED}`,
      [lockKey],
    );
    return run;
  }

  /**
   * Takes over an unfinished run whose holder is gone: its lease expired, or it was held by an
   * earlier incarnation of this process's instance (`deadHolders`, a LIKE pattern), which a
   * restart proves dead. Undefined when another process holds it (or it finished).
   */
  async claim(id: string, holder: string, ttlMs: number, deadHolders?: string): Promise<RunRecord | undefined> {
    const [run] = await this.db.query<RunRecord>(
      `update ${this.run} set holder = $2, expires_at = now() + $3 * interval '1 millisecond', updated_at = now()
       where id = $1 and ${UNFINISHED}
         and (holder is null or expires_at <= now() or ($4::text is not null and holder like $4 and holder <> $2))
       returning ${RUN_COLUMNS}`,
      [id, holder, ttlMs, deadHolders ?? null],
    );
    return run;
  }

  /** Unfinished runs nobody holds any more (see `claim`), oldest first. */
  async abandoned(holder: string, deadHolders: string, limit = 20): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(
      `select id from ${this.run}
       where ${UNFINISHED} and (holder is null or expires_at <= now() or (holder like $2 and holder <> $1))
       order by created_at limit $3`,
      [holder, deadHolders, limit],
    );
    return rows.map((row) => row.id);
  }

  /** Extends the lease; false when this holder no longer has the run. */
  async renew(id: string, holder: string, ttlMs: number): Promise<boolean> {
    const rows = await this.db.query(
      `update ${this.run} set expires_at = now() + $3 * interval '1 millisecond' where id = $1 and holder = $2 and ${UNFINISHED} returning id`,
      [id, holder, ttlMs],
    );
    return rows.length > 0;
  }

  async steps(runId: string): Promise<StepRecord[]> {
    return this.db.query<StepRecord>(
      `select position, name, status, input, output from ${this.step} where run_id = $1 order by position`,
      [runId],
    );
  }

  /** The step is about to be called, with this input (ids chosen before the call included). */
  async stepStarted(runId: string, holder: string, position: number, name: string, input: unknown): Promise<boolean> {
    const rows = await this.db.query(
      `insert into ${this.step} (run_id, position, name, status, input)
       select $1, $3, $4, 'started', $5::jsonb where exists (select 1 from ${this.run} where id = $1 and holder = $2)
       on conflict (run_id, position) do update set input = excluded.input, updated_at = now()
       returning position`,
      [runId, holder, position, name, json(input)],
    );
    return rows.length > 0;
  }

  async stepDone(runId: string, holder: string, position: number, output: unknown): Promise<boolean> {
    return this.stepUpdate(runId, holder, position, `status = 'done', output = $4::jsonb`, [json(output)]);
  }

  async stepUndone(runId: string, holder: string, position: number): Promise<boolean> {
    return this.stepUpdate(runId, holder, position, `status = 'undone'`, []);
  }

  private async stepUpdate(
    runId: string,
    holder: string,
    position: number,
    set: string,
    params: unknown[],
  ): Promise<boolean> {
    const rows = await this.db.query(
      `update ${this.step} s set ${set}, updated_at = now()
       where s.run_id = $1 and s.position = $3 and exists (select 1 from ${this.run} r where r.id = $1 and r.holder = $2)
       returning s.position`,
      [runId, holder, position, ...params],
    );
    return rows.length > 0;
  }

  /** The run failed forward: what it did is being undone (a restart continues undoing, never forward). */
  async compensating(id: string, holder: string, error: RunRecord['error']): Promise<boolean> {
    const rows = await this.db.query(
      `update ${this.run} set status = 'compensating', error = $3::jsonb, updated_at = now() where id = $1 and holder = $2 returning id`,
      [id, holder, json(error)],
    );
    return rows.length > 0;
  }

  /** The run ended: its answer (or refusal) is kept for the client's retries; the lease is let go. */
  async finish(
    id: string,
    holder: string,
    outcome: { result: unknown } | { error: RunRecord['error'] },
  ): Promise<boolean> {
    const succeeded = 'result' in outcome;
    const rows = await this.db.query(
      `update ${this.run} set status = $3, result = $4::jsonb, error = coalesce($5::jsonb, error), holder = null, expires_at = null, updated_at = now()
       where id = $1 and holder = $2 returning id`,
      [
        id,
        holder,
        succeeded ? 'succeeded' : 'failed',
        succeeded ? json(outcome.result) : null,
        succeeded ? null : json(outcome.error),
      ],
    );
    return rows.length > 0;
  }

  /** Lets go of an unfinished run (an undo that cannot be done now): the next recovery takes it up. */
  async release(id: string, holder: string): Promise<void> {
    await this.db.query(
      `update ${this.run} set holder = null, expires_at = null, updated_at = now() where id = $1 and holder = $2`,
      [id, holder],
    );
  }

  /** Forgets finished runs older than `ageMs` (an idempotency key is answered that long). */
  async prune(ageMs: number): Promise<number> {
    const rows = await this.db.query(
      `delete from ${this.run} where status in ('succeeded', 'failed') and updated_at < now() - $1 * interval '1 millisecond' returning id`,
      [ageMs],
    );
    return rows.length;
  }
}
