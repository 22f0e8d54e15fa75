// `lkip check`: until its own issue lands, it reads the workbook and says what it found.
import { loadModel, readSummaryLine } from "./common.js";
import * as msg from "../text/messages/cli.js";

export async function run(file: string, _opts: Record<string, unknown>): Promise<number> {
  const model = await loadModel(file);
  process.stdout.write(readSummaryLine(model) + "\n");
  for (const p of model.problems) process.stdout.write(`  ${p.sheet}${p.cell ? "!" + p.cell : ""}  ${p.severity}  ${p.message}\n`);
  process.stdout.write(msg.notYet("check") + "\n");
  return model.problems.some((p) => p.severity === "error") ? 1 : 0;
}
