/**
 * When the fetches queued under a key (one actor's, for the entity batcher) go out. What is queued
 * in one turn of the event loop goes out at the end of that turn as one batch (with the plan's
 * other fetches of that turn), adding no wait. Several batches of one key, and of all keys, may be
 * in flight at once, so a slow batch holds up no other: only when `maxInFlight` batches to the
 * subgraph are out already (it is saturated) does a batch wait, for whichever of them comes back
 * first, and it takes in what its key queues meanwhile (work saved where there is a queue anyway).
 * A batch takes in no more once its weight (its representations) would pass `maxWeight`; the next
 * fetch of its key starts another.
 */
export class SendSchedule<Item> {
  /** The batch of each key that still takes in fetches: not yet sent, and not full. */
  private readonly open = new Map<string, Batch<Item>>();
  /** Batches ready to go while the subgraph is saturated, first come first served. */
  private readonly waiting: Batch<Item>[] = [];
  private inFlight = 0;

  /**
   * `send` sends one batch; `fail` answers every item of a batch whose sending threw, so none is
   * left waiting.
   */
  constructor(
    private readonly send: (batch: Item[]) => Promise<void>,
    private readonly fail: (batch: Item[], error: unknown) => void,
    private readonly limits: { maxInFlight: number; maxWeight: number },
  ) {}

  /** Queues `item` (of `weight`) under `key`, to go out with whatever else its key queues in this turn. */
  add(key: string, item: Item, weight: number): void {
    let batch = this.open.get(key);
    if (batch && batch.weight + weight > this.limits.maxWeight) {
      // Full: it goes as it is, when its turn comes; this item starts the next one.
      this.open.delete(key);
      batch = undefined;
    }
    if (!batch) {
      const created: Batch<Item> = { key, items: [], weight: 0 };
      this.open.set(key, created);
      setImmediate(() => this.ready(created));
      batch = created;
    }
    batch.items.push(item);
    batch.weight += weight;
  }

  /** The end of the turn that opened `batch`: it goes now, unless the subgraph is saturated. */
  private ready(batch: Batch<Item>): void {
    if (this.inFlight < this.limits.maxInFlight) this.go(batch);
    else this.waiting.push(batch);
  }

  private go(batch: Batch<Item>): void {
    if (this.open.get(batch.key) === batch) this.open.delete(batch.key);
    this.inFlight += 1;
    // Whatever goes wrong, every item of the batch is answered: none is left waiting.
    Promise.resolve()
      .then(() => this.send(batch.items))
      .catch((error: unknown) => this.fail(batch.items, error))
      .finally(() => {
        this.inFlight -= 1;
        const next = this.waiting.shift();
        if (next) this.go(next);
      });
  }
}

interface Batch<Item> {
  key: string;
  items: Item[];
  /** The items' weights together. */
  weight: number;
}
