// `lkip build <workbook>`: read → compute → check → build the document → write it atomically (→ PDF with LibreOffice).
// Exit 0 written; 1 error-level findings without --force (nothing written); 2 usage error or unreadable input.
// docx and the report builder are imported only on this path, so other commands never load them.
import { dirname, resolve } from "node:path";
import v8 from "node:v8";
import type { Finding } from "../check/types.js";
import { computeLkip } from "../engine/index.js";
import type { Computed } from "../engine/types.js";
import { LkipError } from "../errors.js";
import type { Model } from "../model/types.js";
import { severityWord } from "../text/messages/check.js";
import * as msg from "../text/messages/report.js";
import { prepareOutput } from "../util/output.js";
import { loadModel, requireSheets } from "./common.js";
import { docxOutput, pdfPath, version, writePdf } from "./document.js";
import { visible } from "../text/terminal.js";

export interface BuildCliOptions {
  output?: string;
  force?: boolean;
  pdf?: boolean;
  templates?: string;
  config?: string;
  logo?: string;
}

/** The check rule whose findings `build` also lists as the Narasi keys still to write. */
const NARASI_RULE = "narasi/kunci-hilang";

function where(f: { sheet: string; cell?: string; range?: string }): string {
  return f.cell ? `${f.sheet}!${f.cell}` : f.range ? `${f.sheet}!${f.range}` : f.sheet;
}

async function runChecks(file: string, model: Model, computed: Computed, config?: string): Promise<Finding[]> {
  const [{ checkModel }, { configFor }] = await Promise.all([import("../check/index.js"), import("../check/config.js")]);
  return checkModel(model, computed, await configFor(file, config)).findings;
}

async function readLogoOption(file: string) {
  const { isLogo, readLogo } = await import("../report/image.js");
  const { logoOptionFailed, logoProblem } = await import("../text/messages/report.js");
  const result = readLogo(resolve(file));
  if (!isLogo(result)) throw new LkipError(logoOptionFailed(file, logoProblem(result)));
  return result;
}

/**
 * How much V8 lets the heap grow past what was live at its last full collection, in percent. By default it may grow
 * up to fourfold while a program allocates fast, which a document build does: the 20.000-row budget then peaked at
 * 1,2 GiB with 0,5 GiB live. 25% keeps the peak near what is live (0,95 GiB) for some more collections.
 */
export const HEAP_GROWING_PERCENT = 25;

export async function run(file: string, opts: BuildCliOptions): Promise<number> {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const output = docxOutput(opts);
  const model = await loadModel(file);
  requireSheets(model, ["profil", "iku", "pk", "anggaran"], "lkip build");
  const computed = computeLkip(model);
  const report = await import("../report/write.js");
  report.assertBuildable(model, computed);
  // A logo the user names is read first: a wrong one is a usage error, before any work.
  const logo = opts.logo === undefined ? undefined : await readLogoOption(opts.logo);

  const findings = await runChecks(file, model, computed, opts.config);
  for (const f of findings) {
    if (f.severity !== "info") process.stderr.write(visible(msg.findingLine(where(f), severityWord[f.severity], f.message, f.rule)) + "\n");
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (findings.length > 0) process.stderr.write(msg.findingsSummary(errors, warnings, findings.length - errors - warnings) + "\n");
  const narasi = findings.filter((f) => f.rule === NARASI_RULE).map((f) => /"([^"]+)"/.exec(f.message)?.[1] ?? "");
  if (narasi.length > 0) process.stderr.write(msg.narasiBelumDiisi(narasi) + "\n");
  if (errors > 0 && !opts.force) {
    process.stderr.write(msg.refusedErrors(errors) + "\n");
    return 1;
  }
  if (errors > 0) process.stderr.write(msg.forcedWithErrors(errors) + "\n");

  const target = { ...(output !== undefined ? { output } : {}), ...(opts.force ? { force: true } : {}) };
  if (opts.pdf) {
    // the PDF follows the output rule too, checked before the document is built
    const { output: docx } = await report.resolveOutput(model, computed, target);
    await prepareOutput(pdfPath(docx), { kind: "pdf", force: !!opts.force, inputs: [file], rename: "-o" });
  }

  const written = await report.writeReport(model, computed, {
    ...target,
    ...(opts.templates !== undefined ? { templatesDir: resolve(opts.templates) } : {}),
    ...(logo ? { logo } : {}),
    baseDir: dirname(resolve(file)),
    version: version(),
    onWarning: (w) => process.stderr.write(`${visible(w)}\n`),
  });
  process.stdout.write(msg.written(written.output) + (written.replacedOwn ? ` ${msg.replacedOwn(written.output)}` : "") + "\n");

  if (opts.pdf) await writePdf(written.output);
  return 0;
}
