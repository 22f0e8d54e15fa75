// Workbooks of any size for benchmarks: N indicators over N/2 sasaran, M budget rows in a consistent hierarchy
// (every parent is the sum of its children, every stated % right), so commands do their full work on them.
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import { Decimal } from "decimal.js";

export interface Workload {
  indicators: number;
  budgetRows: number;
  /** Varies names and figures between offices of a batch. */
  seed?: number;
}

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pct = (num: Decimal, den: Decimal) => num.div(den).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();

type Value = string | number | null;

/** A worksheet of the workload: its name and rows of values. */
interface SheetRows {
  name: string;
  rows: Value[][];
  addRow(row: Value[]): void;
  addRows(rows: Value[][]): void;
}

function sheet(name: string): SheetRows {
  const rows: Value[][] = [];
  return { name, rows, addRow: (r) => void rows.push(r), addRows: (rs) => void rows.push(...rs) };
}

/** The workload's sheets as rows of values. */
export function workloadSheets(w: Workload): SheetRows[] {
  const rand = rng(w.seed ?? 1);
  const sheets: SheetRows[] = [];
  const wb = { addWorksheet: (name: string) => (sheets.push(sheet(name)), sheets[sheets.length - 1]!) };
  const profil = wb.addWorksheet("Profil");
  profil.addRows([
    ["Data", "Isi"],
    ["Nama Instansi", `Dinas Uji ${w.seed ?? 1}`],
    ["Pemerintah Daerah", "Kabupaten Contoh"],
    ["Tahun", 2025],
    ["Nama Kepala", "Drs. Contoh Kepala, M.Si."],
    ["NIP Kepala", "19700101 199503 1 001"],
    ["Pangkat Kepala", "Pembina Utama Muda / IV.c"],
    ["Jabatan Kepala", "Kepala Dinas"],
    ["Tempat", "Contoh"],
    ["Tanggal", "15 Januari 2026"],
    ["Alamat", "Jl. Contoh No. 1"],
    ["Periode Renstra", "2025-2029"],
    ["Visi", "Terwujudnya pelayanan yang unggul"],
    ["Misi", "Meningkatkan mutu pelayanan"],
  ]);
  const sasaranCount = Math.max(1, Math.ceil(w.indicators / 2));
  const iku = wb.addWorksheet("IKU");
  iku.addRow(["Kode", "Tujuan", "Sasaran", "Indikator", "Satuan", "Polaritas", "Target 2025", "Target 2026", "Target 2027", "Target 2028", "Target 2029", "Realisasi 2023", "Realisasi 2024"]);
  const pk = wb.addWorksheet("PK");
  pk.addRow(["Kode", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Pembilang", "Penyebut", "Capaian"]);
  for (let i = 1; i <= w.indicators; i++) {
    const sasaran = `Sasaran ${Math.ceil(i / 2)}: meningkatnya kinerja layanan bidang ${Math.ceil(i / 2)}`;
    const target = 50 + Math.floor(rand() * 40);
    const penyebut = 1000 + Math.floor(rand() * 100_000);
    const pembilang = Math.floor((penyebut * (target - 5 + rand() * 15)) / 100);
    const realisasi = new Decimal(pembilang).div(penyebut).times(100);
    iku.addRow([`IKU-${i}`, "Tujuan 1", sasaran, `Persentase penerima layanan ${i}`, "%", "positif", target, target + 1, target + 2, target + 3, target + 4, target - 3, target - 1]);
    pk.addRow([`IKU-${i}`, sasaran, `Persentase penerima layanan ${i}`, "%", target, realisasi.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber(), pembilang, penyebut, realisasi.div(target).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber()]);
  }
  // Budget: programs of 1 + k kegiatan of 1 + s sub kegiatan, until M rows.
  const ang = wb.addWorksheet("Anggaran");
  ang.addRow(["Kode", "Uraian", "Level", "Sasaran", "Pagu Awal", "Pagu Perubahan", "Realisasi", "Persen"]);
  type Row = { kode: string; uraian: string; level: string; sasaran?: number; awal: Decimal; ubah: Decimal; real: Decimal };
  const rows: Row[] = [];
  const perKegiatan = 8;
  const perProgram = 5;
  let remaining = w.budgetRows;
  for (let p = 1; remaining > 0; p++) {
    const program: Row = { kode: `1.06.${String(p).padStart(2, "0")}`, uraian: `Program ${p}`, level: "program", sasaran: ((p - 1) % sasaranCount) + 1, awal: new Decimal(0), ubah: new Decimal(0), real: new Decimal(0) };
    rows.push(program);
    remaining--;
    for (let k = 1; k <= perProgram && remaining > 0; k++) {
      const kegiatan: Row = { kode: `${program.kode}.2.${String(k).padStart(2, "0")}`, uraian: `Kegiatan ${p}.${k}`, level: "kegiatan", awal: new Decimal(0), ubah: new Decimal(0), real: new Decimal(0) };
      rows.push(kegiatan);
      remaining--;
      for (let s = 1; s <= perKegiatan && remaining > 0; s++) {
        const awal = new Decimal(Math.floor(50_000_000 + rand() * 500_000_000));
        const ubah = awal.minus(Math.floor(rand() * 10_000_000));
        const real = ubah.times(0.7 + rand() * 0.29).floor();
        rows.push({ kode: `${kegiatan.kode}.${String(s).padStart(4, "0")}`, uraian: `Sub Kegiatan ${p}.${k}.${s}`, level: "sub kegiatan", awal, ubah, real });
        for (const parent of [kegiatan, program]) {
          parent.awal = parent.awal.plus(awal);
          parent.ubah = parent.ubah.plus(ubah);
          parent.real = parent.real.plus(real);
        }
        remaining--;
      }
    }
  }
  const total = { awal: new Decimal(0), ubah: new Decimal(0), real: new Decimal(0) };
  for (const r of rows) {
    ang.addRow([r.kode, r.uraian, r.level, r.sasaran ?? null, r.awal.toNumber(), r.ubah.toNumber(), r.real.toNumber(), r.ubah.isZero() ? null : pct(r.real, r.ubah)]);
    if (r.level === "program") {
      total.awal = total.awal.plus(r.awal);
      total.ubah = total.ubah.plus(r.ubah);
      total.real = total.real.plus(r.real);
    }
  }
  ang.addRow([null, "Jumlah", null, null, total.awal.toNumber(), total.ubah.toNumber(), total.real.toNumber(), pct(total.real, total.ubah)]);
  return sheets;
}

export function workloadWorkbook(w: Workload): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of workloadSheets(w)) wb.addWorksheet(s.name).addRows(s.rows);
  return wb;
}

