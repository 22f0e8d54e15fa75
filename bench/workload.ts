// Workbooks of any size for benchmarks: N indicators over N/2 sasaran, M budget rows in a consistent hierarchy
// (every parent is the sum of its children, every stated % right), so commands do their full work on them.
import ExcelJS from "exceljs";
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

export function workloadWorkbook(w: Workload): ExcelJS.Workbook {
  const rand = rng(w.seed ?? 1);
  const wb = new ExcelJS.Workbook();
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
  return wb;
}

export async function writeWorkload(file: string, w: Workload): Promise<void> {
  await workloadWorkbook(w).xlsx.writeFile(file);
}
