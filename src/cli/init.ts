// `lkip init [file]`: writes the standard workbook, empty or with the example office (--contoh).
import { existsSync } from "node:fs";
import { LkipError } from "../errors.js";
import * as msg from "../text/messages/cli.js";

export async function run(file: string, opts: { contoh?: boolean; force?: boolean }): Promise<number> {
  if (existsSync(file) && !opts.force) throw new LkipError(msg.initExists(file));
  const { writeTemplate } = await import("../workbook/template.js");
  await writeTemplate(file, { contoh: !!opts.contoh });
  process.stdout.write(msg.initDone(file, !!opts.contoh) + "\n");
  return 0;
}
