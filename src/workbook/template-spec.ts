// The one description of what `lkip init` writes: sheets, their columns (header text exactly as in the workbook
// contract, width, the note shown on the header, number format, dropdown list) and the Profil keys.
// The template writer renders this; tests compare it with the contract. User-facing text here is Indonesian.
import { DEFAULT_SCALE, SCALE_NAMES } from "../engine/scales.js";
import { CASCADING_AGREGASI } from "../model/cascading-agregasi.js";

/** First data row of every table sheet in the template (the header is on row 1). */
export const FIRST_DATA_ROW = 2;
/** Dropdowns cover rows FIRST_DATA_ROW..LAST_VALIDATED_ROW only: whole-column ranges make readers hang. */
export const LAST_VALIDATED_ROW = 500;
/** Excel refuses inline list validations longer than this; longer lists go to a hidden sheet. */
export const INLINE_LIST_MAX = 255;

export const DEFAULT_TAHUN = 2025;
/** Years of past realisasi shown before the Renstra period (e.g. 2022–2024 for 2025–2029). */
export const PAST_YEARS = 3;
/** Length of a Renstra period in years when only the report year is known. */
export const RENSTRA_YEARS = 5;

export const SHEET = {
  petunjuk: "Petunjuk",
  profil: "Profil",
  iku: "IKU",
  pk: "PK",
  anggaran: "Anggaran",
  ppks: "PPKS",
  narasi: "Narasi",
  indikatorProgram: "Indikator Program",
  standar: "Standar",
  skala: "Skala",
  struktur: "Struktur",
  pegawai: "Pegawai",
  cascading: "Cascading",
} as const;
export type SheetName = (typeof SHEET)[keyof typeof SHEET];

export const NUMFMT = {
  money: "#,##0",
  count: "#,##0",
  percent: "0.00",
  date: "dd/mm/yyyy",
} as const;

export type ListName = "polaritas" | "level" | "satuan" | "agregasi" | "skala" | "agregasiCascading";

export interface ListSpec {
  name: ListName;
  values: readonly string[];
  /** When false, Excel shows the dropdown but accepts other values (e.g. units not in the list). */
  strict: boolean;
  errorTitle: string;
  error: string;
}

export const LISTS: Record<ListName, ListSpec> = {
  polaritas: {
    name: "polaritas",
    values: ["positif", "negatif"],
    strict: true,
    errorTitle: "Polaritas tidak dikenal",
    error: "Pilih positif (makin tinggi makin baik) atau negatif (makin rendah makin baik).",
  },
  level: {
    name: "level",
    values: ["program", "kegiatan", "sub kegiatan"],
    strict: true,
    errorTitle: "Level tidak dikenal",
    error: "Pilih program, kegiatan atau sub kegiatan (boleh dikosongkan bila kode sudah menunjukkan levelnya).",
  },
  satuan: {
    name: "satuan",
    values: [
      "%",
      "orang",
      "KK",
      "jiwa",
      "lembaga",
      "dokumen",
      "laporan",
      "unit",
      "nilai",
      "indeks",
      "predikat",
      "kegiatan",
      "paket",
      "bulan",
    ],
    strict: false,
    errorTitle: "Satuan",
    error: "Satuan di luar daftar boleh diketik langsung.",
  },
  agregasi: {
    name: "agregasi",
    values: ["jumlah", "terakhir", "rata-rata"],
    strict: true,
    errorTitle: "Agregasi tidak dikenal",
    error: "Pilih jumlah, terakhir atau rata-rata.",
  },
  agregasiCascading: {
    name: "agregasiCascading",
    values: CASCADING_AGREGASI,
    strict: true,
    errorTitle: "Agregasi tidak dikenal",
    error: "Pilih rata-rata, terendah atau tertinggi (capaian jabatan di bawahnya) atau jumlah (realisasi jabatan di bawahnya); kosongkan bila capaian baris ini diukur sendiri.",
  },
  skala: {
    name: "skala",
    values: SCALE_NAMES,
    strict: false,
    errorTitle: "Skala Penilaian",
    error: "Skala yang tidak dikenal diganti skala bawaan saat laporan disusun.",
  },
};

export interface ColumnSpec {
  /** Header text, exactly as the contract names it. */
  header: string;
  /** Column width in Excel character units. */
  width: number;
  /** Indonesian explanation shown as a note on the header cell. */
  note: string;
  numFmt?: string;
  list?: ListName;
  /** Long text: wrap inside the cell. */
  wrap?: boolean;
}

export interface SheetSpec {
  name: SheetName;
  /** `lkip build` needs this sheet (see the contract); the others add content when present. */
  requiredForBuild: boolean;
  /** One Indonesian sentence for the Petunjuk sheet. */
  purpose: string;
  columns: ColumnSpec[];
}

export interface ProfilKeySpec {
  key: string;
  note: string;
  /** Dropdown on the key's `Isi` cell. */
  list?: ListName;
}

/** The years the year columns are derived from. */
export interface SpecYears {
  /** Report year. */
  tahun: number;
  /** First and last year of the Renstra period. */
  renstraAwal: number;
  renstraAkhir: number;
  /** `Target <year>` columns: every Renstra year. */
  targetYears: number[];
  /** `Realisasi <year>` columns: the PAST_YEARS years before the Renstra period. */
  realisasiYears: number[];
}

export interface TemplateSpec {
  years: SpecYears;
  /** Table sheets in workbook order (Petunjuk comes before them and is not a table). */
  sheets: SheetSpec[];
  profilKeys: ProfilKeySpec[];
}

