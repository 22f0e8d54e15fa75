// Messages of `lkip batch`: progress, failures, the recap's headings.

export const skippedErrors = (n: number) => `tidak ditulis: ${n} temuan galat (pakai --force untuk tetap menulis)`;
export const skippedOutside = "tidak ditulis: folder ini dicapai lewat tautan simbolik ke luar folder yang diberikan (pakai --out)";
export const renamed = (plainName: string) =>
  `nama diberi akhiran nama workbook: ${plainName} sudah dipakai workbook lain dengan instansi dan tahun yang sama`;
export const statusWritten = "ditulis";
export const statusChecked = "diperiksa";
export const skippedLink = (link: string, reason: "luar" | "putaran" | "rusak", target?: string) =>
  reason === "luar"
    ? `${link}: tautan simbolik ke ${target} (di luar folder yang diberikan) tidak diikuti`
    : reason === "putaran"
      ? `${link}: tautan simbolik ke folder yang sudah dibaca (${target}) tidak diikuti`
      : `${link}: tautan simbolik rusak (tujuannya tidak ada) dilewati`;
export const internal = (message: string) => `galat internal: ${message}`;
export const outNotFolder = (out: string) => `--out ${out} bukan folder (sudah ada berkas dengan nama itu)`;
export const outNotWritable = (out: string, reason: string) => `--out ${out} tidak dapat dibuat atau ditulisi: ${reason}`;
export const reasonNoWrite = "tidak ada izin menulis";
export const reasonParentFile = "salah satu folder di atasnya adalah berkas";
export const reasonCannotCreate = (code: string) => `sistem menolak membuat folder di tempat itu${code ? ` (${code})` : ""}`;
export const noOffices = (paths: string) => `Tidak ada workbook (.xlsx) di ${paths}`;
export const notFound = (path: string) => `${path} tidak ada atau bukan folder`;
export const crowded = (folder: string, count: number) => `${folder}: ${count} workbook dalam satu folder; masing-masing diproses`;
export const progressLine = (done: number, total: number, label: string) => `[${done}/${total}] ${label}`;
export const officeOk = (file: string, errors: number, warnings: number, outcome: string) =>
  `${file}: ${errors} galat, ${warnings} peringatan; ${outcome}`;
export const officeFailed = (file: string, reason: string) => `${file}: GAGAL — ${reason}`;
export const recapWritten = (file: string) => `Rekap ditulis: ${file}`;
export const summaryLine = (total: number, failed: number, withErrors: number, seconds: string) =>
  `${total} workbook diproses dalam ${seconds} detik: ${failed} gagal, ${withErrors} dengan temuan tingkat error`;
export const statusFailed = "gagal";

export const recapSheet = "Rekap";
export const indicatorSheet = "Capaian Indikator";
export const recapTitle = (date: string) => `Rekap LKIP — ${date}`;
export const col = {
  no: "No",
  folder: "Folder",
  berkas: "Workbook",
  instansi: "Instansi",
  daerah: "Pemerintah Daerah",
  tahun: "Tahun",
  indikator: "Indikator",
  tercapai: "Mencapai Target",
  capaian: "Rata-rata Capaian (%)",
  serapan: "Serapan (%)",
  errors: "Galat",
  warnings: "Peringatan",
  status: "Status",
  output: "Dokumen / Keterangan",
  kode: "Kode",
  namaIndikator: "Indikator",
  satuan: "Satuan",
  target: "Target",
  realisasi: "Realisasi",
  capaianIndikator: "Capaian (%)",
  kategori: "Kategori",
};
