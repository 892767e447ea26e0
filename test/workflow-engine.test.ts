import { GraphQLError } from 'graphql';
import type { Database } from '../kit/database';
import { Journal } from '../kit/journal';
import { migrate } from '../kit/migrate';
import { createStep, createWorkflow, type StepContext } from '../kit/workflow-definition';
import { WorkflowEngine } from '../kit/workflow-engine';
import { workflowsSubgraph } from '../subgraphs/workflows';
import { openTestDatabase } from './support/database';

process.env.LOG_LEVEL ??= 'silent';

/**
 * The durable workflow engine on a real database (PGlite, or PostgreSQL with DATABASE_URL):
 * journaled steps, undo newest first, a client's retry by Idempotency-Key, one run per key at a
 * time with a prompt CONFLICT, and a run left half-done by a dead process driven to its end.
 * The steps write to an in-memory "module" so every call and undo is counted.
 */
let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await openTestDatabase());
  await migrate(db, workflowsSubgraph.dbSchema, workflowsSubgraph.migrations());
});
afterAll(() => drop?.());

/** A module that keeps rows by id; creating an existing id returns it (a step safe to repeat). */
function fakeModule() {
  const rows = new Map<string, string>();
  const calls: string[] = [];
  let failOn: string | undefined;
  const create = createStep<{ id: string; value: string }, { id: string }>({
    name: 'create-row',
    target: 'fake',
    async invoke({ id, value }) {
      calls.push(`create ${value}`);
      if (failOn === value) throw new GraphQLError(`refused ${value}`, { extensions: { code: 'BAD_USER_INPUT' } });
      if (!rows.has(id)) rows.set(id, value);
      return { id };
    },
    async compensate({ id, value }) {
      calls.push(`delete ${value}`);
      rows.delete(id);
    },
  });
  const read = createStep<void, number>({
    name: 'count-rows',
    target: 'fake',
    async invoke() {
      calls.push('count');
      return rows.size;
    },
  });
  const workflow = createWorkflow<{ key: string; values: string[] }, { ids: string[]; before: number }>({
    name: 'create_rows',
    steps: [create, read],
    lockKey: ({ key }) => `Thing ${key}`,
    async run(run, { values }) {
      const before = await run.step(read, undefined);
      const ids: string[] = [];
      for (const value of values) ids.push((await run.step(create, { id: run.newId('row'), value })).id);
      return { ids, before };
    },
  });
  return { rows, calls, workflow, failOn: (value: string | undefined) => (failOn = value) };
}

const noContext = (): StepContext => ({ call: async () => Promise.reject(new Error('no transport in this test')) });
const engineFor = (
  module: ReturnType<typeof fakeModule>,
  instance: string,
  options: { leaseTtlMs?: number; lockWaitMs?: number } = {},
) => new WorkflowEngine({ db, workflows: [module.workflow as never], stepContext: noContext, instance, ...options });
const actor = { type: 'anonymous' } as const;

it('runs the steps in order and journals each one', async () => {
  const module = fakeModule();
  const engine = engineFor(module, 'a');
  const result = await engine.execute(module.workflow, { key: '1', values: ['x', 'y'] }, { actor });
  expect(module.calls).toEqual(['count', 'create x', 'create y']);
  expect(result.ids).toHaveLength(2);
  const [run] = await db.query<{ id: string; status: string }>(
    `select id, status from workflows.run where lock_key = 'Thing 1'`,
  );
  expect(run.status).toBe('succeeded');
  expect((await new Journal(db).steps(run.id)).map((step) => [step.name, step.status])).toEqual([
    ['count-rows', 'done'],
    ['create-row', 'done'],
    ['create-row', 'done'],
  ]);
});

it('undoes the steps done, newest first, when one fails, and keeps the refusal and its code', async () => {
  const module = fakeModule();
  module.failOn('z');
  const engine = engineFor(module, 'a');
  await expect(engine.execute(module.workflow, { key: '2', values: ['x', 'y', 'z'] }, { actor })).rejects.toMatchObject(
    {
      message: 'refused z',
      extensions: { code: 'BAD_USER_INPUT', step: 'create-row', undone: ['create-row', 'create-row', 'create-row'] },
    },
  );
  // The failed step's own undo runs too: its call may have happened before the failure was seen.
  expect(module.calls).toEqual(['count', 'create x', 'create y', 'create z', 'delete z', 'delete y', 'delete x']);
  expect(module.rows.size).toBe(0);
});

it('answers a retry with the same Idempotency-Key from the first run, and refuses the key for another request', async () => {
  const module = fakeModule();
  const engine = engineFor(module, 'a');
  const options = { actor, idempotencyKey: 'key-1', fingerprint: 'create x' };
  const first = await engine.execute(module.workflow, { key: '3', values: ['x'] }, options);
  const again = await engine.execute(module.workflow, { key: '3', values: ['x'] }, options);
  expect(again).toEqual(first);
  expect(module.calls.filter((call) => call === 'create x')).toHaveLength(1);
  await expect(
    engine.execute(module.workflow, { key: '3', values: ['y'] }, { ...options, fingerprint: 'create y' }),
  ).rejects.toMatchObject({
    extensions: { code: 'BAD_USER_INPUT' },
  });
  // A refusal is answered again too, without running anything.
  module.failOn('q');
  const refused = { actor, idempotencyKey: 'key-2', fingerprint: 'create q' };
  await expect(engine.execute(module.workflow, { key: '4', values: ['q'] }, refused)).rejects.toMatchObject({
    message: 'refused q',
  });
  const calls = module.calls.length;
  await expect(engine.execute(module.workflow, { key: '4', values: ['q'] }, refused)).rejects.toMatchObject({
    message: 'refused q',
  });
  expect(module.calls).toHaveLength(calls);
});

