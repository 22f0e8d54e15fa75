// `lkip check` as a library: model and engine figures in, findings out. `checkModel` is pure (the document builder
// calls it before writing); `checkFile` reads, computes and checks a workbook with its lkip.config.json.
import { Decimal } from "decimal.js";
import { computeLkip } from "../engine/index.js";
import type { Computed } from "../engine/types.js";
import type { Model, Severity } from "../model/types.js";
import { readWorkbook } from "../read.js";
import { parseA1 } from "./cells.js";
import { configFor } from "./config.js";
import { RULES, ruleById } from "./registry.js";
import type { CheckConfig, RuleContext } from "./rule.js";
import { findingOfProblem } from "./rules/passthrough.js";
import type { CheckResult, CheckSummary, Finding } from "./types.js";

export type { CheckConfig, Rule, RuleContext } from "./rule.js";
export type { CheckResult, CheckSummary, Finding } from "./types.js";
export { RULES, ruleById } from "./registry.js";

/** Default plausibility ceiling for capaian, in percent. */
export const BATAS_CAPAIAN = 300;

/** Sheet order of the workbook, then row, then column; sheet-level findings first within their sheet. */
export function sortFindings(findings: Finding[], sheetOrder: readonly string[]): Finding[] {
  const order = new Map(sheetOrder.map((s, i) => [s, i] as const));
  const keyed = findings.map((f, i) => {
    const a = f.cell ? parseA1(f.cell) : undefined;
    return { f, i, sheet: order.get(f.sheet) ?? sheetOrder.length, row: a?.row ?? 0, col: a?.col ?? 0 };
  });
  keyed.sort(
    (x, y) =>
      x.sheet - y.sheet ||
      (x.sheet === sheetOrder.length ? x.f.sheet.localeCompare(y.f.sheet) : 0) ||
      x.row - y.row ||
      x.col - y.col ||
      x.i - y.i,
  );
  return keyed.map((k) => k.f);
}

export function summarize(findings: readonly Pick<Finding, "severity">[]): CheckSummary {
  const s: CheckSummary = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === "error") s.errors++;
    else if (f.severity === "warning") s.warnings++;
    else s.infos++;
  }
  return s;
}

/** The severity a finding ends with: the config's for its rule, else the rule's default, else its own. */
function severityOf(f: Finding, config: CheckConfig): Severity | "off" {
  return config.rules?.[f.rule] ?? ruleById(f.rule)?.severity ?? f.severity;
}

/**
 * Runs every rule on the model and the engine's figures. Reading problems (`model.problems`) and engine problems
 * (`computed.problems`) are findings too, under their own rule ids. Findings are sorted by sheet order, row, column.
 */
export function checkModel(model: Model, computed: Computed, config: CheckConfig = {}): CheckResult {
  const ctx: RuleContext = {
    model,
    computed,
    config: { batasCapaian: new Decimal(config.batasCapaian ?? BATAS_CAPAIAN) },
  };
  const raw: Finding[] = [];
  for (const rule of RULES) {
    if (config.rules?.[rule.id] === "off") continue;
    raw.push(...rule.check(ctx));
  }
  // problems under ids no rule claims are still reported, with their own severity
  for (const p of [...model.problems, ...computed.problems]) if (!ruleById(p.rule)) raw.push(findingOfProblem(p));

  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const f of raw) {
    const severity = severityOf(f, config);
    if (severity === "off") continue;
    const key = `${f.rule}\u0000${f.sheet}\u0000${f.cell ?? ""}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(severity === f.severity ? f : { ...f, severity });
  }
  const sheetOrder = Object.values(model.sheets).map((s) => s.name);
  const sorted = sortFindings(findings, sheetOrder);
  return { file: model.file, findings: sorted, summary: summarize(sorted) };
}

export interface CheckFileOptions {
  /** A config to use instead of reading one. */
  config?: CheckConfig;
  /** The config file to read (else lkip.config.json beside the workbook, when present). */
  configFile?: string;
}

/** Reads, computes and checks a workbook. Throws LkipError (exit 2) for an unreadable workbook or a bad config. */
export async function checkFile(
  file: string,
  opts: CheckFileOptions = {},
): Promise<{ model: Model; computed: Computed; result: CheckResult }> {
  const config = opts.config ?? (await configFor(file, opts.configFile));
  const model = await readWorkbook(file);
  const computed = computeLkip(model);
  return { model, computed, result: checkModel(model, computed, config) };
}
