// `lkip capaian`: the measurement table (terminal) or its JSON contract.
import { loadModel, requireSheets } from "./common.js";
import { computeLkip } from "../engine/index.js";
import { capaianJson, capaianText } from "../summary/capaian.js";
import * as msg from "../text/messages/capaian.js";
import { terminalWidth } from "../summary/text-table.js";

export async function run(file: string, opts: { format?: string }): Promise<number> {
  const model = await loadModel(file);
  requireSheets(model, ["pk"], "lkip capaian");
  const computed = computeLkip(model);
  const problems = [...model.problems, ...computed.problems];
  const errors = problems.filter((p) => p.severity === "error").length;
  if (opts.format === "json") {
    process.stdout.write(JSON.stringify(capaianJson(model, computed), null, 2) + "\n");
  } else {
    process.stdout.write(capaianText(model, computed, terminalWidth()));
    if (problems.length > 0) process.stderr.write(msg.problemsLine(errors, problems.length - errors) + "\n");
  }
  return errors > 0 ? 1 : 0;
}
