// A batch worker thread: processes the office tasks it is sent, one at a time. Output paths are claimed from the
// main thread, which sees every office of the run.
import { parentPort } from "node:worker_threads";
import { processOffice } from "./office.js";
import type { ClaimAnswer, ClaimRequest } from "./pool.js";
import type { OfficeTask } from "./types.js";

const waiting = new Map<number, (granted: boolean) => void>();
let nextId = 0;

function claim(path: string): Promise<boolean> {
  const claimId = nextId++;
  return new Promise((resolve) => {
    waiting.set(claimId, resolve);
    parentPort!.postMessage({ claimId, claim: path } satisfies ClaimRequest);
  });
}

parentPort!.on("message", (m: OfficeTask | ClaimAnswer) => {
  if ("granted" in m) {
    waiting.get(m.claimId)?.(m.granted);
    waiting.delete(m.claimId);
    return;
  }
  void processOffice(m, claim).then((result) => parentPort!.postMessage(result));
});
