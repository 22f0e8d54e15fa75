// `lkip check <workbook>`: read → compute → check → format → exit code. A Word report (.docx, told from its content)
// goes to the document checker instead (src/document/).
// Exit 0 with no error-level finding (and warnings within --max-warnings), 1 otherwise, 2 for unreadable input or a
// usage error (thrown as LkipError and turned into one line by main.ts).
// Only what both kinds of input need is imported here; each path loads its own modules when it runs, so checking a
// Word report does not load the workbook reader, engine and rules (and the reverse).
import { stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { CheckResult, Finding } from "../check/index.js";
import type { CheckConfig } from "../check/rule.js";
import { LkipError } from "../errors.js";
import { isWordInput } from "../document/read.js";
import { prepareOutput } from "../util/output.js";
import { SHEETS } from "../cells/contract.js";
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

async function render(format: CheckOptions["format"]): Promise<(result: CheckResult, shown: Finding[]) => string> {
  switch (format) {
    case "json":
      return (await import("../check/format/json.js")).formatJson;
    case "sarif":
      return (await import("../check/format/sarif.js")).formatSarif;
    default:
      return (await import("../check/format/stylish.js")).formatStylish;
  }
}

/**
 * The config for an input (src/check/config.ts), loaded only when there is one to read: the config module brings the
 * schema library and the workbook rule list with it.
 */
async function configOf(file: string, explicit?: string): Promise<CheckConfig> {
  const beside = await stat(join(dirname(file), "lkip.config.json")).catch(() => undefined);
  if (!explicit && !beside?.isFile()) return {};
  return (await import("../check/config.js")).configFor(file, explicit);
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
  const config = await configOf(file, opts.config);
  const result = await (await import("../document/check.js")).checkDocx(file, config);
  const format = await import("../document/format.js");
  const print = opts.format === "json" ? format.formatDocJson : opts.format === "sarif" ? (await import("../document/sarif.js")).formatDocSarif : format.formatDocStylish;
  const annotate = async () => (await import("../document/annotate.js")).writeAnnotatedDocx(file, opts.annotate!, result.findings);
  return finish(result, opts, (shown) => print(result, shown), annotate);
}

export async function run(file: string, opts: CheckOptions): Promise<number> {
  if (await isWordInput(file)) return runDocument(file, opts);
  if (opts.annotate) {
    // refuse a bad target before any output, so a usage error never follows a printed report
    await prepareOutput(opts.annotate, { kind: "xlsx", force: !!opts.force, inputs: [file], rename: "--annotate" });
  }
  const config = await configOf(file, opts.config);
  const [{ loadModel }, { computeLkip }, { checkModel }] = await Promise.all([
    import("./common.js"),
    import("../engine/index.js"),
    import("../check/index.js"),
  ]);
  const model = await loadModel(file);
  if (Object.keys(model.sheets).length === 0) {
    const names = Object.values(SHEETS).map((s) => s.names[0]!).join(", ");
    throw new LkipError(msg.noContractSheet(file, names));
  }
  const computed = computeLkip(model);
  const result = checkModel(model, computed, config);
  const print = await render(opts.format);
  const annotate = async () => (await import("../check/format/annotate.js")).writeAnnotated(file, opts.annotate!, result.findings);
  return finish(result, opts, (shown) => print(result, shown), annotate);
}