export interface YearsInput {
  tahun?: number;
  /** `2025-2029` (any dash, spaces allowed) or explicit years. */
  periodeRenstra?: string | { awal: number; akhir: number };
}

/** Parses `2025-2029`, `2025 – 2029`, `2025 s.d. 2029`; undefined when it is not a plausible period. */
export function parsePeriode(text: string): { awal: number; akhir: number } | undefined {
  const m = /^\s*(\d{4})\s*(?:-|–|—|s\.?\s*d\.?|sampai)\s*(\d{4})\s*$/i.exec(text);
  if (!m) return undefined;
  const awal = Number(m[1]);
  const akhir = Number(m[2]);
  if (akhir < awal || akhir - awal > 10) return undefined;
  return { awal, akhir };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

/** Year columns from the report year and/or Renstra period; defaults to 2025 and 2025–2029. */
export function specYears(input: YearsInput = {}): SpecYears {
  const periode =
    typeof input.periodeRenstra === "string" ? parsePeriode(input.periodeRenstra) : input.periodeRenstra;
  const tahun = input.tahun ?? periode?.awal ?? DEFAULT_TAHUN;
  const renstraAwal = periode?.awal ?? tahun;
  const renstraAkhir = periode?.akhir ?? renstraAwal + RENSTRA_YEARS - 1;
  return {
    tahun,
    renstraAwal,
    renstraAkhir,
    targetYears: range(renstraAwal, renstraAkhir),
    realisasiYears: range(renstraAwal - PAST_YEARS, renstraAwal - 1),
  };
}

const PERSEN_NOTE =
  "Tulis sebagai angka persen: 12 berarti 12 %, bukan 0,12. Sel yang diformat persen di Excel (12%) juga terbaca benar.";

function profilKeys(years: SpecYears): ProfilKeySpec[] {
  return [
    { key: "Nama Instansi", note: "Nama perangkat daerah tanpa nama daerah, mis. Dinas Sosial." },
    { key: "Pemerintah Daerah", note: "Nama pemerintah daerah, mis. Kota Bekasi atau Kabupaten Gowa." },
    { key: "Tahun", note: `Tahun laporan (tahun anggaran yang dilaporkan), mis. ${years.tahun}.` },
    { key: "Nama Kepala", note: "Nama lengkap kepala perangkat daerah beserta gelar, seperti tertulis di blok tanda tangan." },
    { key: "NIP Kepala", note: "NIP kepala perangkat daerah. Tulis sebagai teks agar angka nol di depan tidak hilang." },
    { key: "Pangkat Kepala", note: "Pangkat dan golongan, mis. Pembina Utama Muda (IV/c)." },
    { key: "Jabatan Kepala", note: "Jabatan pada blok tanda tangan, mis. Kepala Dinas Sosial Kota Bekasi." },
    { key: "Tempat", note: "Tempat penandatanganan laporan, mis. Bekasi." },
    { key: "Tanggal", note: "Tanggal penandatanganan laporan. Sebaiknya diisi sebagai tanggal Excel." },
    {
      key: "Tanggal PK",
      note: `Tanggal penandatanganan Perjanjian Kinerja (PK murni) tahun ${years.tahun}, biasanya awal tahun, mis. 6 Januari ${years.tahun}. Lampiran PK memakai tanggal ini, bukan tanggal laporan.`,
    },
    { key: "Tempat PK", note: "Tempat penandatanganan Perjanjian Kinerja. Kosong berarti sama dengan Tempat." },
    {
      key: "Tanggal PK Perubahan",
      note: "Opsional: tanggal penandatanganan PK perubahan (setelah APBD Perubahan). Bila diisi, kedua PK dilampirkan: PK murni dengan Pagu Awal dan PK perubahan dengan Pagu Perubahan.",
    },
    { key: "Nama Kepala Daerah", note: "Nama Wali Kota / Bupati / Gubernur yang menandatangani PK sebagai PIHAK KEDUA, beserta gelar." },
    {
      key: "Jabatan Kepala Daerah",
      note: "Jabatan PIHAK KEDUA pada PK, mis. Wali Kota Bekasi. Kosong berarti disimpulkan dari Pemerintah Daerah (Kota → Wali Kota, Kabupaten → Bupati, Provinsi → Gubernur).",
    },
    { key: "Alamat", note: "Alamat kantor untuk sampul laporan." },
    { key: "Telepon", note: "Nomor telepon kantor." },
    { key: "Email", note: "Alamat email resmi kantor." },
    {
      key: "Periode Renstra",
      note: `Periode Rencana Strategis, mis. ${years.renstraAwal}-${years.renstraAkhir}. Kolom Target <tahun> di sheet IKU mengikuti periode ini.`,
    },
    { key: "Visi", note: "Visi yang diacu (visi kepala daerah / RPJMD)." },
    { key: "Misi", note: "Misi; satu misi per baris di dalam sel (Alt+Enter untuk baris baru)." },
    { key: "Tugas", note: "Tugas pokok perangkat daerah menurut peraturan kepala daerah tentang kedudukan dan tugas." },
    { key: "Fungsi", note: "Fungsi perangkat daerah; satu fungsi per baris di dalam sel." },
    {
      key: "Skala Penilaian",
      list: "skala",
      note:
        `Skala kategori capaian: ${SCALE_NAMES.join(", ")}. Kosong berarti ${DEFAULT_SCALE}. ` +
        "Jika kustom, isi sheet Skala dengan batas dan kategori Anda sendiri.",
    },
    { key: "Desimal", note: "Jumlah angka di belakang koma untuk persentase di laporan. Kosong berarti 2." },
    { key: "Logo", note: "Opsional: nama berkas gambar logo (PNG/JPG) di folder yang sama dengan workbook ini." },
    {
      key: "Metode Efisiensi",
      note:
        "Opsional: cara menilai efisiensi setiap sasaran. selisih (bawaan): capaian kinerja − serapan anggaran; sisa: (pagu − realisasi) / pagu; " +
        "rasio: capaian kinerja / serapan × 100 dengan kategori sangat efisien, efisien, cukup efisien, tidak efisien.",
    },
    {
      key: "Batas Capaian",
      note: "Opsional: batas atas capaian untuk kategori dan rata-rata, mis. 120 (capaian di atasnya dihitung 120). Kosong berarti tanpa batas.",
    },
  ];
}

function ikuColumns(years: SpecYears): ColumnSpec[] {
  return [
    { header: "Kode", width: 9, note: "Kode indikator, mis. IKU-1. Dipakai untuk mencocokkan baris PK dan PPKS dengan indikator ini." },
    {
      header: "Tujuan",
      width: 34,
      wrap: true,
      note: "Tujuan Renstra. Sel kosong berarti sama dengan baris di atasnya (sel boleh juga digabung/merge).",
    },
    {
      header: "Sasaran",
      width: 34,
      wrap: true,
      note: "Sasaran strategis tempat indikator ini berada. Sel kosong berarti sama dengan baris di atasnya.",
    },
    { header: "Indikator", width: 44, wrap: true, note: "Nama indikator kinerja utama (IKU) seperti tertulis di Renstra." },
    {
      header: "Satuan",
      width: 11,
      list: "satuan",
      note: "Satuan indikator: %, orang, KK, nilai, indeks, predikat, dst. Pilih dari daftar atau ketik satuan lain. Untuk indikator huruf (AA, A, BB, B, CC, C, D) pilih predikat.",
    },
    {
      header: "Polaritas",
      width: 11,
      list: "polaritas",
      note: "positif: makin tinggi makin baik. negatif: makin rendah makin baik (mis. persentase penduduk miskin). Kosong berarti positif.",
    },
    {
      header: "Formula",
      width: 40,
      wrap: true,
      note: "Cara menghitung indikator, mis. Jumlah PPKS yang dilayani / Jumlah PPKS × 100. Hanya teks, tidak dihitung.",
    },
    {
      header: "Kondisi Awal",
      width: 12,
      note: "Nilai indikator pada awal periode Renstra (tahun sebelum periode dimulai).",
    },
    ...years.targetYears.map(
      (y): ColumnSpec => ({
        header: `Target ${y}`,
        width: 12,
        note: `Target indikator untuk tahun ${y} menurut Renstra. Persen ditulis sebagai angka (12 berarti 12 %); predikat ditulis hurufnya (BB).`,
      }),
    ),
    // past years in pairs: the target of the earlier Renstra period beside what was achieved, so capaian per year
    ...years.realisasiYears.flatMap((y): ColumnSpec[] => [
      {
        header: `Target ${y}`,
        width: 12,
        note: `Opsional: target tahun ${y} menurut Renstra periode sebelumnya. Bila diisi, laporan menghitung capaian tahun ${y} pada tabel tren. Kosongkan bila tidak ada.`,
      },
      {
        header: `Realisasi ${y}`,
        width: 13,
        note: `Realisasi indikator tahun ${y}, untuk perbandingan dengan tahun-tahun sebelumnya. Kosongkan bila belum diukur.`,
      },
    ]),
  ];
}

function pkColumns(years: SpecYears): ColumnSpec[] {
  const tw = (n: number): ColumnSpec => ({
    header: `Realisasi TW${n}`,
    width: 12,
    note: `Opsional: realisasi triwulan ${n}. Jika triwulan diisi, kolom Agregasi menentukan cara menggabungkannya menjadi Realisasi setahun.`,
  });
  return [
    { header: "Kode", width: 9, note: "Kode indikator yang sama dengan sheet IKU (mis. IKU-1). Jika kosong, baris dicocokkan lewat nama indikator." },
    {
      header: "Sasaran",
      width: 34,
      wrap: true,
      note: `Sasaran strategis pada Perjanjian Kinerja ${years.tahun}. Sel kosong berarti sama dengan baris di atasnya.`,
    },
    { header: "Indikator", width: 44, wrap: true, note: "Indikator kinerja seperti tertulis pada dokumen Perjanjian Kinerja." },
    { header: "Satuan", width: 11, list: "satuan", note: "Satuan indikator; pilih dari daftar atau ketik satuan lain. predikat untuk nilai huruf." },
    {
      header: "Polaritas",
      width: 11,
      list: "polaritas",
      note: "Opsional. Jika kosong, polaritas diambil dari sheet IKU (positif bila di sana pun kosong).",
    },
    {
      header: "Target",
      width: 12,
      note: `Target tahun ${years.tahun} pada Perjanjian Kinerja (PK perubahan bila ada). ${PERSEN_NOTE} Predikat ditulis hurufnya.`,
    },
    {
      header: "Realisasi",
      width: 12,
      note: "Realisasi akhir tahun. Untuk indikator rasio boleh dikosongkan bila Pembilang dan Penyebut diisi: realisasi dihitung dari keduanya.",
    },
    {
      header: "Pembilang",
      width: 13,
      numFmt: NUMFMT.count,
      note: "Opsional, untuk indikator rasio: angka di atas garis pecahan, mis. jumlah PPKS yang mendapat pelayanan (19.825).",
    },
    {
      header: "Penyebut",
      width: 13,
      numFmt: NUMFMT.count,
      note: "Opsional, untuk indikator rasio: angka di bawah garis pecahan, mis. jumlah seluruh PPKS (125.326).",
    },
    {
      header: "Capaian",
      width: 11,
      numFmt: NUMFMT.percent,
      note: "Opsional: capaian (%) yang Anda hitung sendiri. Akan diperiksa terhadap target dan realisasi sesuai polaritas, tidak dipakai begitu saja.",
    },
    tw(1),
    tw(2),
    tw(3),
    tw(4),
    {
      header: "Agregasi",
      width: 12,
      list: "agregasi",
      note: "Cara menggabungkan realisasi triwulan: jumlah (dijumlahkan, untuk hitungan), terakhir (nilai triwulan terakhir yang terisi, untuk persen kumulatif), rata-rata.",
    },
    { header: "Sumber Data", width: 28, wrap: true, note: "Asal data realisasi, mis. bidang pengampu atau aplikasi; dicetak sebagai sumber tabel." },
    { header: "Keterangan", width: 30, wrap: true, note: "Catatan bebas untuk baris ini." },
  ];
}

const anggaranColumns: ColumnSpec[] = [
  {
    header: "Kode",
    width: 22,
    note: "Kode program / kegiatan / sub kegiatan, mis. 1.06.01 lalu 1.06.01.2.01 lalu 1.06.01.2.01.0001. Kode anak diawali kode induknya.",
  },
  { header: "Uraian", width: 50, wrap: true, note: "Nama program, kegiatan atau sub kegiatan. Tulis Jumlah pada baris total di bawah tabel." },
  {
    header: "Level",
    width: 13,
    list: "level",
    note: "program, kegiatan atau sub kegiatan. Boleh kosong: level lalu ditentukan dari panjang kode.",
  },
  {
    header: "Sasaran",
    width: 10,
    note:
      "Untuk baris program: nomor sasaran (1, 2, …) atau kode IKU yang didukung program ini; beberapa sasaran dipisah koma (1, 4), anggarannya dibagi rata. " +
      "Program penunjang sebaiknya dikaitkan ke sasaran akuntabilitas/tata kelola yang didukungnya. Kosong: program tidak dihitung pada sasaran mana pun.",
  },
  { header: "Pagu Awal", width: 17, numFmt: NUMFMT.money, note: "Pagu APBD murni dalam rupiah, tanpa Rp dan tanpa titik (format tampilan mengikuti Excel)." },
  {
    header: "Pagu Perubahan",
    width: 17,
    numFmt: NUMFMT.money,
    note: "Pagu setelah APBD Perubahan dalam rupiah. Pagu induk harus sama dengan jumlah pagu anak-anaknya.",
  },
  { header: "Realisasi", width: 17, numFmt: NUMFMT.money, note: "Realisasi belanja sampai akhir tahun dalam rupiah (boleh dengan sen)." },
  {
    header: "Persen",
    width: 10,
    numFmt: NUMFMT.percent,
    note: "Opsional: serapan (%) = Realisasi / Pagu Perubahan × 100. Jika diisi, akan diperiksa.",
  },
  { header: "Sumber Dana", width: 16, note: "Sumber dana, mis. APBD, DAU, DBHCHT." },
];

const ppksColumns: ColumnSpec[] = [
  {
    header: "Kategori",
    width: 38,
    wrap: true,
    note: "Kategori penerima manfaat, mis. Anak Terlantar. Tulis Jumlah pada baris total di bawah tabel.",
  },
  {
    header: "Kode IKU",
    width: 10,
    note: "Kode indikator di PK yang pembilangnya dirinci sheet ini (mis. IKU-1). Jumlah Realisasi baris-baris ini harus sama dengan Pembilang indikator itu. Kosong berarti sama dengan baris di atasnya.",
  },
  { header: "Program", width: 30, wrap: true, note: "Opsional: program yang melayani kategori ini. Kosong berarti sama dengan baris di atasnya." },
  { header: "Kegiatan", width: 34, wrap: true, note: "Opsional: kegiatan yang melayani kategori ini. Kosong berarti sama dengan baris di atasnya." },
  { header: "Satuan", width: 10, list: "satuan", note: "Satuan hitungan, mis. orang, jiwa, KK." },
  { header: "Target", width: 12, numFmt: NUMFMT.count, note: "Target jumlah penerima manfaat tahun laporan." },
  { header: "Realisasi", width: 12, numFmt: NUMFMT.count, note: "Jumlah penerima manfaat yang benar-benar dilayani." },
  { header: "Capaian", width: 10, numFmt: NUMFMT.percent, note: "Opsional: Realisasi / Target × 100. Jika diisi, akan diperiksa." },
];

const narasiColumns: ColumnSpec[] = [
  {
    header: "Bagian",
    width: 28,
    note:
      "Bagian laporan yang diisi atau diganti teksnya, mis. latar belakang, isu strategis, analisis sasaran 1, penyebab sasaran 1, penghambat IKU-4, " +
      "solusi sasaran 1, langkah sasaran 1, sisa anggaran sasaran 1, langkah perbaikan. Lihat Petunjuk, ANALISIS PER SASARAN.",
  },
  { header: "Teks", width: 100, wrap: true, note: "Teks bebas untuk bagian itu. Pisahkan paragraf dengan baris baru di dalam sel (Alt+Enter)." },
];

function indikatorProgramColumns(years: SpecYears): ColumnSpec[] {
  return [
    { header: "Kode", width: 22, note: "Opsional: kode program / kegiatan / sub kegiatan yang sama dengan sheet Anggaran." },
    { header: "Program", width: 30, wrap: true, note: "Program pemilik indikator. Kosong berarti sama dengan baris di atasnya." },
    { header: "Kegiatan", width: 34, wrap: true, note: "Opsional: kegiatan pemilik indikator. Kosong berarti sama dengan baris di atasnya." },
    { header: "Sub Kegiatan", width: 34, wrap: true, note: "Opsional: sub kegiatan pemilik indikator." },
    { header: "Indikator", width: 44, wrap: true, note: "Indikator keluaran (output) atau hasil program / kegiatan." },
    { header: "Satuan", width: 11, list: "satuan", note: "Satuan indikator; pilih dari daftar atau ketik satuan lain." },
    { header: "Target", width: 12, note: `Target tahun ${years.tahun}. ${PERSEN_NOTE}` },
    { header: "Realisasi", width: 12, note: `Realisasi tahun ${years.tahun}.` },
    { header: "Capaian", width: 10, numFmt: NUMFMT.percent, note: "Opsional: Realisasi / Target × 100. Jika diisi, akan diperiksa." },
  ];
}

const standarColumns: ColumnSpec[] = [
  { header: "Kode", width: 9, note: "Kode indikator di sheet IKU / PK yang dibandingkan dengan standar ini (mis. IKU-1)." },
  { header: "Indikator", width: 50, wrap: true, note: "Nama indikator; dipakai untuk mencocokkan bila Kode kosong." },
  { header: "Standar", width: 12, note: "Nilai standar nasional / provinsi, mis. 100 untuk SPM 100 %." },
  { header: "Sumber", width: 50, wrap: true, note: "Dasar standar, mis. SPM bidang sosial atau target Dinas Sosial Provinsi." },
];

const skalaColumns: ColumnSpec[] = [
  { header: "Batas Bawah", width: 13, numFmt: NUMFMT.percent, note: "Capaian terendah (%) kategori ini, termasuk nilai itu sendiri. Kosong berarti tanpa batas bawah." },
  { header: "Batas Atas", width: 13, numFmt: NUMFMT.percent, note: "Capaian tertinggi (%) kategori ini. Kosong berarti tanpa batas atas." },
  { header: "Kategori", width: 24, note: "Nama kategori, mis. Sangat Tinggi. Dipakai bila Skala Penilaian di Profil diisi kustom." },
];

const strukturColumns: ColumnSpec[] = [
  { header: "Jabatan", width: 44, wrap: true, note: "Nama jabatan / unit, mis. Kepala Dinas, Sekretaris, Subbagian Keuangan, Bidang Rehabilitasi Sosial, Seksi …, Kelompok Jabatan Fungsional." },
  {
    header: "Atasan",
    width: 36,
    wrap: true,
    note: "Jabatan atasan langsung, ditulis sama persis dengan isi kolom Jabatan barisnya. Kosong hanya untuk kepala perangkat daerah (puncak bagan).",
  },
  { header: "Nama", width: 32, note: "Opsional: nama pejabat beserta gelar." },
  { header: "NIP", width: 24, note: "Opsional: NIP pejabat. Tulis sebagai teks agar angka nol di depan tidak hilang." },
  { header: "Pangkat/Golongan", width: 28, note: "Opsional: pangkat dan golongan, mis. Pembina (IV/a)." },
];

const pegawaiColumns: ColumnSpec[] = [
  {
    header: "Kelompok",
    width: 26,
    note: "Dasar pengelompokan tabel pegawai, mis. Jabatan, Golongan, Pendidikan, Status Kepegawaian. Setiap kelompok menjadi satu tabel di BAB I. Kosong berarti sama dengan baris di atasnya.",
  },
  { header: "Uraian", width: 40, wrap: true, note: "Rincian dalam kelompok, mis. Golongan IV, S1/D4, ASN, Non ASN. Tulis Jumlah pada baris total di bawah setiap kelompok (opsional, akan diperiksa)." },
  { header: "Jumlah", width: 11, numFmt: NUMFMT.count, note: "Jumlah pegawai pada baris ini." },
  { header: "Laki-laki", width: 11, numFmt: NUMFMT.count, note: "Opsional: jumlah pegawai laki-laki." },
  { header: "Perempuan", width: 11, numFmt: NUMFMT.count, note: "Opsional: jumlah pegawai perempuan." },
];

const cascadingColumns: ColumnSpec[] = [
  {
    header: "Kode",
    width: 8,
    numFmt: "@",
    note:
      "Kode jabatan dalam pohon kinerja, mis. 1 untuk Kepala Dinas, 1.1 untuk Sekretaris, 1.1.1 untuk jabatan di bawahnya (sel berformat teks, agar 1.10 tidak menjadi 1.1). Satu baris per indikator: " +
      "baris-baris berkode sama adalah satu jabatan. Kosong berarti sama dengan baris di atasnya.",
  },
  { header: "Jabatan", width: 34, wrap: true, note: "Nama jabatan, mis. Kepala Dinas Sosial, Kepala Bidang Rehabilitasi Sosial, Pekerja Sosial Ahli Muda, Penata Layanan Operasional. Cukup di baris pertama jabatan itu." },
  { header: "Nama", width: 28, note: "Opsional: nama pemangku jabatan beserta gelar. Nama yang sama di Profil atau Struktur harus ber-NIP sama." },
  { header: "NIP", width: 22, numFmt: "@", note: "Opsional: NIP pemangku jabatan (18 angka), ditulis sebagai teks agar tidak dibulatkan Excel. Diperiksa seperti NIP di Profil dan Struktur." },
  {
    header: "Kode Atasan",
    width: 10,
    numFmt: "@",
    note: "Kode jabatan atasan langsung (kolom Kode), mis. 1 untuk jabatan di bawah Kepala Dinas. Kosong hanya untuk puncak pohon kinerja: kepala perangkat daerah.",
  },
  {
    header: "Sasaran",
    width: 40,
    wrap: true,
    note: "Sasaran jabatan ini. Pada puncak: sasaran strategis seperti di sheet IKU/PK. Kosong berarti sasaran yang sama dengan baris di atasnya untuk jabatan yang sama.",
  },
  {
    header: "Indikator",
    width: 44,
    wrap: true,
    note: "Satu indikator sasaran per baris. Pada puncak: indikator IKU/PK. Nomor urut tidak perlu ditulis: dokumen menomorinya sendiri.",
  },
  { header: "Satuan", width: 11, list: "satuan", note: "Opsional: satuan indikator, mis. %, laporan, dokumen; pilih dari daftar atau ketik satuan lain." },
  { header: "Target", width: 10, note: "Opsional: target indikator tahun laporan. Bersama Realisasi, capaiannya dihitung dan diukur." },
  { header: "Realisasi", width: 10, note: "Opsional: realisasi indikator tahun laporan." },
  {
    header: "Capaian",
    width: 10,
    numFmt: NUMFMT.percent,
    note: "Opsional: Realisasi / Target × 100 (atau hasil Agregasi). Jika diisi, akan diperiksa.",
  },
  {
    header: "Kode IKU",
    width: 10,
    note: "Kode indikator di IKU/PK yang didukung baris ini, mis. IKU-1; beberapa dipisah titik koma (IKU-1; IKU-2). Wajib diisi pada puncak, dianjurkan pada jabatan di bawahnya agar terlihat indikator mana yang diturunkan ke mana.",
  },
  {
    header: "Agregasi",
    width: 12,
    list: "agregasiCascading",
    note:
      "Opsional: bila capaian baris ini dihitung dari jabatan-jabatan langsung di bawahnya. rata-rata, terendah, tertinggi: dari capaian indikator mereka; " +
      "jumlah: Realisasi baris ini adalah jumlah realisasi indikator mereka yang satuannya sama. Kosong: diukur dari target dan realisasinya sendiri.",
  },
];

const PURPOSE: Record<Exclude<SheetName, "Petunjuk">, string> = {
  Profil: "Identitas instansi, penandatangan laporan, periode Renstra, visi, misi, tugas dan fungsi, serta pengaturan laporan.",
  IKU: "Indikator Kinerja Utama Renstra: satu baris per indikator, dengan tujuan, sasaran, target setiap tahun Renstra dan realisasi tahun-tahun sebelumnya.",
  PK: "Perjanjian Kinerja tahun laporan beserta realisasinya: target, realisasi, pembilang/penyebut untuk indikator rasio, realisasi triwulan.",
  Anggaran: "Pagu awal, pagu perubahan dan realisasi anggaran per program, kegiatan dan sub kegiatan, diakhiri baris Jumlah.",
  PPKS: "Rincian penerima manfaat per kategori (mis. PPKS) yang membentuk pembilang sebuah indikator, diakhiri baris Jumlah.",
  Narasi: "Opsional: teks Anda sendiri untuk bagian-bagian laporan (latar belakang, isu strategis, analisis, langkah perbaikan).",
  "Indikator Program": "Opsional: indikator keluaran program, kegiatan dan sub kegiatan beserta target dan realisasinya.",
  Standar: "Opsional: standar nasional / provinsi (mis. SPM) untuk dibandingkan dengan realisasi indikator.",
  Skala: "Opsional: skala kategori capaian Anda sendiri; hanya dipakai bila Skala Penilaian di Profil diisi kustom.",
  Struktur: "Opsional: susunan organisasi, satu baris per jabatan dengan atasannya (dan nama, NIP, pangkat pejabat); digambar sebagai bagan struktur organisasi di BAB I.",
  Cascading:
    "Opsional: cascading kinerja (pohon kinerja), satu baris per indikator sebuah jabatan, dari kepala perangkat daerah sampai pelaksana, setiap jabatan menunjuk atasannya lewat Kode Atasan; diperiksa dan dicetak sebagai pengukuran kinerja individu.",
  Pegawai: "Opsional: jumlah pegawai menurut jabatan, golongan, pendidikan dan status kepegawaian (ASN / non ASN), dicetak sebagai tabel di BAB I.",
};

/** The template's sheets and columns for the given report year / Renstra period. */
export function templateSpec(input: YearsInput = {}): TemplateSpec {
  const years = specYears(input);
  const sheet = (name: Exclude<SheetName, "Petunjuk">, requiredForBuild: boolean, columns: ColumnSpec[]): SheetSpec => ({
    name,
    requiredForBuild,
    purpose: PURPOSE[name],
    columns,
  });
  return {
    years,
    profilKeys: profilKeys(years),
    sheets: [
      sheet(SHEET.profil, true, [
        { header: "Data", width: 22, note: "Nama data. Jangan diubah; baris yang tidak diperlukan boleh dibiarkan kosong isinya." },
        { header: "Isi", width: 90, wrap: true, note: "Isi data untuk instansi Anda. Arahkan kursor ke nama data di kolom kiri untuk penjelasannya." },
      ]),
      sheet(SHEET.iku, true, ikuColumns(years)),
      sheet(SHEET.pk, true, pkColumns(years)),
      sheet(SHEET.anggaran, true, anggaranColumns),
      sheet(SHEET.ppks, false, ppksColumns),
      sheet(SHEET.narasi, false, narasiColumns),
      sheet(SHEET.indikatorProgram, false, indikatorProgramColumns(years)),
      sheet(SHEET.standar, false, standarColumns),
      sheet(SHEET.skala, false, skalaColumns),
      sheet(SHEET.struktur, false, strukturColumns),
      sheet(SHEET.pegawai, false, pegawaiColumns),
      sheet(SHEET.cascading, false, cascadingColumns),
    ],
  };
}

/** The spec of one sheet; throws on an unknown name (a programming error). */
export function sheetSpec(spec: TemplateSpec, name: SheetName): SheetSpec {
  const s = spec.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`template spec has no sheet ${name}`);
  return s;
}

