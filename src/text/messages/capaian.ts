// Messages of `lkip capaian`: table headings and labels.
import type { CapaianStatus } from "../../engine/types.js";

export const title = (instansi?: string, daerah?: string, tahun?: number) =>
  `Pengukuran Kinerja ${[instansi, daerah].filter(Boolean).join(" ") || "(nama instansi belum diisi)"}${tahun ? ` Tahun ${tahun}` : ""}`;
export const scaleLine = (name: string) => `Skala penilaian: ${name}`;
export const sasaranLabel = "Sasaran";
export const totalLabel = "Jumlah";
export const budgetTitle = "Realisasi Anggaran per Program";
export const col = {
  kode: "Kode",
  indikator: "Sasaran / Indikator",
  satuan: "Satuan",
  target: "Target",
  realisasi: "Realisasi",
  capaian: "Capaian",
  kategori: "Kategori",
  program: "Program",
  paguAwal: "Pagu Awal",
  paguPerubahan: "Pagu Perubahan",
  serapan: "Serapan",
};
export const status: Record<CapaianStatus, string> = {
  ok: "",
  "tanpa-target": "tanpa target",
  "target-nol": "target 0",
  "tanpa-realisasi": "tanpa realisasi",
  "tidak-terbandingkan": "tak terbanding",
};
export const summaryLine = (sasaran: number, indikator: number, tercapai: number, capaian: string, kategori?: string) =>
  `${sasaran} sasaran, ${indikator} indikator, ${tercapai} mencapai target; rata-rata capaian ${capaian}${kategori ? ` (${kategori})` : ""}`;
export const problemsLine = (errors: number, others: number) =>
  `${errors} masalah tingkat error dan ${others} catatan lain saat membaca workbook; jalankan "lkip check" untuk rinciannya`;
