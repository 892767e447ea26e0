import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Actor } from './auth';
import { conflict, ErrorCode, workflowFailed } from './errors';
import { ulid } from './ids';
import type { Journal, RunRecord, StepRecord } from './journal';
import { log, logError } from './log';
import type { RunContext, Step, StepContext, Workflow } from './workflow-definition';

/** How a run reaches the journal and the subgraphs. */
export interface RunEnvironment {
  journal: Journal;
  /** This process's holder name for leases (`<instance>#<incarnation>`). */
  holder: string;
  /** How long a lease lasts unrenewed; it is renewed every third of it while the run goes on. */
  leaseTtlMs: number;
  /** The context a step calls its target through. */
  stepContext(target: string): StepContext;
  /** Attempts of one undo before the run is left to the next recovery (default 3). */
  undoAttempts?: number;
  /**
   * A run taken over from a dead process: when a step cannot reach its target (a subgraph or the
   * gateway down or slow), the run is let go to be tried again later, not undone.
   */
  recovering?: boolean;
}

/** Codes of a target that could not be reached or answered in time: worth trying again. */
const UNREACHABLE = new Set<unknown>([
  ErrorCode.SubgraphUnavailable,
  ErrorCode.SubgraphTimeout,
  ErrorCode.SubgraphError,
]);

export type RunOutcome<Result> = { result: Result } | { error: GraphQLError };

/** Stops a run whose lease another process took over: it writes nothing more and undoes nothing. */
class LeaseLost extends Error {}

/** A journaled failure, and back. */
export function errorRecord(error: GraphQLError): NonNullable<RunRecord['error']> {
  return { message: error.message, extensions: { ...error.extensions } };
}
export function errorFromRecord(record: NonNullable<RunRecord['error']>): GraphQLError {
  return new GraphQLError(record.message, { extensions: record.extensions });
}

/**
 * Drives one run to its end under this process's lease: forward from where the journal says it
 * is (steps already done answer from the journal; a step that was called but whose answer was
 * lost is called again with the same input), or, once the run has failed, undoing every step
 * that was called, newest first. Each step's start and answer are journaled before the next.
 */
export async function driveRun<Input, Result>(
  workflow: Workflow<Input, Result>,
  record: RunRecord,
  environment: RunEnvironment,
): Promise<RunOutcome<Result>> {
  const { journal, holder, leaseTtlMs } = environment;
  let lost = false;
  const renewal = setInterval(
    () => {
      journal.renew(record.id, holder, leaseTtlMs).then(
        (held) => {
          if (!held) lost = true;
        },
        (error: Error) =>
          logError('workflow', `${workflow.name} ${record.id}: could not renew its lease: ${error.message}`),
      );
    },
    Math.max(1, Math.floor(leaseTtlMs / 3)),
  );
  renewal.unref();
  const held = (written: boolean) => {
    if (!written || lost) {
      lost = true;
      throw new LeaseLost(`${workflow.name} ${record.id}: another process took the run over`);
    }
  };
  const steps = new Map(workflow.steps.map((step) => [step.name, step as unknown as Step<unknown, unknown>]));
  try {
    const recorded = await journal.steps(record.id);
    if (record.status === 'compensating') {
      const error = record.error ? errorFromRecord(record.error) : workflowFailed(`${workflow.name} failed`);
      return await compensate(workflow.name, steps, record, recorded, error, environment, held);
    }
    let position = 0;
    let idCount = 0;
    const context: RunContext = {
      id: record.id,
      actor: record.actor as Actor,
      startedAt: record.created_at,
      newId(prefix) {
        // One millisecond apart, so the ids of a run sort in the order they were made (as rows read back by id do).
        const count = idCount++;
        const entropy = createHash('sha256').update(`${record.id}:${count}`).digest();
        return `${prefix}_${ulid(record.created_at.getTime() + count, entropy)}`;
      },
      async step<StepInput, Output>(step: Step<StepInput, Output>, input: StepInput): Promise<Output> {
        if (steps.get(step.name) !== (step as unknown))
          throw new Error(`${workflow.name} does not list the step ${step.name} among its steps`);
        const at = position++;
        const previous = recorded[at];
        if (previous && previous.name !== step.name) {
          throw new Error(`the journal has ${previous.name} at position ${at}, the workflow now asks for ${step.name}`);
        }
        if (previous?.status === 'done') return previous.output as Output;
        // A step called before (its answer lost) is called again exactly as then: its ids were chosen before the call.
        const callInput = previous?.status === 'started' ? (previous.input as StepInput) : input;
        if (lost) held(false);
        held(await journal.stepStarted(record.id, holder, at, step.name, callInput));
        recorded[at] = { position: at, name: step.name, status: 'started', input: callInput, output: null };
        let output: Output;
        try {
          output = await step.invoke(callInput, environment.stepContext(step.target));
        } catch (error) {
          throw Object.assign(error instanceof Error ? error : new Error(String(error)), { failedStep: step.name });
        }
        held(await journal.stepDone(record.id, holder, at, output));
        recorded[at] = { ...recorded[at], status: 'done', output };
        return output;
      },
    };
    let result: Result;
    try {
      result = await workflow.run(context, record.input as Input);
    } catch (error) {
      if (error instanceof LeaseLost) throw error;
      if (environment.recovering && error instanceof GraphQLError && UNREACHABLE.has(error.extensions.code)) {
        await journal.release(record.id, holder);
        log('workflow', `${workflow.name} ${record.id}: ${error.message}; left to be taken up again`);
        return {
          error: conflict(`${workflow.name} could not go on yet (${error.message}); it will be taken up again`, {
            retryAfterMs: 1000,
          }),
        };
      }
      return await compensate(
        workflow.name,
        steps,
        record,
        recorded,
        clientError(workflow.name, error),
        environment,
        held,
      );
    }
    held(await journal.finish(record.id, holder, { result }));
    return { result };
  } catch (error) {
    if (!(error instanceof LeaseLost)) throw error;
    log('workflow', error.message);
    return { error: conflict(`${workflow.name} was taken over by another process; try again`, { retryAfterMs: 1000 }) };
  } finally {
    clearInterval(renewal);
  }
}

