// The smaller sheets: `PPKS`, `Narasi`, `Indikator Program`, `Standar`, `Skala`, `Struktur`, `Pegawai`.
import type { IndikatorProgramRow, NarasiRow, PegawaiRow, PpksRow, SkalaRow, StandarRow, StrukturRow, Table } from "./types.js";
import { RowReader } from "./row.js";
import { tableOf } from "./table.js";
import { normalizeHeader } from "../cells/contract.js";
import type { ProblemSink } from "../cells/problems.js";
import type { SheetTable } from "../cells/table.js";

function readers(table: SheetTable, sink: ProblemSink): RowReader[] {
  return table.rows.filter((r) => !r.total).map((row) => new RowReader(table, row, sink));
}

export function parsePpks(table: SheetTable, sink: ProblemSink): Table<PpksRow> {
  const rows: PpksRow[] = [];
  for (const r of readers(table, sink)) {
    const kategori = r.text("kategori");
    if (!kategori) continue;
    rows.push({
      row: r.row.row,
      src: r.source("kategori")!,
      kategori,
      kodeIku: r.text("kodeIku"),
      program: r.text("program"),
      kegiatan: r.text("kegiatan"),
      satuan: r.text("satuan"),
      target: r.number("target"),
      realisasi: r.number("realisasi"),
      capaian: r.number("capaian"),
      nums: r.numbers(),
    });
  }
  return tableOf(table, rows);
}

export function parseNarasi(table: SheetTable, sink: ProblemSink): Table<NarasiRow> {
  const rows: NarasiRow[] = [];
  for (const r of readers(table, sink)) {
    const bagian = r.text("bagian");
    const teks = r.text("teks");
    if (!bagian || !teks) continue;
    rows.push({ row: r.row.row, src: r.source("teks")!, bagian, key: normalizeHeader(bagian), teks });
  }
  return tableOf(table, rows);
}

export function parseIndikatorProgram(table: SheetTable, sink: ProblemSink): Table<IndikatorProgramRow> {
  const rows: IndikatorProgramRow[] = [];
  for (const r of readers(table, sink)) {
    const indikator = r.text("indikator");
    if (!indikator) continue;
    rows.push({
      row: r.row.row,
      src: r.source("indikator")!,
      kode: r.text("kode"),
      program: r.text("program"),
      kegiatan: r.text("kegiatan"),
      subKegiatan: r.text("subKegiatan"),
      indikator,
      satuan: r.text("satuan"),
      target: r.quantity("target", { allowRange: true, allowLetter: true }),
      realisasi: r.quantity("realisasi", { allowLetter: true }),
      capaian: r.number("capaian"),
      targets: r.yearQuantities("target", { allowRange: true, allowLetter: true }),
      realisasiTahun: r.yearQuantities("realisasi", { allowLetter: true }),
      nums: r.numbers(),
    });
  }
  return tableOf(table, rows);
}

export function parseStandar(table: SheetTable, sink: ProblemSink): Table<StandarRow> {
  const rows: StandarRow[] = [];
  for (const r of readers(table, sink)) {
    const standar = r.quantity("standar", { allowRange: true, allowLetter: true });
    if (!standar) continue;
    rows.push({ row: r.row.row, src: r.source("standar")!, kode: r.text("kode"), indikator: r.text("indikator"), standar, sumber: r.text("sumber") });
  }
  return tableOf(table, rows);
}

export function parseSkala(table: SheetTable, sink: ProblemSink): Table<SkalaRow> {
  const rows: SkalaRow[] = [];
  for (const r of readers(table, sink)) {
    const kategori = r.text("kategori");
    if (!kategori) continue;
    rows.push({ row: r.row.row, src: r.source("kategori")!, batasBawah: r.number("batasBawah"), batasAtas: r.number("batasAtas"), kategori });
  }
  return tableOf(table, rows);
}

export function parseStruktur(table: SheetTable, sink: ProblemSink): Table<StrukturRow> {
  const rows: StrukturRow[] = [];
  for (const r of readers(table, sink)) {
    const jabatan = r.text("jabatan");
    if (!jabatan) continue;
    rows.push({
      row: r.row.row,
      src: r.source("jabatan")!,
      jabatan,
      atasan: r.text("atasan"),
      nama: r.text("nama"),
      nip: r.text("nip"),
      pangkat: r.text("pangkat"),
    });
  }
  return tableOf(table, rows);
}

export function parsePegawai(table: SheetTable, sink: ProblemSink): Table<PegawaiRow> {
  const rows: PegawaiRow[] = [];
  for (const r of readers(table, sink)) {
    const uraian = r.text("uraian");
    if (!uraian) continue;
    rows.push({
      row: r.row.row,
      src: r.source("uraian")!,
      kelompok: r.text("kelompok"),
      uraian,
      jumlah: r.number("jumlah"),
      lakiLaki: r.number("lakiLaki"),
      perempuan: r.number("perempuan"),
      nums: r.numbers(),
    });
  }
  return tableOf(table, rows);
}
