// `--format json`: the documented contract (docs/checks.md) —
// { "file", "findings": [{ rule, severity, sheet, cell?, range?, message, expected?, actual? }], "summary" }.
// Numbers in `expected` / `actual` are plain decimal strings (dot decimal separator, no grouping).
import type { CheckResult, Finding } from "../types.js";

function plainFinding(f: Finding): Finding {
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    ...(f.cell !== undefined ? { cell: f.cell } : {}),
    ...(f.range !== undefined ? { range: f.range } : {}),
    message: f.message,
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.actual !== undefined ? { actual: f.actual } : {}),
  };
}

export function formatJson(result: CheckResult, findings: readonly Finding[] = result.findings): string {
  return JSON.stringify({ file: result.file, findings: findings.map(plainFinding), summary: result.summary }, null, 2) + "\n";
}
