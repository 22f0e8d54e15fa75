// Wording of the performance cascade in both documents (BAB II "Cascading Kinerja" of the LKIP, the standalone
// "Pengukuran Kinerja Individu") and the messages of `lkip cascading`.

export const judulBab2 = "Cascading Kinerja";
export const tabelBab2 = (instansi: string, tahun: number) => `Jabatan, Sasaran dan Indikator Kinerja Individu ${instansi} Tahun ${tahun}`;
export const gambarPohon = (subject: string, part?: [number, number]) =>
  `Pohon Kinerja ${subject}${part ? ` (bagian ${part[0]} dari ${part[1]})` : ""}`;
export const sumberCascading = (instansi: string, tahun: number) => `Cascading Kinerja ${instansi} Tahun ${tahun}`;
export const COL = {
  no: "No",
  jabatan: "Jabatan",
  sasaran: "Sasaran",
  indikator: "Indikator Kinerja",
  satuan: "Satuan",
  target: "Target",
} as const;

// The standalone document
export const JUDUL = "PENGUKURAN KINERJA INDIVIDU";
export const judulInstansi = (instansi: string) => instansi.toUpperCase();
export const judulTahun = (tahun: number) => `TAHUN ${tahun}`;
export const documentTitle = (instansi: string, tahun: number) => `Pengukuran Kinerja Individu ${instansi} Tahun ${tahun}`;
export const documentSubject = "Cascading kinerja: sasaran dan indikator setiap jabatan";
export const TUJUAN = "TUJUAN";
export const SASARAN = "SASARAN";
export const INDIKATOR = "INDIKATOR";
export const INDIKATOR_SASARAN = "INDIKATOR SASARAN";
export const lanjutan = (k: number, n: number) => `Bagian ${k} dari ${n}`;
export const pengukuranJudul = (tahun: number) => `PENGUKURAN KINERJA INDIVIDU TAHUN ${tahun}`;
export const pengukuranJabatan = (nomor: number, jabatan: string, nama?: string) => `${nomor}. ${jabatan}${nama ? ` — ${nama}` : ""}`;
export const atasanLine = (jabatan: string) => `(di bawah ${jabatan})`;
export const nipPemangku = (nip: string) => `NIP. ${nip}`;

// `lkip cascading`
export const noSheet = (file: string) =>
  `${file} tidak memiliki sheet Cascading (atau sheet itu belum berisi jabatan): tambahkan sheet Cascading — lihat docs/workbook.md — lalu jalankan lagi`;
export const noTop = (sheet: string) =>
  `Sheet ${sheet} tidak memiliki jabatan puncak (baris dengan Kode Atasan kosong, yaitu Kepala Dinas): isi lalu jalankan lagi`;
export const leftOut = (n: number, kode: readonly string[]) =>
  `Peringatan: ${n} jabatan tidak tergambar karena Kode Atasan-nya tidak ditemukan, melingkar, atau berada di luar pohon (${kode.slice(0, 5).join(", ")}${kode.length > 5 ? ", …" : ""}); jalankan lkip check untuk rinciannya`;
export const written = (file: string) => `Dokumen cascading ditulis: ${file}`;

// `batch --cascading`
export const batchWritten = (file: string) => `cascading: ${file}`;
export const batchNoSheet = "cascading: tidak ada sheet Cascading, dilewati";
export const batchFailed = (reason: string) => `cascading gagal: ${reason}`;
