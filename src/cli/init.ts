// `lkip init [file]`: writes the standard workbook, empty or with the example office (--contoh).
// An existing file is replaced only with --force — even one lkip wrote, since it is the workbook someone fills.
import { prepareOutput } from "../util/output.js";
import * as msg from "../text/messages/cli.js";

export async function run(file: string, opts: { contoh?: boolean; force?: boolean }): Promise<number> {
  await prepareOutput(file, { kind: "xlsx", force: !!opts.force, replaceOwn: false });
  const { writeTemplate } = await import("../workbook/template.js");
  await writeTemplate(file, { contoh: !!opts.contoh });
  process.stdout.write(msg.initDone(file, !!opts.contoh) + "\n");
  return 0;
}
