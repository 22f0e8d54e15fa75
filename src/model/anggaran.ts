// `Anggaran` → budget rows in hierarchy order, each knowing its parent and children
// (program > kegiatan > sub kegiatan, from `Level` or from the code's depth).
import type { AnggaranRow, Level, Table } from "./types.js";
import { RowReader } from "./row.js";
import { tableOf } from "./table.js";
import type { ProblemSink } from "../cells/problems.js";
import type { SheetTable } from "../cells/table.js";
import * as msg from "../text/messages/reader.js";

const LEVELS: Record<string, Level> = {
  program: "program",
  kegiatan: "kegiatan",
  subkegiatan: "sub kegiatan",
};

export function parseLevel(text: string): Level | undefined {
  return LEVELS[text.toLowerCase().replace(/[\s\-_.]+/g, "")];
}

/** `1.06.01.2.01 - 04.2.01.01` → 8 segments (` - ` joins like a dot). */
export function codeSegments(code: string): number {
  return code
    .replace(/\s*-\s*/g, ".")
    .split(".")
    .filter((s) => s.trim() !== "").length;
}

const RANK: Record<Level, number> = { program: 0, kegiatan: 1, "sub kegiatan": 2 };

export function parseAnggaran(table: SheetTable, sink: ProblemSink): Table<AnggaranRow> {
  const readers = table.rows.filter((r) => !r.total).map((row) => new RowReader(table, row, sink));
  // Depths of the codes in the sheet, shortest first: the n-th distinct depth is the n-th level.
  const depths = [...new Set(readers.map((r) => r.text("kode")).filter((k): k is string => !!k).map(codeSegments))].sort((a, b) => a - b);
  const rows: AnggaranRow[] = [];
  const lastAt: (number | undefined)[] = [undefined, undefined, undefined];
  for (const r of readers) {
    const uraian = r.text("uraian");
    const kode = r.text("kode");
    if (!uraian && !kode) {
      if (r.hasNumbers()) sink.add("baca/baris-tanpa-label", "warning", r.address("uraian"), msg.emptyUraian());
      continue;
    }
    const levelText = r.text("level");
    let level = levelText ? parseLevel(levelText) : undefined;
    if (levelText && !level) sink.add("baca/level", "error", r.address("level"), msg.badLevel(levelText));
    const levelInferred = !level;
    if (!level && kode) level = (["program", "kegiatan", "sub kegiatan"] as const)[Math.min(depths.indexOf(codeSegments(kode)), 2)];
    if (!level) {
      if (!levelText) sink.add("baca/level", "error", r.address("level") ?? r.address("uraian"), msg.noLevel());
      continue;
    }
    const index = rows.length;
    const rank = RANK[level];
    const parent = rank === 0 ? undefined : lastAt[rank - 1];
    if (rank > 0 && parent === undefined) sink.add("baca/tanpa-induk", "error", r.address("uraian"), msg.orphanRow(level));
    const row: AnggaranRow = {
      row: r.row.row,
      src: r.source("uraian") ?? r.src,
      kode,
      uraian: uraian ?? kode ?? "",
      level,
      levelInferred,
      sasaran: r.text("sasaran"),
      paguAwal: r.number("paguAwal"),
      paguPerubahan: r.number("paguPerubahan"),
      realisasi: r.number("realisasi"),
      persen: r.number("persen"),
      sumberDana: r.text("sumberDana"),
      nums: r.numbers(),
      ...(parent !== undefined ? { parent } : {}),
      children: [],
    };
    if (parent !== undefined) rows[parent]!.children.push(index);
    rows.push(row);
    lastAt[rank] = index;
    for (let deeper = rank + 1; deeper < lastAt.length; deeper++) lastAt[deeper] = undefined;
  }
  return tableOf(table, rows);
}
