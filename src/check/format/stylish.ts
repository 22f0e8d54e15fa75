// The default output: findings grouped by sheet, one line each (`cell  severity  message  rule`), coloured when the
// terminal supports it (chalk honours NO_COLOR / FORCE_COLOR and non-TTY output), then a summary line.
import chalk from "chalk";
import type { Severity } from "../../model/types.js";
import * as msg from "../../text/messages/check.js";
import { visible } from "../../text/terminal.js";
import type { CheckResult, CheckSummary, Finding } from "../types.js";

export const COLOR_OF: Record<Severity, (s: string) => string> = {
  error: (s) => chalk.red(s),
  warning: (s) => chalk.yellow(s),
  info: (s) => chalk.blue(s),
};

export function summaryText(s: CheckSummary): string {
  if (s.errors + s.warnings + s.infos === 0) return chalk.green(`✔ ${msg.noFindings}`);
  const line = msg.summaryLine(s.errors, s.warnings, s.infos);
  if (s.errors > 0) return chalk.red.bold(`✖ ${line}`);
  if (s.warnings > 0) return chalk.yellow.bold(`⚠ ${line}`);
  return chalk.green(`✔ ${line}`);
}

/** The stylish report of `findings` (already filtered, e.g. by --quiet); `summary` counts every finding. */
export function formatStylish(result: CheckResult, findings: readonly Finding[] = result.findings): string {
  const lines: string[] = [];
  if (findings.length > 0) {
    lines.push(chalk.underline(visible(result.file)));
    const groups = new Map<string, Finding[]>();
    for (const f of findings) {
      const g = groups.get(f.sheet) ?? [];
      g.push(f);
      groups.set(f.sheet, g);
    }
    for (const [sheet, group] of groups) {
      lines.push("", chalk.bold(visible(sheet)));
      const cells = group.map((f) => visible(f.cell ?? msg.sheetLevel));
      const cw = Math.max(...cells.map((c) => c.length));
      const sw = Math.max(...group.map((f) => msg.severityWord[f.severity].length));
      group.forEach((f, i) => {
        const cell = cells[i]!.padEnd(cw);
        const sev = COLOR_OF[f.severity](msg.severityWord[f.severity].padEnd(sw));
        lines.push(`  ${chalk.dim(cell)}  ${sev}  ${visible(f.message)}  ${chalk.dim(f.rule)}`);
      });
    }
    lines.push("");
  }
  lines.push(summaryText(result.summary));
  return lines.join("\n") + "\n";
}