/** The Petunjuk sheet: how to fill the workbook, one paragraph per row. `heading` rows are printed bold. */
export interface PetunjukLine {
  text: string;
  heading?: boolean;
}

export function petunjuk(spec: TemplateSpec): PetunjukLine[] {
  const { years } = spec;
  const lines: PetunjukLine[] = [
    { text: "PETUNJUK PENGISIAN WORKBOOK KINERJA (LKIP)", heading: true },
    {
      text:
        "Workbook ini adalah bahan baku Laporan Kinerja Instansi Pemerintah (LKIP). Isi satu workbook untuk satu perangkat daerah dan satu tahun laporan. " +
        "Perintah `lkip check` memeriksa semua hitungan di dalamnya (jumlah, persentase, capaian) dan menunjuk sel yang salah; " +
        "`lkip build` menyusun dokumen LKIP (Word) dari isinya.",
    },
    {
      text:
        "Jangan mengganti nama sheet dan judul kolom di baris 1. Urutan kolom boleh diubah, kolom dan sheet tambahan boleh ditambahkan (akan diabaikan), " +
        "dan baris judul tabel boleh disisipkan di atas baris judul kolom. Arahkan kursor ke judul kolom untuk membaca catatan penjelasannya.",
    },
    { text: "" },
    { text: "ISI SETIAP SHEET", heading: true },
    ...spec.sheets.map((s) => ({
      text: `${s.name}${s.requiredForBuild ? " (wajib)" : ""}: ${s.purpose}`,
    })),
    { text: "" },
    { text: "CARA MENULIS", heading: true },
    {
      text:
        "Sel kosong pada kolom Tujuan, Sasaran, Program dan Kegiatan berarti sama dengan baris di atasnya. Menggabungkan (merge) sel-sel itu juga boleh.",
    },
    {
      text:
        "Baris total: tulis Jumlah (atau Total) pada kolom Uraian / Kategori. Baris ini tidak dihitung sebagai data, tetapi diperiksa: setiap angkanya harus sama dengan jumlah baris-baris yang diwakilinya. " +
        "Di sheet Anggaran, Jumlah adalah jumlah baris program saja (bukan kegiatan dan sub kegiatan). Kolom persen pada baris Jumlah diisi persentase dari total (mis. total realisasi / total pagu × 100), bukan jumlah persen.",
    },
    {
      text:
        "Angka sebaiknya diketik sebagai angka biasa; format tampilan (titik ribuan) diatur Excel. Angka yang terlanjur berupa teks tetap terbaca, " +
        "baik cara Indonesia (1.234.567,89 dan 85,82%) maupun cara Inggris (1,234,567.89 dan 85.82%). Tulisan Rp dan % boleh ada. " +
        "Satu kelompok seperti 1.576 dibaca seribu lima ratus tujuh puluh enam. Sel kosong, tanda - dan N/A berarti tidak ada nilai.",
    },
    {
      text:
        "Persentase ditulis sebagai angka persen: 12 berarti 12 %. Jangan menulis 0,12 kecuali sel itu diformat persen (tampil 12%).",
    },
    {
      text:
        "Rumus Excel boleh dipakai (mis. =SUM(E2:E9) untuk baris Jumlah). lkip membaca hasil rumus yang terakhir tersimpan, jadi simpan workbook dari Excel setelah mengubah angka.",
    },
    {
      text:
        `Tahun: kolom Target ${years.targetYears[0]} sampai Target ${years.targetYears[years.targetYears.length - 1]} di sheet IKU mengikuti Periode Renstra, ` +
        `kolom Target dan Realisasi ${years.realisasiYears[0]} sampai ${years.realisasiYears[years.realisasiYears.length - 1]} untuk tahun-tahun sebelumnya ` +
        "(target tahun lalu dari Renstra periode sebelumnya; bila diisi, capaian tahun itu dihitung). " +
        "Kolom tahun lain boleh ditambahkan dengan judul yang sama polanya (mis. Target 2030).",
    },
    { text: "" },
    { text: "INDIKATOR DAN CAPAIAN", heading: true },
    {
      text:
        "Polaritas positif: makin tinggi makin baik, capaian = realisasi / target × 100. Polaritas negatif: makin rendah makin baik " +
        "(mis. persentase penduduk miskin), capaian = (2 × target − realisasi) / target × 100. Polaritas kosong berarti positif.",
    },
    {
      text:
        "Indikator kualitatif (mis. predikat AKIP): isi Satuan dengan predikat, lalu target dan realisasi dengan huruf AA, A, BB, B, CC, C atau D. " +
        "Capaian 100 % bila realisasi mencapai target pada urutan AA > A > BB > B > CC > C > D.",
    },
    {
      text:
        "Indikator rasio (mis. persentase PPKS yang dilayani, angka kematian ibu per 100.000 kelahiran hidup): isi Pembilang dan Penyebut di sheet PK. " +
        "Realisasi dihitung ulang dari keduanya dengan pengali dari Satuan atau Formula (% → × 100; per 1.000 → × 1.000; per 100.000 → × 100.000; indeks → × 1), " +
        "dan rincian pembilangnya boleh ditulis di sheet PPKS dengan Kode IKU yang sama; jumlah realisasinya harus sama dengan Pembilang.",
    },
    {
      text:
        "Kolom Capaian boleh dikosongkan: lkip menghitungnya sendiri. Jika diisi, nilainya diperiksa dengan pembulatan sesuai jumlah desimal yang tampil.",
    },
    {
      text:
        "Realisasi triwulan: isi Realisasi TW1 sampai TW4 dan pilih Agregasi: jumlah (keempat triwulan dijumlahkan), terakhir (nilai triwulan terakhir yang terisi) atau rata-rata.",
    },
    {
      text:
        `Skala Penilaian di Profil menentukan kategori capaian. Pilihan: ${SCALE_NAMES.join(", ")}; kosong berarti ${DEFAULT_SCALE} ` +
        "(≥ 91 sangat tinggi, 76–90 tinggi, 66–75 sedang, 51–65 rendah, ≤ 50 sangat rendah). Isi kustom untuk memakai skala Anda sendiri di sheet Skala.",
    },
    { text: "" },
    { text: "ANGGARAN", heading: true },
    {
      text:
        "Level: program, kegiatan atau sub kegiatan. Urutkan baris menurut hierarki: program, lalu kegiatannya, masing-masing diikuti sub kegiatannya. " +
        "Jika Level kosong, level ditentukan dari panjang kode (1.06.01 program, 1.06.01.2.01 kegiatan, 1.06.01.2.01.0001 sub kegiatan).",
    },
    {
      text:
        "Pagu dan realisasi setiap program harus sama dengan jumlah kegiatannya, dan setiap kegiatan sama dengan jumlah sub kegiatannya. Rupiah boleh bersen (252.398.711,02).",
    },
    {
      text:
        "Kolom Sasaran pada baris program mengaitkan program dengan sasaran yang didukungnya. Program yang mendukung beberapa sasaran ditulis 1, 4: " +
        "anggarannya dibagi rata untuk analisis efisiensi setiap sasaran. Kaitkan program penunjang dengan sasaran akuntabilitas atau tata kelola.",
    },
    { text: "" },
    { text: "ANALISIS PER SASARAN (SHEET NARASI)", heading: true },
    {
      text:
        "Analisis penyebab, hambatan, solusi dan langkah ke depan hanya dapat ditulis instansi. Tulis satu baris Narasi per kunci: " +
        "penyebab sasaran N (faktor pendukung), penghambat sasaran N, solusi sasaran N, langkah sasaran N, dan sisa anggaran sasaran N (alasan anggaran tidak terserap).",
    },
    {
      text:
        "Per indikator, dengan kodenya: penghambat IKU-4 dan solusi IKU-4 untuk indikator yang belum mencapai target (wajib); " +
        "penyebab IKU-1 dan tren IKU-1 (alasan perubahan dibanding tahun-tahun sebelumnya) boleh ditambahkan.",
    },
    {
      text:
        "Kunci yang kosong dilaporkan lkip check sebagai peringatan dan didaftar oleh lkip build. Laporan tetap disusun: angka-angkanya diuraikan, " +
        "dan hanya bagian penyebab yang ditandai kuning untuk dilengkapi.",
    },
    { text: "" },
    { text: "CASCADING KINERJA (SHEET CASCADING)", heading: true },
    {
      text:
        "Tulis satu baris per indikator setiap jabatan. Jabatan dikenali dari Kode-nya (mis. 1, 2, 2.1); baris berikutnya dengan Kode kosong tetap milik jabatan itu, " +
        "dan Sasaran kosong berarti sasaran yang sama dengan baris di atasnya. Kode Atasan menunjuk Kode jabatan atasan langsung; hanya kepala perangkat daerah yang Kode Atasannya kosong.",
    },
    {
      text:
        "Indikator kepala perangkat daerah adalah IKU/PK (tulis Kode IKU-nya). Setiap IKU/PK harus diturunkan ke sedikitnya satu jabatan di bawahnya: tulis Kode IKU yang sama pada indikator jabatan yang mendukungnya. " +
        "Target dan Realisasi boleh diisi untuk mengukur capaian setiap jabatan; Agregasi (rata-rata, terendah, tertinggi, jumlah) menyatakan bahwa capaian sebuah baris dihitung dari jabatan-jabatan di bawahnya.",
    },
    { text: "" },
    { text: "DAFTAR PILIHAN", heading: true },
    {
      text:
        `Kolom Polaritas, Level, Satuan dan Agregasi memiliki daftar pilihan (dropdown) sampai baris ${LAST_VALIDATED_ROW}, ` +
        "begitu pula isian Skala Penilaian di Profil. Satuan di luar daftar boleh diketik langsung. Baris di bawah batas itu tetap terbaca, hanya tanpa daftar pilihan.",
    },
  ];
  return lines;
}
