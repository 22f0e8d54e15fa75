// `--annotate out.xlsx`: a copy of the workbook with each offending cell filled (galat red, peringatan amber, info
// lavender) and a note holding its findings. The fills are colours the standard workbook never uses (its total rows
// are light blue), so an untouched cell never looks like a finding. The input is only read; the copy is written atomically.
import type { Severity } from "../../model/types.js";
import * as msg from "../../text/messages/check.js";
import { writeAtomic } from "../../util/atomic.js";
import { XLSX_MODIFIED_BY } from "../../util/output.js";
import { readFile } from "node:fs/promises";
import { unzipSync } from "fflate";
import { cleanParts } from "../../util/xml-text.js";
import { zipFiles, type ZipData } from "../../util/zip.js";
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

// Data validation (drop-down lists) is taken out of each sheet before exceljs reads the workbook and put back, as
// written, into the annotated copy. exceljs expands a validation into one object per cell: a realistic template with
// five whole-column lists (`A2:A1048576`) took 60 s and 1,4 GiB. The copy keeps every drop-down exactly as it was.
const VALIDATIONS = /<dataValidations\b[^>]*\/>|<dataValidations\b[\s\S]*?<\/dataValidations>/;
/** Elements that follow dataValidations in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_VALIDATIONS =
  /<(hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;
const decoder = new TextDecoder();

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Sheet name → path of its part in the package, from xl/workbook.xml and its relationships. */
function sheetParts(files: Record<string, Uint8Array> | Map<string, ZipData>): Map<string, string> {
  const get = (p: string) => {
    const v = files instanceof Map ? files.get(p) : files[p];
    return v === undefined ? "" : typeof v === "string" ? v : decoder.decode(v);
  };
  const targets = new Map<string, string>();
  for (const [tag] of get("xl/_rels/workbook.xml.rels").matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(tag, "Id");
    const target = attr(tag, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const [tag] of get("xl/workbook.xml").matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(tag, "name");
    const path = targets.get(attr(tag, "r:id") ?? "");
    if (name !== undefined && path) out.set(name, path);
  }
  return out;
}

/** The package without its sheets' data validation, and what was taken out, by sheet name. */
function withoutValidations(zip: Uint8Array): { pkg: Uint8Array; validations: Map<string, string> } {
  const validations = new Map<string, string>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch {
    return { pkg: zip, validations }; // exceljs will say what is wrong with it
  }
  for (const [name, path] of sheetParts(files)) {
    const data = files[path];
    if (!data) continue;
    const xml = decoder.decode(data);
    const found = VALIDATIONS.exec(xml);
    if (!found) continue;
    validations.set(name, found[0]);
    files[path] = new TextEncoder().encode(xml.slice(0, found.index) + xml.slice(found.index + found[0].length));
  }
  return { pkg: validations.size ? zipFiles(Object.entries(files)) : zip, validations };
}

/** Puts each sheet's data validation back into the written package, at its place in the sheet. */
function restoreValidations(parts: Map<string, ZipData>, validations: Map<string, string>): void {
  if (validations.size === 0) return;
  for (const [name, path] of sheetParts(parts)) {
    const dv = validations.get(name);
    const data = parts.get(path);
    if (dv === undefined || data === undefined) continue;
    const xml = (typeof data === "string" ? data : decoder.decode(data)).replace(VALIDATIONS, "");
    const at = AFTER_VALIDATIONS.exec(xml);
    if (!at) continue;
    parts.set(path, xml.slice(0, at.index) + dv + xml.slice(at.index));
  }
}

/**
 * Writes the annotated copy of `input` to `output` (already checked against the output rule, `util/output.ts`).
 * Findings without a cell, or on sheets not in the file, are skipped.
 */
export async function writeAnnotated(input: string, output: string, findings: readonly Finding[]): Promise<void> {
  // exceljs (which rewrites the workbook) is loaded only here: `check` without --annotate reads with lkip's own reader
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  const { pkg, validations } = withoutValidations(new Uint8Array(await readFile(input)));
  await wb.xlsx.load(pkg as unknown as ArrayBuffer);
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
  const written = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const parts = new Map<string, ZipData>(Object.entries(written));
  restoreValidations(parts, validations);
  await writeAtomic(output, zipFiles(cleanParts(parts)));
}
