// `--format sarif`: SARIF 2.1.0 for code-scanning tools. Every rule is listed in the driver with its description and
// default level; a finding's cell is a logical location `Anggaran!F12` on the workbook artifact.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Severity } from "../../model/types.js";
import { RULES } from "../registry.js";
import type { CheckResult, Finding } from "../types.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/** lkip's version, from the package.json above this file (dist/ or src/, whichever runs). */
function toolVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const p = join(dir, "package.json");
    if (existsSync(p)) {
      const pkg = JSON.parse(readFileSync(p, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "lkip" && pkg.version) return pkg.version;
    }
    dir = dirname(dir);
  }
  return "0.0.0";
}

function uriOf(file: string): string {
  return file.split(/[\\/]+/).map(encodeURIComponent).join("/");
}

/** A rule as SARIF lists it in the driver. */
export interface SarifRule {
  id: string;
  description?: string;
  severity?: Severity;
}

/** A finding as SARIF reports it: one logical location on the input file. */
export interface SarifResult {
  rule: string;
  severity: Severity;
  message: string;
  logical: { name: string; fullyQualifiedName: string; kind: string };
  properties?: Record<string, unknown>;
}

/** The SARIF 2.1.0 log of one run over `file` (a workbook or a Word report). */
export function sarifEnvelope(file: string, rules: readonly SarifRule[], results: readonly SarifResult[]): object {
  const index = new Map(rules.map((r, i) => [r.id, i] as const));
  const uri = uriOf(file);
  const extraRules = [...new Set(results.map((f) => f.rule).filter((id) => !index.has(id)))];
  extraRules.forEach((id, i) => index.set(id, rules.length + i));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "lkip",
            version: toolVersion(),
            rules: [
              ...rules.map((r) => ({
                id: r.id,
                ...(r.description ? { shortDescription: { text: r.description } } : {}),
                ...(r.severity ? { defaultConfiguration: { level: LEVEL[r.severity] } } : {}),
              })),
              ...extraRules.map((id) => ({ id })),
            ],
          },
        },
        artifacts: [{ location: { uri } }],
        results: results.map((f) => ({
          ruleId: f.rule,
          ruleIndex: index.get(f.rule)!,
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: { uri, index: 0 } }, logicalLocations: [f.logical] }],
          ...(f.properties && Object.keys(f.properties).length > 0 ? { properties: f.properties } : {}),
        })),
      },
    ],
  };
}

export function toSarif(result: CheckResult, findings: readonly Finding[] = result.findings): object {
  return sarifEnvelope(
    result.file,
    RULES,
    findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      logical: f.cell
        ? { name: f.cell, fullyQualifiedName: `${f.sheet}!${f.cell}`, kind: "element" }
        : { name: f.sheet, fullyQualifiedName: f.sheet, kind: "module" },
      properties: {
        ...(f.range ? { range: f.range } : {}),
        ...(f.expected ? { expected: f.expected } : {}),
        ...(f.actual ? { actual: f.actual } : {}),
      },
    })),
  );
}

export function formatSarif(result: CheckResult, findings: readonly Finding[] = result.findings): string {
  return JSON.stringify(toSarif(result, findings), null, 2) + "\n";
}
