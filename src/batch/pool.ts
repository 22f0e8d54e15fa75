// Running office tasks on N worker threads. Results come back in task order, whatever order workers finish in,
// so a batch's output is the same as running each office alone.
import { Worker } from "node:worker_threads";
import { failedResult } from "./result.js";
import type { OfficeResult, OfficeTask } from "./types.js";

export interface PoolEvents {
  onStart?(task: OfficeTask, index: number): void;
  onDone?(result: OfficeResult, index: number): void;
}

const WORKER_URL = new URL("./worker.js", import.meta.url);
/**
 * A worker's young generation. Building a document allocates a great deal that dies young; with room for it, fewer
 * objects are copied and promoted, and the collector's threads take less of the cores the other workers need
 * (bench/RESULTS.md: 100 offices about 8% faster with one job, 12% with two, than with V8's default).
 */
const YOUNG_GENERATION_MB = 192;

/** Processes every task with `jobs` workers (1 or more). A crashed worker fails only the task it was on. */
export async function runPool(tasks: OfficeTask[], jobs: number, events: PoolEvents = {}): Promise<OfficeResult[]> {
  const results: OfficeResult[] = new Array(tasks.length);
  let next = 0;
  const workerCount = Math.max(1, Math.min(jobs, tasks.length));
  const runWorker = () =>
    new Promise<void>((resolve) => {
      let worker: Worker | undefined;
      let current = -1;
      const spawn = () => {
        // A workbook that blows up memory fails its own task, not the batch.
        worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
        worker.on("message", (result: OfficeResult) => {
          results[current] = result;
          events.onDone?.(result, current);
          feed();
        });
        worker.on("error", (err) => {
          if (current >= 0 && !results[current]) {
            const t = tasks[current]!;
            results[current] = failedResult(t, err.message);
            events.onDone?.(results[current]!, current);
          }
          // The worker is gone: start a fresh one for the remaining tasks.
          spawn();
          feed();
        });
      };
      const feed = () => {
        if (next >= tasks.length) {
          void worker?.terminate().then(() => resolve());
          return;
        }
        current = next++;
        events.onStart?.(tasks[current]!, current);
        worker!.postMessage(tasks[current]);
      };
      spawn();
      feed();
    });
  await Promise.all(Array.from({ length: workerCount }, runWorker));
  return results;
}
