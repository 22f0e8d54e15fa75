// `lkip check <workbook>`: read → compute → check → format → exit code. A Word report (.docx, told from its content)
// goes to the document checker instead (src/document/).
// Exit 0 with no error-level finding (and warnings within --max-warnings), 1 otherwise, 2 for unreadable input or a
// usage error (thrown as LkipError and turned into one line by main.ts).
import { checkModel, type CheckResult, type Finding } from "../check/index.js";
import { configFor } from "../check/config.js";
import { writeAnnotated } from "../check/format/annotate.js";
import { formatJson } from "../check/format/json.js";
import { formatSarif } from "../check/format/sarif.js";
import { formatStylish } from "../check/format/stylish.js";
import { computeLkip } from "../engine/index.js";
import { LkipError } from "../errors.js";
import { writeAnnotatedDocx } from "../document/annotate.js";
import { checkDocx } from "../document/check.js";
import { formatDocJson, formatDocSarif, formatDocStylish } from "../document/format.js";
import { isWordInput } from "../document/read.js";
import { prepareOutput } from "../util/output.js";
import { SHEETS } from "../cells/contract.js";
import { loadModel } from "./common.js";
import * as msg from "../text/messages/check.js";

export interface CheckOptions {
  format?: "stylish" | "json" | "sarif";
  annotate?: string;
  maxWarnings?: number;
  config?: string;
  quiet?: boolean;
  force?: boolean;
}

/** 1 when an error-level finding exists or the warnings exceed `maxWarnings`, else 0. */
export function exitCodeOf(result: Pick<CheckResult, "summary">, maxWarnings?: number): 0 | 1 {
  if (result.summary.errors > 0) return 1;
  if (maxWarnings !== undefined && result.summary.warnings > maxWarnings) return 1;
  return 0;
}

function render(format: CheckOptions["format"], result: CheckResult, shown: Finding[]): string {
  switch (format) {
    case "json":
      return formatJson(result, shown);
    case "sarif":
      return formatSarif(result, shown);
    default:
      return formatStylish(result, shown);
  }
}

/** What both kinds of input share after checking: print, write the annotated copy, say so, and the exit code. */
async function finish<F extends { severity: string }>(
  result: { findings: F[]; summary: CheckResult["summary"] },
  opts: CheckOptions,
  print: (shown: F[]) => string,
  annotate: () => Promise<void>,
): Promise<number> {
  const shown = opts.quiet ? result.findings.filter((f) => f.severity === "error") : result.findings;
  process.stdout.write(print(shown));
  const notes = opts.format === "stylish" || opts.format === undefined ? process.stdout : process.stderr;
  if (opts.annotate) {
    await annotate();
    notes.write(msg.annotated(opts.annotate) + "\n");
  }
  const code = exitCodeOf(result, opts.maxWarnings);
  if (code === 1 && result.summary.errors === 0 && opts.maxWarnings !== undefined) {
    notes.write(msg.maxWarningsExceeded(result.summary.warnings, opts.maxWarnings) + "\n");
  }
  return code;
}

/** `lkip check laporan.docx`: the Word report's tables and text (src/document/); --annotate writes a commented copy. */
async function runDocument(file: string, opts: CheckOptions): Promise<number> {
  if (opts.annotate) {
    await prepareOutput(opts.annotate, { kind: "docx", force: !!opts.force, inputs: [file], rename: "--annotate" });
  }
  const config = await configFor(file, opts.config);
  const result = await checkDocx(file, config);
  const print = opts.format === "json" ? formatDocJson : opts.format === "sarif" ? formatDocSarif : formatDocStylish;
  return finish(result, opts, (shown) => print(result, shown), () => writeAnnotatedDocx(file, opts.annotate!, result.findings));
}

export async function run(file: string, opts: CheckOptions): Promise<number> {
  if (await isWordInput(file)) return runDocument(file, opts);
  if (opts.annotate) {
    // refuse a bad target before any output, so a usage error never follows a printed report
    await prepareOutput(opts.annotate, { kind: "xlsx", force: !!opts.force, inputs: [file], rename: "--annotate" });
  }
  const config = await configFor(file, opts.config);
  const model = await loadModel(file);
  if (Object.keys(model.sheets).length === 0) {
    const names = Object.values(SHEETS).map((s) => s.names[0]!).join(", ");
    throw new LkipError(msg.noContractSheet(file, names));
  }
  const computed = computeLkip(model);
  const result = checkModel(model, computed, config);
  return finish(result, opts, (shown) => render(opts.format, result, shown), () => writeAnnotated(file, opts.annotate!, result.findings));
}
