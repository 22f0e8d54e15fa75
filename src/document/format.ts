// Output formats of `lkip check laporan.docx`: the JSON contract (docs/checks.md, "Laporan Word"), stylish lines
// grouped by table or paragraph, and SARIF with logical locations (`tabel 12/baris 9/kolom 4`).
import chalk from "chalk";
import { COLOR_OF, summaryText } from "../check/format/stylish.js";
import { sarifEnvelope } from "../check/format/sarif.js";
import * as msg from "../text/messages/check.js";
import { visible } from "../text/terminal.js";
import { DOC_RULES } from "./registry.js";
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

const lokasiName = (l: Lokasi) => ("paragraf" in l ? `paragraf ${l.paragraf}` : `tabel ${l.tabel}/baris ${l.baris}/kolom ${l.kolom}`);

export function formatDocSarif(result: DocCheckResult, findings: readonly DocFinding[] = result.findings): string {
  const rules = DOC_RULES.map((r) => ({ id: r.id, description: r.description, severity: r.severity }));
  const sarif = sarifEnvelope(
    result.file,
    rules,
    findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      logical: { name: lokasiName(f.lokasi), fullyQualifiedName: `${f.where}: ${lokasiName(f.lokasi)}`, kind: "element" },
      properties: {
        lokasi: f.lokasi,
        ...(f.expected !== undefined ? { expected: f.expected } : {}),
        ...(f.actual !== undefined ? { actual: f.actual } : {}),
        ...(f.terkait ? { terkait: f.terkait } : {}),
      },
    })),
  );
  return JSON.stringify(sarif, null, 2) + "\n";
}