it('answers CONFLICT promptly, with a retry hint, while another process holds the same key', async () => {
  const module = fakeModule();
  const journal = new Journal(db);
  // A live holder elsewhere: its lease runs for a minute.
  await journal.begin(
    { id: 'wfrun_busy', workflow: 'create_rows', lockKey: 'Thing 5', actor, input: { key: '5', values: [] } },
    'elsewhere#1',
    60_000,
  );
  const engine = engineFor(module, 'a', { lockWaitMs: 50 });
  await expect(engine.execute(module.workflow, { key: '5', values: ['x'] }, { actor })).rejects.toMatchObject({
    extensions: { code: 'CONFLICT', retryAfterMs: expect.any(Number) },
  });
  expect(module.calls).toEqual([]);
});

describe('a run left half-done by a dead process', () => {
  /** The journal as a process leaves it when it is killed between two steps. */
  async function abandon(
    key: string,
    holder: string,
    leaseMs: number,
    steps: 'after-first-create' | 'during-second-create',
  ) {
    const journal = new Journal(db);
    const id = `wfrun_${key.padStart(26, '0')}`;
    await journal.begin(
      { id, workflow: 'create_rows', lockKey: `Thing ${key}`, actor, input: { key, values: ['x', 'y'] } },
      holder,
      leaseMs,
    );
    await journal.stepStarted(id, holder, 0, 'count-rows', null);
    await journal.stepDone(id, holder, 0, 0);
    await journal.stepStarted(id, holder, 1, 'create-row', { id: 'row_first', value: 'x' });
    await journal.stepDone(id, holder, 1, { id: 'row_first' });
    if (steps === 'during-second-create')
      await journal.stepStarted(id, holder, 2, 'create-row', { id: 'row_second', value: 'y' });
    return id;
  }

  it('is driven forward by the restarted instance at once: done steps answer from the journal, the cut one is called again as it was', async () => {
    const module = fakeModule();
    module.rows.set('row_first', 'x');
    const id = await abandon('6', 'a#dead', 60_000, 'during-second-create');
    const engine = engineFor(module, 'a');
    engine.start();
    await engine.stop();
    expect(module.calls).toEqual(['create y']);
    expect([...module.rows.keys()]).toEqual(['row_first', 'row_second']);
    const run = await new Journal(db).byId(id);
    expect(run).toMatchObject({ status: 'succeeded', result: { ids: ['row_first', 'row_second'], before: 0 } });
  });

  it('waits for its lease to expire when another instance held it, then goes on', async () => {
    const module = fakeModule();
    const id = await abandon('7', 'b#dead', 200, 'after-first-create');
    const engine = engineFor(module, 'a', { leaseTtlMs: 60_000 });
    // Before the lease expires: not taken.
    engine.start();
    await engine.stop();
    expect((await new Journal(db).byId(id))!.status).toBe('running');
    await until(async () => (await new Journal(db).byId(id))!.lease_left_ms <= 0);
    engine.start();
    await engine.stop();
    expect(module.calls).toEqual(['create y']);
    expect((await new Journal(db).byId(id))!.status).toBe('succeeded');
  });

  it('is finished before the next mutation of the same key runs, which then runs as usual', async () => {
    const module = fakeModule();
    await abandon('8', 'a#dead', 60_000, 'during-second-create');
    const engine = engineFor(module, 'a');
    await engine.execute(module.workflow, { key: '8', values: ['z'] }, { actor });
    expect(module.calls).toEqual(['create y', 'count', 'create z']);
  });

  it('that was undoing is undone to the end, never resumed forward', async () => {
    const module = fakeModule();
    module.rows.set('row_first', 'x');
    const journal = new Journal(db);
    const id = await abandon('9', 'a#dead', 60_000, 'during-second-create');
    await journal.compensating(id, 'a#dead', { message: 'refused y', extensions: { code: 'BAD_USER_INPUT' } });
    const engine = engineFor(module, 'a');
    engine.start();
    await engine.stop();
    expect(module.calls).toEqual(['delete y', 'delete x']);
    expect(module.rows.size).toBe(0);
    expect(await journal.byId(id)).toMatchObject({
      status: 'failed',
      error: { message: 'refused y', extensions: { code: 'BAD_USER_INPUT', undone: ['create-row', 'create-row'] } },
    });
  });
});

it('stops a run whose lease another process took over: it calls nothing more', async () => {
  const module = fakeModule();
  const journal = new Journal(db);
  const engine = engineFor(module, 'a');
  const slow = createStep<void, void>({
    name: 'steal-lease',
    target: 'fake',
    async invoke() {
      // Another process takes the run over (as after this one stalled past its lease).
      await db.query(`update workflows.run set holder = 'thief#1' where lock_key = 'Thing 10'`);
    },
  });
  const workflow = createWorkflow<{ key: string; values: string[] }, unknown>({
    ...module.workflow,
    name: 'create_rows_slowly',
    steps: [...module.workflow.steps, slow],
    async run(run, input) {
      await run.step(slow, undefined);
      return module.workflow.run(run, input);
    },
  });
  await expect(engine.execute(workflow, { key: '10', values: ['x'] }, { actor })).rejects.toMatchObject({
    extensions: { code: 'CONFLICT' },
  });
  expect(module.calls).toEqual([]);
  expect((await journal.unfinishedOn('Thing 10'))!.holder).toBe('thief#1');
});

/** Waits on a condition of the database, not on a timer's guess. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('condition not met');
}
