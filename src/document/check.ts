// `lkip check laporan.docx` as a library: read the report, join its tables, run the `dokumen/…` rules, sort and count.
import { LkipError } from "../errors.js";
import type { CheckConfig } from "../check/rule.js";
import * as msg from "../text/messages/document.js";
import { readDocx, type DocxDocument } from "./read.js";
import { DOC_RULES } from "./registry.js";
import { logicalTables, numericColumns } from "./tables.js";
import type { DocCheckResult, DocFinding, Lokasi } from "./types.js";

function orderOf(doc: DocxDocument, l: Lokasi): [number, number, number] {
  if ("paragraf" in l) {
    const i = doc.items.findIndex((it) => it.kind === "p" && it.index === l.paragraf);
    return [i, 0, 0];
  }
  const i = doc.items.findIndex((it) => it.kind === "tbl" && it.index === l.tabel);
  return [i, l.baris, l.kolom];
}

export function checkDocument(doc: DocxDocument, config: CheckConfig = {}): DocCheckResult {
  const tables = logicalTables(doc);
  if (!tables.some((t) => numericColumns(t).length > 0)) throw new LkipError(msg.notLkip(doc.file));
  const raw: DocFinding[] = [];
  for (const rule of DOC_RULES) {
    if (config.rules?.[rule.id] === "off") continue;
    raw.push(...rule.check({ doc, tables }));
  }
  const findings: DocFinding[] = [];
  for (const f of raw) {
    const sev = config.rules?.[f.rule];
    if (sev === "off") continue;
    findings.push(sev && sev !== f.severity ? { ...f, severity: sev } : f);
  }
  const keyed = findings.map((f, i) => ({ f, i, k: orderOf(doc, f.lokasi) }));
  keyed.sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.i - b.i);
  const sorted = keyed.map((x) => x.f);
  // counted here rather than with src/check's summarize, which would load the workbook checker for a Word report
  const summary = { errors: 0, warnings: 0, infos: 0 };
  for (const f of sorted) summary[f.severity === "error" ? "errors" : f.severity === "warning" ? "warnings" : "infos"]++;
  return { file: doc.file, findings: sorted, summary };
}

export async function checkDocx(file: string, config: CheckConfig = {}): Promise<DocCheckResult> {
  return checkDocument(await readDocx(file), config);
}
