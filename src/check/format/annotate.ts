// `--annotate out.xlsx`: a copy of the workbook with each offending cell filled (galat red, peringatan amber, info
// lavender) and a note holding its findings. The fills are colours the standard workbook never uses (its total rows
// are light blue), so an untouched cell never looks like a finding. The input is only read; the copy is written atomically.
import type { Severity } from "../../model/types.js";
import * as msg from "../../text/messages/check.js";
import { writeAtomic } from "../../util/atomic.js";
import { XLSX_MODIFIED_BY } from "../../util/output.js";
import { cleanPackage } from "../../util/xml-text.js";
import type { Finding } from "../types.js";

export const FILL: Record<Severity, string> = { error: "FFFFC7CE", warning: "FFFFEB9C", info: "FFE4DFEC" };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function existingNote(note: unknown): string | undefined {
  if (typeof note === "string") return note;
  if (note && typeof note === "object" && "texts" in note) {
    return ((note as { texts: { text: string }[] }).texts ?? []).map((t) => t.text).join("");
  }
  return undefined;
}

/**
 * Writes the annotated copy of `input` to `output` (already checked against the output rule, `util/output.ts`).
 * Findings without a cell, or on sheets not in the file, are skipped.
 */
export async function writeAnnotated(input: string, output: string, findings: readonly Finding[]): Promise<void> {
  // exceljs (which rewrites the workbook) is loaded only here: `check` without --annotate reads with lkip's own reader
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.cell) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    const list = byCell.get(key) ?? [];
    list.push(f);
    byCell.set(key, list);
  }
  for (const [key, list] of byCell) {
    const [sheet, address] = key.split("\u0000") as [string, string];
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    const cell = ws.getCell(address);
    const worst = list.reduce((a, f) => (RANK[f.severity] < RANK[a] ? f.severity : a), "info" as Severity);
    // a fresh style object: exceljs shares style objects between cells read with the same format
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: FILL[worst] } } };
    const text = list.map((f) => `[${msg.severityWord[f.severity]}] ${f.message} (${f.rule})`).join("\n");
    const before = existingNote(cell.note);
    cell.note = `${msg.noteHeader}:\n${text}${before ? `\n\n${before}` : ""}`;
  }
  // the mark of a workbook lkip wrote: the next run may replace it without --force (until someone saves it)
  wb.lastModifiedBy = XLSX_MODIFIED_BY;
  await writeAtomic(output, cleanPackage(new Uint8Array(await wb.xlsx.writeBuffer())));
}
