// Bounds the routes whose cost a client chooses (POST /check, /check/text: 60-100 ms of store work
// each, serialised with every other computation): identical bodies share one answer, and beyond
// `concurrent` running plus `queue` waiting, a check is refused at once with 503 and Retry-After
// instead of lengthening every other request's wait.
import { createHash } from 'node:crypto';
import { ShedError } from './problem.js';

export interface CostlyLimits {
  /** Checks computing at once (each still takes its turn at the store). */
  concurrent: number;
  /** Checks waiting for a slot; beyond, 503. */
  queue: number;
  /** Distinct answered bodies kept (LRU). */
  cacheEntries: number;
}

export const defaultCostlyLimits: CostlyLimits = { concurrent: 2, queue: 8, cacheEntries: 256 };

export class CostlyGate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  // Promises, so that identical bodies arriving together share one computation too.
  private readonly answers = new Map<string, Promise<unknown>>();
  private generation = 0;

  constructor(private readonly limits: CostlyLimits) {}

  /** A cache key for a request body (and the variant, e.g. the format or the route). */
  static key(variant: string, body: unknown): string {
    return createHash('sha256').update(variant).update('\0').update(JSON.stringify(body)).digest('hex');
  }

  /** Forgets every answer (a new snapshot is served). */
  clear(): void {
    this.answers.clear();
    this.generation++;
  }

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const cached = this.answers.get(key) as Promise<T> | undefined;
    if (cached) {
      this.answers.delete(key);
      this.answers.set(key, cached);
      return cached;
    }
    if (this.active >= this.limits.concurrent && this.waiting.length >= this.limits.queue) {
      throw new ShedError(503, 'too many checks are running: try again shortly', 1);
    }
    const generation = this.generation;
    const answer = this.slot(work);
    this.answers.set(key, answer);
    // A refused or failed check is not remembered; nor an answer computed across a snapshot swap.
    answer.then(
      () => {
        if (generation !== this.generation) this.answers.delete(key);
      },
      () => this.answers.delete(key),
    );
    while (this.answers.size > this.limits.cacheEntries) {
      this.answers.delete(this.answers.keys().next().value as string);
    }
    return answer;
  }

  private async slot<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limits.concurrent) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.active++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter (active unchanged), else it is freed.
      if (next) next();
      else this.active--;
    }
  }
}