export async function writeWorkload(file: string, w: Workload): Promise<void> {
  await workloadWorkbook(w).xlsx.writeFile(file);
}

const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function column(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The same workbook written as SpreadsheetML directly (text as inline strings), for sizes exceljs takes long and a
 * gigabyte to write: a million cells in a few seconds.
 */
export function writeWorkloadFast(file: string, w: Workload): void {
  const sheets = workloadSheets(w);
  const enc = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((s, n) => {
    const parts: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
    s.rows.forEach((row, r) => {
      let x = `<row r="${r + 1}">`;
      row.forEach((v, c) => {
        if (v === null) return;
        const ref = `${column(c)}${r + 1}`;
        x += typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
      });
      parts.push(x + "</row>");
    });
    parts.push("</sheetData></worksheet>");
    files[`xl/worksheets/sheet${n + 1}.xml`] = enc.encode(parts.join(""));
  });
  const ns = "http://schemas.openxmlformats.org";
  files["[Content_Types].xml"] = enc.encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      sheets.map((_, n) => `<Override PartName="/xl/worksheets/sheet${n + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
      "</Types>",
  );
  files["_rels/.rels"] = enc.encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files["xl/workbook.xml"] = enc.encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets>` +
      sheets.map((s, n) => `<sheet name="${esc(s.name)}" sheetId="${n + 1}" r:id="rId${n + 1}"/>`).join("") +
      "</sheets></workbook>",
  );
  files["xl/_rels/workbook.xml.rels"] = enc.encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${ns}/package/2006/relationships">` +
      sheets.map((_, n) => `<Relationship Id="rId${n + 1}" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n + 1}.xml"/>`).join("") +
      "</Relationships>",
  );
  writeFileSync(file, zipSync(files, { level: 1 }));
}
