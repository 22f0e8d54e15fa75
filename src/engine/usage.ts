// What the report prints of the supporting data, decided once: the document builder prints from these lists and the
// checker's `data/tidak-dicetak` reports what they leave out, so the two cannot drift apart.
//
// - Standar rows: a row matched by a PK indicator is printed in that sasaran's comparison with standards (analysis d);
//   a row matched by a program indicator (same Kode or indicator text) is printed there too, measured with that program
//   indicator's realisasi; any other row that names an indicator is printed in the table of other indicators (3.2);
//   a row naming no indicator (neither Kode nor Indikator) cannot be printed and is unused.
// - Program indicators: under the sasaran their program supports (analysis g); those of a program linked to no
//   sasaran, or matching no program, in the table of other indicators (3.2).
// - Quarterly realisasi: a table per sasaran for its indicators with at least one quarter filled (analysis a).
// - Keterangan: notes under the measurement table (3.1) when any PK row has one.
// - Breakdown (PPKS) rows: printed under the indicator their Kode IKU names; rows whose code names none are unused.
import type { Decimal } from "decimal.js";
import type { Model, Quantity, Source, StandarRow } from "../model/types.js";
import { measureCapaian } from "./capaian.js";
import type { ProgramIndicatorResult, Rincian } from "./rincian.js";
import { sameText } from "./text.js";
import type { CapaianStatus, Computed, IndicatorResult } from "./types.js";

/** A Standar row no PK indicator matched. */
export interface OtherStandard {
  row: StandarRow;
  /** The program indicator it matched (by Kode or indicator text), whose realisasi it is measured with. */
  program?: ProgramIndicatorResult;
  capaian?: Decimal;
  status: CapaianStatus;
  /** The sasaran whose analysis (d) prints it (the program indicator's); undefined: the table of other indicators. */
  sasaranNomor?: number;
}

/** One filled row or column of the workbook the document does not print. */
export interface UnusedItem {
  src: Source;
  /** The row's own words, to find it by: the standard's value, or how many breakdown rows carry which code. */
  teks: string;
  /** Why the document cannot print it. */
  sebab: "tanpa-indikator" | "kode-tidak-dikenal";
}

export interface ReportUse {
  /** Standar rows not matched by a PK indicator but printed (see `OtherStandard.sasaranNomor` for where). */
  standarLain: OtherStandard[];
  /** Program indicators printed in the table of other indicators (their program supports no sasaran). */
  programLain: ProgramIndicatorResult[];
  /** Indicators whose quarterly realisasi is printed (at least one quarter filled). */
  triwulan: IndicatorResult[];
  /** Indicators whose PK Keterangan is printed. */
  keterangan: IndicatorResult[];
  /** What the document leaves out. */
  tidakDipakai: UnusedItem[];
}

function quantityText(q: Quantity): string {
  if (q.kind === "num") return q.value.toString().replace(".", ",");
  if (q.kind === "letter") return q.letter;
  return "";
}

function programMatch(row: StandarRow, program: readonly ProgramIndicatorResult[]): ProgramIndicatorResult | undefined {
  return (
    program.find((p) => row.kode !== undefined && sameText(p.row.kode, row.kode) && sameText(p.row.indikator, row.indikator)) ??
    program.find((p) => sameText(p.row.indikator, row.indikator))
  );
}

export function reportUse(model: Model, computed: Computed, rincian: Rincian): ReportUse {
  const matched = new Set(computed.indikator.flatMap((i) => (i.standar ? [i.standar.row] : [])));
  const standarLain: OtherStandard[] = [];
  const tidakDipakai: UnusedItem[] = [];
  for (const row of model.standar?.rows ?? []) {
    if (matched.has(row)) continue;
    if (!row.indikator?.trim() && !row.kode?.trim()) {
      tidakDipakai.push({ src: row.src, teks: quantityText(row.standar), sebab: "tanpa-indikator" });
      continue;
    }
    const program = programMatch(row, rincian.indikatorProgram);
    const m = program ? measureCapaian(row.standar, program.row.realisasi, "positif", program.row.satuan) : { status: "tanpa-realisasi" as const };
    standarLain.push({
      row,
      ...(program ? { program } : {}),
      ...(m.capaian ? { capaian: m.capaian } : {}),
      status: m.status,
      ...(program?.sasaranNomor !== undefined ? { sasaranNomor: program.sasaranNomor } : {}),
    });
  }
  for (const g of rincian.ppks.filter((x) => x.indikator === undefined && x.rows.length > 0)) {
    tidakDipakai.push({ src: g.rows[0]!.row.src, teks: g.kodeIku ? `${g.rows.length} baris berkode "${g.kodeIku}"` : `${g.rows.length} baris tanpa Kode IKU`, sebab: "kode-tidak-dikenal" });
  }
  return {
    standarLain,
    programLain: rincian.indikatorProgram.filter((r) => r.sasaranNomor === undefined),
    triwulan: computed.indikator.filter((i) => i.pk.triwulan.some((q) => q !== undefined)),
    keterangan: computed.indikator.filter((i) => i.pk.keterangan?.trim()),
    tidakDipakai,
  };
}