/**
 * Undoes every step of a failed run that was called, newest first, journaling each undo, then
 * ends the run with `error`. An undo that keeps failing (its subgraph down) is left pending while
 * the older steps are still undone; the run then stays unfinished and let go, and its cart locked,
 * until a recovery (or the cart's next mutation) has done the pending undos.
 */
async function compensate<Result>(
  workflowName: string,
  steps: ReadonlyMap<string, Step<unknown, unknown>>,
  record: RunRecord,
  recorded: (StepRecord | undefined)[],
  error: GraphQLError,
  environment: RunEnvironment,
  held: (written: boolean) => void,
): Promise<RunOutcome<Result>> {
  const { journal, holder } = environment;
  if (record.status !== 'compensating') held(await journal.compensating(record.id, holder, errorRecord(error)));
  const undone: string[] = [];
  const pending: string[] = [];
  for (const step of [...recorded].reverse()) {
    if (!step || step.status === 'undone') continue;
    const definition = steps.get(step.name);
    if (definition?.compensate && !(await undo(workflowName, record, step, definition, environment))) {
      pending.push(step.name);
      continue;
    }
    if (definition?.compensate) undone.push(step.name);
    held(await journal.stepUndone(record.id, holder, step.position));
    step.status = 'undone';
  }
  const extensions = { ...error.extensions, ...(undone.length > 0 ? { undone } : {}) };
  if (pending.length > 0) {
    await journal.release(record.id, holder);
    logError(
      'workflow',
      `${workflowName} ${record.id}: undo pending for ${pending.join(', ')}; a recovery will finish it`,
    );
    return {
      error: new GraphQLError(error.message, {
        extensions: { ...extensions, undoPending: pending, retryAfterMs: 1000 },
      }),
    };
  }
  const final = new GraphQLError(error.message, { extensions });
  if (undone.length > 0) log('workflow', `${workflowName} ${record.id}: failed, undone: ${undone.join(', ')}`);
  held(await journal.finish(record.id, holder, { error: errorRecord(final) }));
  return { error: final };
}

/** One step's undo, tried a few times; false when it could not be done now. */
async function undo(
  workflowName: string,
  record: RunRecord,
  step: StepRecord,
  definition: Step<unknown, unknown>,
  environment: RunEnvironment,
): Promise<boolean> {
  const attempts = environment.undoAttempts ?? 3;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await definition.compensate!(
        step.input,
        step.status === 'done' ? step.output : undefined,
        environment.stepContext(definition.target),
      );
      return true;
    } catch (undoError) {
      logError(
        'workflow',
        `${workflowName} ${record.id}: could not undo ${step.name} (attempt ${attempt}): ${(undoError as Error).message}`,
      );
      if (attempt >= attempts) return false;
      await new Promise((resolve) => setTimeout(resolve, 100 * 4 ** (attempt - 1)));
    }
  }
}

/** The error the caller gets: a refusal keeps its code; anything else is WORKFLOW_FAILED naming the step. */
function clientError(workflowName: string, error: unknown): GraphQLError {
  const step = (error as { failedStep?: string }).failedStep;
  if (
    error instanceof GraphQLError &&
    typeof error.extensions.code === 'string' &&
    error.extensions.code !== ErrorCode.InternalServerError
  ) {
    return new GraphQLError(error.message, { extensions: { ...error.extensions, ...(step ? { step } : {}) } });
  }
  return workflowFailed(
    `${workflowName} failed at step ${step ?? 'unknown'}: ${(error as Error).message}. Every step done before it was undone.`,
    { step },
  );
}
