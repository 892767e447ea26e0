import { GraphQLError } from 'graphql';
import { log, logError } from './log';

/**
 * A workflow in Medusa's sense: a sequence of steps across modules, each with its undo. When a
 * step fails, the steps already done are undone in reverse order and the caller gets one clear
 * error; nothing is left half-done.
 */
export class Workflow {
  private readonly done: { name: string; undo: () => Promise<unknown> }[] = [];

  constructor(readonly name: string) {}

  /**
   * Runs a step; `undo` is kept to be run if a later step fails. An undo that needs no result is
   * registered before the step runs, so a step that committed but whose answer was lost (a
   * timeout) is undone too: such undos must be harmless when the step did not happen.
   */
  async step<T>(name: string, run: () => Promise<T>, undo?: (result: T) => Promise<unknown>): Promise<T> {
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
 * the step that failed.
 */
export async function runWorkflow<T>(name: string, body: (workflow: Workflow) => Promise<T>): Promise<T> {
  const workflow = new Workflow(name);
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

/**
 * One at a time per key (Medusa's acquireLockStep): concurrent mutations of one cart queue up in
 * this process. Waiting longer than `timeoutMs` is a CONFLICT.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, work: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
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
            () => reject(new GraphQLError(`${key} is busy with another request; try again`, { extensions: { code: 'CONFLICT' } })),
            timeoutMs,
          );
        }),
      ]);
      return await work();
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
