// `lkip check laporan.docx --format sarif`: SARIF with logical locations (`tabel 12/baris 9/kolom 4`), in the
// envelope the workbook checker writes. Kept apart from format.ts because that envelope loads the workbook rules.
import { sarifEnvelope } from "../check/format/sarif.js";
import { DOC_RULES } from "./registry.js";
import type { DocCheckResult, DocFinding, Lokasi } from "./types.js";

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
