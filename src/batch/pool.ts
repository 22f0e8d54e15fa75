// Running office tasks on N worker threads. Results come back in task order, whatever order workers finish in,
// so a batch's output is the same as running each office alone.
import { Worker } from "node:worker_threads";
import { isTempMessage, onInterrupt, releaseTemp, trackTemp, type TempMessage } from "../util/atomic.js";
import { failedResult } from "./result.js";
import type { OfficeResult, OfficeTask } from "./types.js";

export interface PoolEvents {
  onStart?(task: OfficeTask, index: number): void;
  onDone?(result: OfficeResult, index: number): void;
}

const WORKER_URL = new URL("./worker.js", import.meta.url);
/**
 * A worker's heap. Building a document allocates about 100 MB that dies young, while the document's tree lives for the
 * whole build; with a 384 MiB young generation most of a document is built between two scavenges, so less of it is
 * copied and promoted (bench/RESULTS.md: 100 offices with one job took 13,6 s with 192 MiB and 12,0 s with 384 MiB;
 * 512 and 768 MiB were no faster). The old generation's cap is set high on purpose: V8 grows a heap with a small cap
 * more timidly, so it runs full collections more often, and each one drops the optimized code of the closures the
 * previous document made, which the compiler threads then build again (with a 1.024 MiB cap 100 offices took 23,2 s
 * with one job; with 4.096 MiB, 17,9 s). The cap still stops a runaway workbook from taking the machine: its worker
 * fails that office only.
 */
const YOUNG_GENERATION_MB = 384;
const OLD_GENERATION_MB = 4096;

/** A worker asks for an output path before writing it: no two offices of one run write the same file. */
export interface ClaimRequest {
  claimId: number;
  claim: string;
}
export interface ClaimAnswer {
  claimId: number;
  granted: boolean;
}
export const isClaimRequest = (m: unknown): m is ClaimRequest =>
  typeof m === "object" && m !== null && typeof (m as ClaimRequest).claim === "string";

/** Grants each path once per run; `taken` holds paths claimed before (e.g. the recap). */
export function claimer(taken: Iterable<string> = []): (path: string) => boolean {
  const claimed = new Set(taken);
  return (path) => {
    if (claimed.has(path)) return false;
    claimed.add(path);
    return true;
  };
}

/** Processes every task with `jobs` workers (1 or more). A crashed worker fails only the task it was on. */
export async function runPool(
  tasks: OfficeTask[],
  jobs: number,
  events: PoolEvents = {},
  claim: (path: string) => boolean = claimer(),
): Promise<OfficeResult[]> {
  const results: OfficeResult[] = new Array(tasks.length);
  let next = 0;
  const workerCount = Math.max(1, Math.min(jobs, tasks.length));
  // On SIGINT/SIGTERM the workers are stopped before their pending temporary files are removed.
  const live = new Set<Worker>();
  const stopListening = onInterrupt(async () => {
    await Promise.allSettled([...live].map((w) => w.terminate()));
  });
  const runWorker = () =>
    new Promise<void>((resolve) => {
      let worker: Worker | undefined;
      let current = -1;
      const spawn = () => {
        // A workbook that blows up memory fails its own task, not the batch.
        worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: OLD_GENERATION_MB, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
        const w = worker;
        live.add(w);
        w.on("exit", () => live.delete(w));
        w.on("message", (m: OfficeResult | TempMessage | ClaimRequest) => {
          if (isTempMessage(m)) {
            if (m.pending) trackTemp(m.lkipTemp);
            else releaseTemp(m.lkipTemp);
            return;
          }
          if (isClaimRequest(m)) {
            w.postMessage({ claimId: m.claimId, granted: claim(m.claim) } satisfies ClaimAnswer);
            return;
          }
          const result = m;
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
  stopListening();
  return results;
}
