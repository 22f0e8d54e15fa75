// A batch worker thread: processes the office tasks it is sent, one at a time.
import { parentPort } from "node:worker_threads";
import { processOffice } from "./office.js";
import type { OfficeTask } from "./types.js";

parentPort!.on("message", (task: OfficeTask) => {
  void processOffice(task).then((result) => parentPort!.postMessage(result));
});
