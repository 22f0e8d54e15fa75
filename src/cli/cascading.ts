// `lkip cascading <workbook>`: the standalone "Pengukuran Kinerja Individu" from the Cascading sheet — read → compute →
// build → write atomically (→ PDF with LibreOffice), under the same output rule as `build`. Exit 0 written; 2 usage
// error, unreadable input, or a workbook without a Cascading sheet (one line, nothing written). The checks are
// `lkip check`'s: positions the tree cannot hold are named in a warning and left out, never drawn twice.
import { dirname, resolve } from "node:path";
import { computeLkip } from "../engine/index.js";
import { LkipError } from "../errors.js";
import * as cmsg from "../text/messages/cascading.js";
import * as msg from "../text/messages/report.js";
import { visible } from "../text/terminal.js";
import { prepareOutput } from "../util/output.js";
import { loadModel, requireSheets } from "./common.js";
import { docxOutput, pdfPath, version, writePdf } from "./document.js";

export interface CascadingCliOptions {
  output?: string;
  force?: boolean;
  pdf?: boolean;
}

export async function run(file: string, opts: CascadingCliOptions): Promise<number> {
  const output = docxOutput(opts);
  const model = await loadModel(file);
  if (!model.cascading || model.cascading.nodes.length === 0) throw new LkipError(cmsg.noSheet(file));
  requireSheets(model, ["profil"], "lkip cascading");
  const computed = computeLkip(model);
  const report = await import("../report/write.js");
  report.assertOffice(model, computed);
  const target = { ...(output !== undefined ? { output } : {}), ...(opts.force ? { force: true } : {}) };
  if (opts.pdf) {
    // the PDF follows the output rule too, checked before the document is built
    const { output: docx } = await report.resolveOutput(model, computed, target, report.cascadingOutputName);
    await prepareOutput(pdfPath(docx), { kind: "pdf", force: !!opts.force, inputs: [file], rename: "-o" });
  }
  const written = await report.writeCascading(model, computed, { ...target, baseDir: dirname(resolve(file)), version: version() });
  const left = written.cascade.left;
  if (left.length > 0) process.stderr.write(visible(cmsg.leftOut(left.length, left.map((n) => n.kode))) + "\n");
  process.stdout.write(cmsg.written(written.output) + (written.replacedOwn ? ` ${msg.replacedOwn(written.output)}` : "") + "\n");
  if (opts.pdf) await writePdf(written.output);
  return 0;
}
