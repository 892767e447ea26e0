/**
 * When the fetches queued under one key (one actor's, for the entity batcher) go out. Like Nagle's
 * algorithm, it adds no wait when the subgraph is idle: what is queued goes out at the end of the
 * turn of the event loop that queued it (with the plan's other fetches of that turn), unless
 * `MAX_IN_FLIGHT` batches of the same key are already out; then it waits for one of them to come
 * back and goes with everything that queued meanwhile.
 */
export class SendSchedule<Item> {
  private readonly pending = new Map<string, Item[]>();
  private readonly inFlight = new Map<string, number>();
  private readonly scheduled = new Set<string>();

  static readonly MAX_IN_FLIGHT = 1;

  /**
   * `send` sends one batch; `fail` answers every item of a batch whose sending threw, so none is
   * left waiting.
   */
  constructor(
    private readonly send: (batch: Item[]) => Promise<void>,
    private readonly fail: (batch: Item[], error: unknown) => void,
  ) {}

  /** Queues `item` under `key`, to go out with whatever else is queued there. */
  add(key: string, item: Item): void {
    let batch = this.pending.get(key);
    if (!batch) {
      batch = [];
      this.pending.set(key, batch);
    }
    batch.push(item);
    this.schedule(key);
  }

  /** The in-flight rule: whether another batch of `key` may go out now. */
  private maySend(key: string): boolean {
    return (this.inFlight.get(key) ?? 0) < SendSchedule.MAX_IN_FLIGHT;
  }

  /** Sends what waits under `key` at the end of this turn, unless enough of its kind are out already. */
  private schedule(key: string): void {
    if (this.scheduled.has(key) || !this.maySend(key)) return;
    this.scheduled.add(key);
    setImmediate(() => {
      this.scheduled.delete(key);
      this.flush(key);
    });
  }

  private flush(key: string): void {
    const batch = this.pending.get(key);
    if (!batch) return;
    this.pending.delete(key);
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    const done = () => {
      const left = (this.inFlight.get(key) ?? 1) - 1;
      if (left === 0) this.inFlight.delete(key);
      else this.inFlight.set(key, left);
      if (this.pending.has(key)) this.schedule(key);
    };
    // Whatever goes wrong, every item of the batch is answered: none is left waiting.
    Promise.resolve()
      .then(() => this.send(batch))
      .catch((error: unknown) => this.fail(batch, error))
      .finally(done);
  }
}
