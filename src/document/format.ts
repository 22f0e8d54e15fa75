// Output formats of `lkip check laporan.docx`: the JSON contract (docs/checks.md, "Laporan Word") and stylish lines
// grouped by table or paragraph. SARIF is in sarif.ts (it loads the workbook checker's rule list, so only when asked).
import chalk from "chalk";
import { COLOR_OF, summaryText } from "../check/format/stylish.js";
import * as msg from "../text/messages/check.js";
import { visible } from "../text/terminal.js";
import type { DocCheckResult, DocFinding, Lokasi } from "./types.js";

function plain(f: DocFinding): object {
  return {
    rule: f.rule,
    severity: f.severity,
    lokasi: f.lokasi,
    message: f.message,
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.actual !== undefined ? { actual: f.actual } : {}),
    ...(f.terkait && f.terkait.length > 0 ? { terkait: f.terkait } : {}),
  };
}

export function formatDocJson(result: DocCheckResult, findings: readonly DocFinding[] = result.findings): string {
  return JSON.stringify({ file: result.file, findings: findings.map(plain), summary: result.summary }, null, 2) + "\n";
}

export function formatDocStylish(result: DocCheckResult, findings: readonly DocFinding[] = result.findings): string {
  const lines: string[] = [];
  if (findings.length > 0) {
    lines.push(chalk.underline(visible(result.file)));
    const groups = new Map<string, DocFinding[]>();
    for (const f of findings) groups.set(f.where, [...(groups.get(f.where) ?? []), f]);
    for (const [where, group] of groups) {
      lines.push("", chalk.bold(visible(where)));
      const cw = Math.max(...group.map((f) => visible(f.cellWhere).length));
      const sw = Math.max(...group.map((f) => msg.severityWord[f.severity].length));
      for (const f of group) {
        const cell = cw > 0 ? `${chalk.dim(visible(f.cellWhere).padEnd(cw))}  ` : "";
        const sev = COLOR_OF[f.severity](msg.severityWord[f.severity].padEnd(sw));
        lines.push(`  ${cell}${sev}  ${visible(f.message)}  ${chalk.dim(f.rule)}`);
      }
    }
    lines.push("");
  }
  lines.push(summaryText(result.summary));
  return lines.join("\n") + "\n";
}
