import 'server-only';
import { processSlot } from '@/lib/process-state';
import { Worker } from 'node:worker_threads';
import { AppError } from '@/lib/http/errors';

// The threads that run CEL filters (cel-worker.mjs). One worker per filtered read while it runs, reused
// afterwards, closed after a minute unused. A record that takes longer than RECORD_BUDGET_MS, a cancelled
// read, or a filter that exhausts the worker's heap terminates that worker: the work stops, the event loop
// never waited for it, and the read ends with a message saying why.

/** Filtered reads running at once, over all users; one more is a 429. */
export const FILTER_WORKERS_MAX = 8;
/** How long one record may take. A filter over an ordinary message takes microseconds. */
export const RECORD_BUDGET_MS = 250;
const IDLE_CLOSE_MS = 60_000;
const HEAP_MB = 192;

/** What the worker gets of a record: the shown data of key, value and headers, as the filter sees them. */
export type FilterRecord = {
  key: unknown;
  value: unknown;
  /** JSON text the worker parses itself (then key/value are undefined); see filter.ts workerJson. */
  keyJson?: string;
  valueJson?: string;
  headers: Record<string, string>;
  partition: number;
  offset: number;
  timestamp: number;
};

type Idle = { worker: Worker; timer: ReturnType<typeof setTimeout> };
const pool = processSlot('filter-workers', () => ({ idle: [] as Idle[], busy: 0 }));

function spawn(): Worker {
  const worker = new Worker(new URL('./cel-worker.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: HEAP_MB, maxYoungGenerationSizeMb: 32 },
  });
  worker.unref();
  return worker;
}

/** One filtered read's worker: compile once, then run batch after batch. */
export class FilterRun {
  private worker: Worker | null;
  private readonly progress = new Float64Array(new SharedArrayBuffer(16));
  /** Batches asked for while one runs wait their turn (the worker answers one at a time). */
  private queue: Promise<unknown> = Promise.resolve();
  private inflight = 0;

  private constructor(worker: Worker) {
    this.worker = worker;
  }

  /** A worker with the expression compiled; 429 when FILTER_WORKERS_MAX filtered reads already run. */
  static async open(expression: string, auto: { keyAuto: boolean; valueAuto: boolean }): Promise<FilterRun> {
    if (pool.busy >= FILTER_WORKERS_MAX)
      throw new AppError(
        'too_many_requests',
        `${FILTER_WORKERS_MAX} filtered reads are running already; try again when one has finished.`,
      );
    pool.busy++;
    const idle = pool.idle.pop();
    if (idle) clearTimeout(idle.timer);
    const run = new FilterRun(idle?.worker ?? spawn());
    try {
      await run.call({ type: 'compile', expression, progress: run.progress.buffer, ...auto }, null);
    } catch (e) {
      run.close();
      throw e;
    }
    return run;
  }

  /** Which records match (1) and which do not (0). */
  async test(records: FilterRecord[], signal: AbortSignal): Promise<Uint8Array> {
    this.inflight++;
    const run = this.queue.then(() => this.call({ type: 'run', records }, signal, records));
    this.queue = run.catch(() => {});
    try {
      return ((await run) as { matches: Uint8Array }).matches;
    } finally {
      this.inflight--;
    }
  }

  /** Back to the pool (or gone, when it was terminated; or terminated, when it still has a batch). */
  close() {
    const worker = this.worker;
    if (!worker) return;
    if (this.inflight > 0) return this.kill();
    this.worker = null;
    pool.busy--;
    const timer = setTimeout(() => {
      pool.idle = pool.idle.filter((x) => x.worker !== worker);
      void worker.terminate();
    }, IDLE_CLOSE_MS);
    timer.unref();
    pool.idle.push({ worker, timer });
  }

  private kill() {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    pool.busy--;
    void worker.terminate();
  }

  private call(msg: object, signal: AbortSignal | null, records?: FilterRecord[]): Promise<unknown> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new AppError('internal', 'The filter worker is closed.'));
    return new Promise((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        signal?.removeEventListener('abort', onAbort);
      };
      const fail = (err: AppError) => {
        done();
        this.kill();
        reject(err);
      };
      const onMessage = (m: unknown) => {
        done();
        resolve(m);
      };
      const onError = (e: Error) =>
        fail(
          (e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new AppError(
                'unprocessable',
                `The filter used more than ${HEAP_MB} MB and was stopped: simplify it (macros building large lists).`,
              )
            : new AppError('validation_failed', `The filter is not valid CEL: ${e.message}`),
        );
      const onExit = () => fail(new AppError('internal', 'The filter worker stopped unexpectedly.'));
      const onAbort = () => fail(new AppError('internal', 'The read was cancelled.'));
      // The budget is per record: the worker writes which record it is on and when it began it.
      const watch = () => {
        const started = this.progress[1]!;
        const over = started ? Date.now() - started - RECORD_BUDGET_MS : -RECORD_BUDGET_MS;
        if (over < 0) {
          timer = setTimeout(watch, -over + 5);
          return;
        }
        const r = records?.[this.progress[0]!];
        fail(
          new AppError(
            'unprocessable',
            `The filter took over ${RECORD_BUDGET_MS} ms on one message${r ? ` (partition ${r.partition}, offset ${r.offset})` : ''} ` +
              'and was stopped: simplify it (nested macros over large lists, or a costly expression).',
          ),
        );
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      this.progress[1] = 0;
      if (records) timer = setTimeout(watch, RECORD_BUDGET_MS);
      worker.postMessage(msg);
    });
  }
}
