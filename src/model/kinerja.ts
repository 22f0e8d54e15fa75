// `IKU` and `PK` → indicator rows. Targets and realisasi may be ranges (targets only) or ordinal letters
// (when the unit is predikat / nilai huruf / mutu).
import type { Aggregation, IkuRow, PkRow, Polarity, Table } from "./types.js";
import { RowReader } from "./row.js";
import type { ProblemSink } from "../cells/problems.js";
import type { SheetTable } from "../cells/table.js";
import { isLetterUnit } from "./values.js";
import * as msg from "../text/messages/reader.js";
import { tableOf } from "./table.js";

export function parsePolarity(r: RowReader): Polarity | undefined {
  const text = r.text("polaritas");
  if (!text) return undefined;
  const t = text.toLowerCase();
  if (t.startsWith("pos") || t === "+" || t.includes("maksim") || t.includes("naik")) return "positif";
  if (t.startsWith("neg") || t === "-" || t.includes("minim") || t.includes("turun")) return "negatif";
  r.sink.add("baca/polaritas", "warning", r.address("polaritas"), msg.badPolarity(text));
  return undefined;
}

function parseAggregation(r: RowReader): Aggregation | undefined {
  const text = r.text("agregasi");
  if (!text) return undefined;
  const t = text.toLowerCase().replace(/[\s_]+/g, "-");
  if (t === "jumlah" || t === "sum" || t === "kumulatif" || t === "akumulasi") return "jumlah";
  if (t === "terakhir" || t === "last" || t === "tw-iv" || t === "tw4") return "terakhir";
  if (t === "rata-rata" || t === "ratarata" || t === "rerata" || t === "average") return "rata-rata";
  r.sink.add("baca/agregasi", "error", r.address("agregasi"), msg.badAggregation(text));
  return undefined;
}

function indicatorRows<R>(table: SheetTable, sink: ProblemSink, make: (r: RowReader, indikator: string) => R): R[] {
  const rows: R[] = [];
  for (const row of table.rows) {
    if (row.total) continue;
    const r = new RowReader(table, row, sink);
    const indikator = r.text("indikator");
    if (!indikator) {
      if (r.hasNumbers()) sink.add("baca/baris-tanpa-label", "warning", r.address("indikator"), msg.emptyIndicator());
      continue;
    }
    rows.push(make(r, indikator));
  }
  return rows;
}

export function parseIku(table: SheetTable, sink: ProblemSink): Table<IkuRow> {
  const rows = indicatorRows(table, sink, (r, indikator): IkuRow => {
    const satuan = r.text("satuan");
    const letters = isLetterUnit(satuan);
    return {
      row: r.row.row,
      src: r.source("indikator") ?? r.src,
      kode: r.text("kode"),
      tujuan: r.text("tujuan"),
      sasaran: r.text("sasaran"),
      indikator,
      satuan,
      polaritas: parsePolarity(r) ?? "positif",
      formula: r.text("formula"),
      kondisiAwal: r.quantity("kondisiAwal", { allowLetter: letters }),
      targets: r.yearQuantities("target", { allowRange: true, allowLetter: letters }),
      realisasi: r.yearQuantities("realisasi", { allowLetter: letters }),
    };
  });
  return tableOf(table, rows);
}

export function parsePk(table: SheetTable, sink: ProblemSink): Table<PkRow> {
  const rows = indicatorRows(table, sink, (r, indikator): PkRow => {
    const satuan = r.text("satuan");
    const letters = isLetterUnit(satuan);
    const cells: PkRow["cells"] = {};
    for (const key of table.columns.keys()) cells[key] = r.source(key)!;
    return {
      row: r.row.row,
      src: r.source("indikator") ?? r.src,
      kode: r.text("kode"),
      sasaran: r.text("sasaran"),
      indikator,
      satuan,
      polaritas: parsePolarity(r),
      target: r.quantity("target", { allowRange: true, allowLetter: letters }),
      realisasi: r.quantity("realisasi", { allowLetter: letters }),
      pembilang: r.number("pembilang"),
      penyebut: r.number("penyebut"),
      capaian: r.number("capaian"),
      triwulan: [1, 2, 3, 4].map((n) => r.quantity(`tw${n}`, { allowLetter: letters })),
      agregasi: parseAggregation(r),
      sumberData: r.text("sumberData"),
      keterangan: r.text("keterangan"),
      cells,
    };
  });
  return tableOf(table, rows);
}
