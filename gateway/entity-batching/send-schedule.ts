/** How long a batch may be out before it counts as slow: this many times the subgraph's usual answer time… */
const SLOW_FACTOR = 3;
/** …and never less than this, in milliseconds (a usual answer of 2 ms says little). */
const MIN_SLOW_MS = 10;
/** Weight of each answer in the usual answer time (an exponential moving average). */
const LEARNING_RATE = 0.2;

export interface ScheduleLimits {
  /** Batches of one key out and not slow before the next waits (and takes in what queues meanwhile). */
  maxInFlight: number;
  /** The most weight (representations) one batch takes in. */
  maxWeight: number;
  /** The least time, in milliseconds, before a batch out counts as slow (MIN_SLOW_MS unless a test says otherwise). */
  minSlowMs?: number;
}

/**
 * When the fetches queued under a key (one actor's, for the entity batcher) go out. Like Nagle's
 * algorithm, it adds no wait when the key has nothing out: what is queued in one turn of the event
 * loop goes out at the end of that turn as one batch (with the plan's other fetches of that turn).
 * While `maxInFlight` batches of the key are out, the next waits for one of them and takes in what
 * queues meanwhile: under load the subgraph's answers come back at its usual pace, and the waiting
 * fetches go as one request instead of several that would queue in the subgraph anyway.
 *
 * A batch out longer than its subgraph usually takes (SLOW_FACTOR times the usual answer time, a
 * moving average) is slow, and holds nothing back from then on: the next batch goes at once, and
 * any number of batches may be out at once when they are all slow. So a slow fetch of one client
 * holds up another's for at most about that time, not until it comes back.
 *
 * A batch takes in no more once its weight (its representations) would pass `maxWeight`; the next
 * fetch of its key starts another. A full batch goes at once and holds nothing back, since waiting
 * would add nothing to it.
 */
export class SendSchedule<Item> {
  /** The batch of each key that still takes in fetches: not yet sent, and not full. */
  private readonly open = new Map<string, Batch<Item>>();
  /** Per key, its batches out and not slow, and those waiting for one of them, first come first served. */
  private readonly keys = new Map<string, KeyState<Item>>();
  /** The subgraph's usual answer time in milliseconds, once one has come back. */
  private usualMs: number | undefined;

  /**
   * `send` sends one batch; `fail` answers every item of a batch whose sending threw, so none is
   * left waiting.
   */
  constructor(
    private readonly send: (batch: Item[]) => Promise<void>,
    private readonly fail: (batch: Item[], error: unknown) => void,
    private readonly limits: ScheduleLimits,
  ) {}

  /** Queues `item` (of `weight`) under `key`, to go out with whatever else its key queues in this turn. */
  add(key: string, item: Item, weight: number): void {
    let batch = this.open.get(key);
    if (batch && batch.weight + weight > this.limits.maxWeight) {
      // Full: it goes as it is at the end of the turn; this item starts the next one.
      batch.full = true;
      this.open.delete(key);
      batch = undefined;
    }
    if (!batch) {
      const created: Batch<Item> = { key, items: [], weight: 0, full: false };
      this.open.set(key, created);
      setImmediate(() => this.ready(created));
      batch = created;
    }
    batch.items.push(item);
    batch.weight += weight;
  }

  /** The end of the turn that opened `batch`: it goes now, unless enough of its key are out and not slow. */
  private ready(batch: Batch<Item>): void {
    if (batch.full) {
      this.go(batch);
      return;
    }
    const state = this.stateOf(batch.key);
    if (state.out < this.limits.maxInFlight) this.go(batch, state);
    else state.waiting.push(batch);
  }

  /** Sends `batch`; with its key's `state`, it holds back the key's next batches until it is back or slow. */
  private go(batch: Batch<Item>, state?: KeyState<Item>): void {
    if (this.open.get(batch.key) === batch) this.open.delete(batch.key);
    let letGo = () => {};
    let slow: NodeJS.Timeout | undefined;
    if (state) {
      state.out += 1;
      let holding = true;
      // Back, or slow: either way it holds back the key's next batch no longer.
      letGo = () => {
        if (!holding) return;
        holding = false;
        state.out -= 1;
        this.next(batch.key, state);
      };
      slow = setTimeout(letGo, this.slowAfterMs());
      slow.unref();
    }
    const started = performance.now();
    // Whatever goes wrong, every item of the batch is answered: none is left waiting.
    Promise.resolve()
      .then(() => this.send(batch.items))
      .catch((error: unknown) => this.fail(batch.items, error))
      .finally(() => {
        clearTimeout(slow);
        this.learn(performance.now() - started);
        letGo();
      });
  }

  private next(key: string, state: KeyState<Item>): void {
    while (state.out < this.limits.maxInFlight && state.waiting.length > 0) this.go(state.waiting.shift()!, state);
    if (state.out === 0 && state.waiting.length === 0 && this.keys.get(key) === state) this.keys.delete(key);
  }

  private stateOf(key: string): KeyState<Item> {
    let state = this.keys.get(key);
    if (!state) {
      state = { out: 0, waiting: [] };
      this.keys.set(key, state);
    }
    return state;
  }

  private slowAfterMs(): number {
    return Math.max(this.limits.minSlowMs ?? MIN_SLOW_MS, SLOW_FACTOR * (this.usualMs ?? 0));
  }

  /** Takes in one answer time; a slow one counts as at most a few usual ones, so one stuck request cannot make every wait long. */
  private learn(ms: number): void {
    if (this.usualMs === undefined) {
      this.usualMs = Math.min(ms, this.limits.minSlowMs ?? MIN_SLOW_MS);
      return;
    }
    const sample = Math.min(ms, this.slowAfterMs());
    this.usualMs += LEARNING_RATE * (sample - this.usualMs);
  }
}

interface Batch<Item> {
  key: string;
  items: Item[];
  /** The items' weights together. */
  weight: number;
  /** It takes in nothing more (the next item would have passed the most weight). */
  full: boolean;
}

interface KeyState<Item> {
  /** Batches out and not slow. */
  out: number;
  waiting: Batch<Item>[];
}
