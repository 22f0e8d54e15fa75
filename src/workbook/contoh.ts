// The shipped example office: Dinas Sosial Kota Bekasi, report year 2025. Figures follow the office's published
// 2025 report (program budgets, PPKS counts, IKU-1 numerator and denominator); the head of office is fictional and
// the budget split below program level is invented. Everything here must check clean: parents are sums of their
// children and every stated percentage is the exact value rounded half-up, so those values are computed, not typed.
import { Decimal } from "decimal.js";
import type { Aggregation, Level, Polarity } from "../model/types.js";

/** A target or realisasi: a number, or a predikat letter such as `BB`. */
export type Qty = number | string;
export type ProfilValue = string | number | Date;

export interface IkuContoh {
  kode: string;
  /** Undefined: same as the row above (written as a blank cell). */
  tujuan?: string;
  sasaran?: string;
  indikator: string;
  satuan: string;
  polaritas?: Polarity;
  formula?: string;
  kondisiAwal?: Qty;
  target: Record<number, Qty | undefined>;
  realisasi: Record<number, Qty | undefined>;
}

export interface PkContoh {
  kode?: string;
  sasaran?: string;
  indikator: string;
  satuan?: string;
  polaritas?: Polarity;
  target?: Qty;
  realisasi?: Qty;
  pembilang?: number;
  penyebut?: number;
  capaian?: number;
  /** Realisasi TW1..TW4. */
  triwulan?: [Qty | undefined, Qty | undefined, Qty | undefined, Qty | undefined];
  agregasi?: Aggregation;
  sumberData?: string;
  keterangan?: string;
}

export interface AnggaranContoh {
  kode: string;
  uraian: string;
  level: Level;
  sasaran?: string | number;
  paguAwal: number;
  paguPerubahan: number;
  realisasi: number;
  persen?: number;
  sumberDana?: string;
}

export interface PpksContoh {
  kategori: string;
  kodeIku?: string;
  program?: string;
  kegiatan?: string;
  satuan?: string;
  target?: number;
  realisasi?: number;
  capaian?: number;
}

export interface NarasiContoh {
  bagian: string;
  teks: string;
}

export interface IndikatorProgramContoh {
  kode?: string;
  program?: string;
  kegiatan?: string;
  subKegiatan?: string;
  indikator: string;
  satuan?: string;
  target?: Qty;
  realisasi?: Qty;
  capaian?: number;
}

export interface StandarContoh {
  kode?: string;
  indikator: string;
  standar: Qty;
  sumber?: string;
}

export interface SkalaContoh {
  batasBawah?: number;
  batasAtas?: number;
  kategori: string;
}

export interface StrukturContoh {
  jabatan: string;
  atasan?: string;
  nama?: string;
  nip?: string;
  pangkat?: string;
}

export interface PegawaiContoh {
  kelompok: string;
  uraian: string;
  lakiLaki: number;
  perempuan: number;
}

/** A row of the Cascading sheet as written: one indicator of a position (blank cells are undefined). */
export interface CascadingContoh {
  kode?: string;
  jabatan?: string;
  nama?: string;
  nip?: string;
  atasan?: string;
  sasaran?: string;
  indikator?: string;
  satuan?: string;
  target?: Qty;
  realisasi?: Qty;
  capaian?: number;
  kodeIku?: string;
  agregasi?: string;
}

/** An office's workbook content, row by row as written (blank cells are undefined). */
export interface ContohData {
  /** Profil values keyed by the Profil key (`Nama Instansi`, `Tahun`, …); missing keys are written empty. */
  profil: Record<string, ProfilValue | undefined>;
  iku: IkuContoh[];
  pk: PkContoh[];
  /** Rows in hierarchy order; the `Jumlah` row is added by the template writer. */
  anggaran: AnggaranContoh[];
  /** Rows without the `Jumlah` row, which the template writer adds. */
  ppks: PpksContoh[];
  narasi: NarasiContoh[];
  indikatorProgram: IndikatorProgramContoh[];
  standar: StandarContoh[];
  skala: SkalaContoh[];
  /** Optional sheets: the organisation and its staff (a `Jumlah` row per kelompok is added by the template writer). */
  struktur?: StrukturContoh[];
  pegawai?: PegawaiContoh[];
  /** Optional: the performance cascade from the head of office down to every position. */
  cascading?: CascadingContoh[];
}

/** `num / den × 100` rounded half-up to `decimals`, the way a stated percentage must be written. */
export function persen(num: Decimal.Value, den: Decimal.Value, decimals = 2): number {
  return new Decimal(num).div(den).times(100).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toNumber();
}

/** Capaian of a negative-polarity indicator: (2 × target − realisasi) / target × 100, rounded half-up. */
export function capaianNegatif(target: Decimal.Value, realisasi: Decimal.Value, decimals = 2): number {
  const t = new Decimal(target);
  return persen(t.times(2).minus(realisasi), t, decimals);
}

// ---------------------------------------------------------------------------------------------------------------
// Budget: leaves (sub kegiatan) are the only amounts typed; kegiatan and program rows are their sums.
// Exported for the other shipped example (examples/contoh-dinas-kesehatan.ts).

export interface SubKegiatan {
  kode: string;
  uraian: string;
  paguAwal: number;
  paguPerubahan: number;
  realisasi: number;
  sumberDana?: string;
}
export interface Kegiatan {
  kode: string;
  uraian: string;
  sub: SubKegiatan[];
}
export interface Program {
  kode: string;
  uraian: string;
  sasaran?: number;
  kegiatan: Kegiatan[];
}

const PROGRAMS: Program[] = [
  {
    kode: "1.06.01",
    uraian: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    // its planning and evaluation kegiatan carry the AKIP sasaran; the office links it there
    sasaran: 4,
    kegiatan: [
      {
        kode: "1.06.01.2.01",
        uraian: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        sub: [
          {
            kode: "1.06.01.2.01.0001",
            uraian: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
            paguAwal: 95_000_000,
            paguPerubahan: 82_450_000,
            realisasi: 79_935_500,
          },
          {
            kode: "1.06.01.2.01.0007",
            uraian: "Evaluasi Kinerja Perangkat Daerah",
            paguAwal: 60_000_000,
            paguPerubahan: 52_870_000,
            realisasi: 50_112_300,
          },
        ],
      },
      {
        kode: "1.06.01.2.02",
        uraian: "Administrasi Keuangan Perangkat Daerah",
        sub: [
          {
            kode: "1.06.01.2.02.0001",
            uraian: "Penyediaan Gaji dan Tunjangan ASN",
            paguAwal: 9_850_000_000,
            paguPerubahan: 9_412_639_836,
            realisasi: 8_754_286_115,
          },
        ],
      },
      {
        kode: "1.06.01.2.08",
        uraian: "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
        sub: [
          {
            kode: "1.06.01.2.08.0002",
            uraian: "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
            paguAwal: 420_000_000,
            paguPerubahan: 386_500_000,
            realisasi: 352_118_740,
          },
          {
            kode: "1.06.01.2.08.0004",
            uraian: "Penyediaan Jasa Pelayanan Umum Kantor",
            paguAwal: 4_636_828_880,
            paguPerubahan: 4_236_961_000,
            realisasi: 3_525_917_810,
          },
        ],
      },
    ],
  },
  {
    kode: "1.06.02",
    uraian: "Program Pemberdayaan Sosial",
    sasaran: 2,
    kegiatan: [
      {
        kode: "1.06.02.2.03",
        uraian: "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota",
        sub: [
          {
            kode: "1.06.02.2.03.0001",
            uraian: "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota",
            paguAwal: 1_550_000_000,
            paguPerubahan: 1_160_895_223,
            realisasi: 1_086_086_129,
          },
          {
            kode: "1.06.02.2.03.0002",
            uraian: "Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota",
            paguAwal: 250_000_000,
            paguPerubahan: 182_567_701,
            realisasi: 145_289_996,
          },
          {
            kode: "1.06.02.2.03.0004",
            uraian: "Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat Kewenangan Kabupaten/Kota",
            paguAwal: 2_724_850_000,
            paguPerubahan: 1_997_795_715,
            realisasi: 1_196_166_362,
          },
        ],
      },
    ],
  },
  {
    kode: "1.06.04",
    uraian: "Program Rehabilitasi Sosial",
    sasaran: 1,
    kegiatan: [
      {
        kode: "1.06.04.2.01",
        uraian:
          "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
        sub: [
          {
            kode: "1.06.04.2.01.0001",
            uraian: "Penyediaan Permakanan",
            paguAwal: 700_000_000,
            paguPerubahan: 743_400_000,
            realisasi: 607_430_000,
          },
          {
            kode: "1.06.04.2.01.0003",
            uraian: "Penyediaan Alat Bantu",
            paguAwal: 600_000_000,
            paguPerubahan: 629_840_000,
            realisasi: 538_668_800,
          },
          {
            kode: "1.06.04.2.01.0006",
            uraian:
              "Pemberian Bimbingan Sosial kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat",
            paguAwal: 1_300_000_000,
            paguPerubahan: 1_380_000_000,
            realisasi: 1_306_664_516,
          },
        ],
      },
      {
        kode: "1.06.04.2.02",
        uraian:
          "Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial",
        sub: [
          {
            kode: "1.06.04.2.02.0010",
            uraian: "Pemberian Layanan Kedaruratan",
            paguAwal: 650_000_000,
            paguPerubahan: 692_314_625,
            realisasi: 579_358_404,
          },
          {
            kode: "1.06.04.2.02.0012",
            uraian: "Pemberian Layanan Rujukan",
            paguAwal: 1_152_800_000,
            paguPerubahan: 1_200_000_000,
            realisasi: 973_801_591,
          },
        ],
      },
    ],
  },
  {
    kode: "1.06.05",
    uraian: "Program Perlindungan dan Jaminan Sosial",
    sasaran: 3,
    kegiatan: [
      {
        kode: "1.06.05.2.02",
        uraian: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
        sub: [
          {
            kode: "1.06.05.2.02.0001",
            uraian: "Pendataan dan Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
            paguAwal: 1_377_649_800,
            paguPerubahan: 1_323_830_000,
            realisasi: 990_151_412,
          },
          {
            kode: "1.06.05.2.02.0003",
            uraian: "Fasilitasi Bantuan Sosial Kesejahteraan Keluarga",
            paguAwal: 3_400_000_000,
            paguPerubahan: 3_248_486_800,
            realisasi: 2_727_545_020,
            sumberDana: "APBD, DBHCHT",
          },
        ],
      },
    ],
  },
  {
    kode: "1.06.06",
    uraian: "Program Penanganan Bencana",
    sasaran: 1,
    kegiatan: [
      {
        kode: "1.06.06.2.01",
        uraian: "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota",
        sub: [
          {
            kode: "1.06.06.2.01.0001",
            uraian: "Penyediaan Makanan",
            paguAwal: 650_000_000,
            paguPerubahan: 588_240_000,
            realisasi: 491_669_672,
          },
          {
            kode: "1.06.06.2.01.0002",
            uraian: "Penyediaan Sandang",
            paguAwal: 300_000_000,
            paguPerubahan: 250_000_000,
            realisasi: 202_960_170,
          },
          {
            kode: "1.06.06.2.01.0003",
            uraian: "Penyediaan Tempat Penampungan Pengungsi",
            paguAwal: 650_000_000,
            paguPerubahan: 543_639_910,
            realisasi: 465_768_849,
          },
        ],
      },
      {
        kode: "1.06.06.2.02",
        uraian: "Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota",
        sub: [
          {
            kode: "1.06.06.2.02.0001",
            uraian: "Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana",
            paguAwal: 380_000_000,
            paguPerubahan: 356_572_000,
            realisasi: 296_104_635,
          },
          {
            kode: "1.06.06.2.02.0002",
            uraian: "Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana",
            paguAwal: 150_000_000,
            paguPerubahan: 137_792_425,
            realisasi: 122_470_005,
          },
        ],
      },
    ],
  },
  {
    kode: "1.06.07",
    uraian: "Program Pengelolaan Taman Makam Pahlawan",
    sasaran: 2,
    kegiatan: [
      {
        kode: "1.06.07.2.01",
        uraian: "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota",
        sub: [
          {
            kode: "1.06.07.2.01.0001",
            uraian: "Pemeliharaan Sarana dan Prasarana Taman Makam Pahlawan",
            paguAwal: 639_150_000,
            paguPerubahan: 389_756_910,
            realisasi: 372_104_686,
          },
          {
            kode: "1.06.07.2.01.0002",
            uraian: "Penyelenggaraan Upacara dan Ziarah di Taman Makam Pahlawan",
            paguAwal: 350_000_000,
            paguPerubahan: 230_000_000,
            realisasi: 216_532_000,
          },
        ],
      },
    ],
  },
];

type Amounts = Pick<AnggaranContoh, "paguAwal" | "paguPerubahan" | "realisasi">;

function sum(parts: Amounts[]): Amounts {
  const total = (k: keyof Amounts) => parts.reduce((acc, p) => acc.plus(p[k]), new Decimal(0)).toNumber();
  return { paguAwal: total("paguAwal"), paguPerubahan: total("paguPerubahan"), realisasi: total("realisasi") };
}

function budgetRow(
  kode: string,
  uraian: string,
  level: Level,
  a: Amounts,
  extra: { sasaran?: number; sumberDana?: string } = {},
): AnggaranContoh {
  return {
    kode,
    uraian,
    level,
    ...(extra.sasaran !== undefined ? { sasaran: extra.sasaran } : {}),
    ...a,
    persen: persen(a.realisasi, a.paguPerubahan),
    sumberDana: extra.sumberDana ?? "APBD",
  };
}

/** The Anggaran rows of a program tree: programs and kegiatan as the sums of their sub kegiatan, each with its Persen. */
export function anggaranRows(programs: Program[]): AnggaranContoh[] {
  const rows: AnggaranContoh[] = [];
  for (const p of programs) {
    const kegiatanTotals = p.kegiatan.map((k) => sum(k.sub));
    rows.push(budgetRow(p.kode, p.uraian, "program", sum(kegiatanTotals), { ...(p.sasaran !== undefined ? { sasaran: p.sasaran } : {}) }));
    p.kegiatan.forEach((k, i) => {
      rows.push(budgetRow(k.kode, k.uraian, "kegiatan", kegiatanTotals[i] as Amounts));
      for (const s of k.sub) {
        rows.push(budgetRow(s.kode, s.uraian, "sub kegiatan", s, s.sumberDana ? { sumberDana: s.sumberDana } : {}));
      }
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Performance: Renstra 2025–2029 and the PK of 2025.

const TUJUAN_1 = "Menurunnya tingkat kemiskinan dan meningkatnya ketahanan sosial masyarakat";
const TUJUAN_2 = "Meningkatnya akuntabilitas kinerja dan kualitas pelayanan publik Dinas Sosial";
const SASARAN_1 = "Meningkatnya rehabilitasi sosial bagi Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)";
const SASARAN_2 = "Meningkatnya keberfungsian Potensi dan Sumber Kesejahteraan Sosial (PSKS)";
const SASARAN_3 = "Meningkatnya perlindungan dan jaminan sosial bagi keluarga miskin";
const SASARAN_4 = "Meningkatnya akuntabilitas kinerja perangkat daerah";

const IKU1 = "Persentase PPKS yang mendapatkan pelayanan kesejahteraan sosial";
const IKU2 = "Persentase PSKS yang dibina";
const IKU3 = "Persentase penduduk miskin";
const IKU4 = "Jumlah keluarga miskin penerima bantuan sosial";
const IKU5 = "Predikat Akuntabilitas Kinerja Instansi Pemerintah (AKIP)";

/** IKU-1 as a ratio: PPKS served over all PPKS in the city (the PPKS sheet details the numerator). */
export const IKU1_PEMBILANG = 19_825;
export const IKU1_PENYEBUT = 125_326;
export const IKU1_TARGET = 12;

const PROGRAM_REHSOS = "Program Rehabilitasi Sosial";
const KEGIATAN_REHSOS_DASAR =
  "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial";
const PROGRAM_BENCANA = "Program Penanganan Bencana";
const KEGIATAN_BENCANA = "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota";
const PROGRAM_LINJAMSOS = "Program Perlindungan dan Jaminan Sosial";
const KEGIATAN_FAKIR_MISKIN = "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota";

function ppksRows(): PpksContoh[] {
  const rows: Omit<PpksContoh, "capaian">[] = [
    {
      kategori: "Penyandang disabilitas terlantar",
      kodeIku: "IKU-1",
      program: PROGRAM_REHSOS,
      kegiatan: KEGIATAN_REHSOS_DASAR,
      satuan: "orang",
      target: 672,
      realisasi: 672,
    },
    { kategori: "Anak terlantar", satuan: "orang", target: 400, realisasi: 400 },
    { kategori: "Lanjut usia terlantar", satuan: "orang", target: 300, realisasi: 300 },
    { kategori: "Gelandangan dan pengemis di luar panti", satuan: "orang", target: 204, realisasi: 204 },
    {
      kategori: "Korban bencana alam",
      program: PROGRAM_BENCANA,
      kegiatan: KEGIATAN_BENCANA,
      satuan: "jiwa",
      target: 7_655,
      realisasi: 7_655,
    },
    { kategori: "Korban bencana non alam", satuan: "jiwa", target: 269, realisasi: 269 },
    { kategori: "Korban bencana sosial", satuan: "jiwa", target: 176, realisasi: 176 },
    {
      kategori: "Fakir miskin penerima bantuan langsung tunai (APBD)",
      program: PROGRAM_LINJAMSOS,
      kegiatan: KEGIATAN_FAKIR_MISKIN,
      satuan: "orang",
      target: 2_588,
      realisasi: 2_032,
    },
    { kategori: "Fakir miskin penerima bantuan langsung tunai (DBHCHT)", satuan: "orang", target: 8_340, realisasi: 8_117 },
  ];
  return rows.map((r) => ({
    ...r,
    ...(r.target !== undefined && r.realisasi !== undefined ? { capaian: persen(r.realisasi, r.target) } : {}),
  }));
}

function ikuRows(): IkuContoh[] {
  return [
    {
      kode: "IKU-1",
      tujuan: TUJUAN_1,
      sasaran: SASARAN_1,
      indikator: IKU1,
      satuan: "%",
      polaritas: "positif",
      formula: "Jumlah PPKS yang mendapatkan pelayanan kesejahteraan sosial / Jumlah PPKS di Kota Bekasi × 100",
      kondisiAwal: 12,
      target: { 2022: 4, 2023: 5.5, 2024: 11, 2025: IKU1_TARGET, 2026: 13, 2027: 14, 2028: 15, 2029: 16 },
      realisasi: { 2022: 4.12, 2023: 5.37, 2024: 12 },
    },
    {
      kode: "IKU-2",
      sasaran: SASARAN_2,
      indikator: IKU2,
      satuan: "%",
      polaritas: "positif",
      formula: "Jumlah PSKS yang dibina / Jumlah PSKS di Kota Bekasi × 100",
      kondisiAwal: 100,
      target: { 2022: 100, 2023: 100, 2024: 100, 2025: 100, 2026: 100, 2027: 100, 2028: 100, 2029: 100 },
      realisasi: { 2022: 100, 2023: 100, 2024: 100 },
    },
    {
      kode: "IKU-3",
      sasaran: SASARAN_3,
      indikator: IKU3,
      satuan: "%",
      polaritas: "negatif",
      formula: "Jumlah penduduk miskin / Jumlah penduduk Kota Bekasi × 100",
      kondisiAwal: 4.05,
      target: { 2022: 4.3, 2023: 4.25, 2024: 4.1, 2025: 4.01, 2026: 3.98, 2027: 3.9, 2028: 3.85, 2029: 3.8 },
      realisasi: { 2022: 4.33, 2023: 4.2, 2024: 4.05 },
    },
    {
      kode: "IKU-4",
      indikator: IKU4,
      satuan: "KK",
      polaritas: "positif",
      formula: "Jumlah keluarga miskin yang menerima bantuan sosial dari APBD dan DBHCHT dalam satu tahun",
      kondisiAwal: 9_870,
      target: { 2022: 8_500, 2023: 9_000, 2024: 9_800, 2025: 10_928, 2026: 11_200, 2027: 11_500, 2028: 11_800, 2029: 12_000 },
      realisasi: { 2022: 8_415, 2023: 9_102, 2024: 9_870 },
    },
    {
      kode: "IKU-5",
      tujuan: TUJUAN_2,
      sasaran: SASARAN_4,
      indikator: IKU5,
      satuan: "predikat",
      polaritas: "positif",
      formula: "Predikat hasil evaluasi AKIP perangkat daerah oleh Inspektorat Kota Bekasi",
      kondisiAwal: "BB",
      target: { 2022: "B", 2023: "B", 2024: "BB", 2025: "BB", 2026: "BB", 2027: "A", 2028: "A", 2029: "A" },
      realisasi: { 2022: "B", 2023: "BB", 2024: "BB" },
    },
  ];
}

function pkRows(): PkContoh[] {
  const iku1Realisasi = new Decimal(IKU1_PEMBILANG).div(IKU1_PENYEBUT).times(100);
  const iku4Tw: [number, number, number, number] = [1_850, 2_630, 2_905, 2_764];
  const iku4Realisasi = iku4Tw.reduce((a, b) => a + b, 0);
  return [
    {
      kode: "IKU-1",
      sasaran: SASARAN_1,
      indikator: IKU1,
      satuan: "%",
      polaritas: "positif",
      target: IKU1_TARGET,
      realisasi: iku1Realisasi.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber(),
      pembilang: IKU1_PEMBILANG,
      penyebut: IKU1_PENYEBUT,
      capaian: persen(iku1Realisasi, IKU1_TARGET),
      sumberData: "Bidang Rehabilitasi Sosial; Bidang Perlindungan dan Jaminan Sosial",
      keterangan: "Pembilang adalah jumlah PPKS yang dilayani dari sembilan kategori.",
    },
    {
      kode: "IKU-2",
      sasaran: SASARAN_2,
      indikator: IKU2,
      satuan: "%",
      polaritas: "positif",
      target: 100,
      realisasi: 100,
      pembilang: 250,
      penyebut: 250,
      capaian: persen(100, 100),
      triwulan: [100, 100, 100, 100],
      agregasi: "terakhir",
      sumberData: "Bidang Pemberdayaan Sosial",
      keterangan: "PSKS binaan: 238 Pekerja Sosial Masyarakat dan 12 Tenaga Kesejahteraan Sosial Kecamatan.",
    },
    {
      kode: "IKU-3",
      sasaran: SASARAN_3,
      indikator: IKU3,
      satuan: "%",
      polaritas: "negatif",
      target: 4.01,
      realisasi: 3.94,
      capaian: capaianNegatif(4.01, 3.94),
      sumberData: "BPS Kota Bekasi (angka sementara)",
      keterangan: "Polaritas negatif: makin rendah makin baik.",
    },
    {
      kode: "IKU-4",
      indikator: IKU4,
      satuan: "KK",
      polaritas: "positif",
      target: 10_928,
      realisasi: iku4Realisasi,
      capaian: persen(iku4Realisasi, 10_928),
      triwulan: iku4Tw,
      agregasi: "jumlah",
      sumberData: "Bidang Penanggulangan Masyarakat Miskin",
      keterangan: "Bantuan langsung tunai dari APBD dan DBHCHT.",
    },
    {
      kode: "IKU-5",
      sasaran: SASARAN_4,
      indikator: IKU5,
      satuan: "predikat",
      polaritas: "positif",
      target: "BB",
      realisasi: "BB",
      sumberData: "Laporan Hasil Evaluasi AKIP Inspektorat Kota Bekasi",
    },
  ];
}

function indikatorProgramRows(): IndikatorProgramContoh[] {
  const rows: Omit<IndikatorProgramContoh, "capaian">[] = [
    {
      kode: "1.06.04.2.01",
      program: PROGRAM_REHSOS,
      kegiatan: KEGIATAN_REHSOS_DASAR,
      indikator: "Persentase penyandang disabilitas terlantar yang mendapat rehabilitasi sosial dasar di luar panti",
      satuan: "%",
      target: 100,
      realisasi: 100,
    },
    {
      kode: "1.06.04.2.01",
      indikator: "Persentase anak terlantar yang mendapat rehabilitasi sosial dasar di luar panti",
      satuan: "%",
      target: 100,
      realisasi: 100,
    },
    {
      kode: "1.06.04.2.01",
      indikator: "Persentase lanjut usia terlantar yang mendapat rehabilitasi sosial dasar di luar panti",
      satuan: "%",
      target: 100,
      realisasi: 100,
    },
    {
      kode: "1.06.04.2.01",
      indikator: "Persentase gelandangan dan pengemis yang mendapat rehabilitasi sosial dasar di luar panti",
      satuan: "%",
      target: 100,
      realisasi: 100,
    },
    {
      kode: "1.06.06.2.01",
      program: PROGRAM_BENCANA,
      kegiatan: KEGIATAN_BENCANA,
      indikator: "Persentase korban bencana yang menerima bantuan sosial selama masa tanggap darurat",
      satuan: "%",
      target: 100,
      realisasi: 100,
    },
    {
      kode: "1.06.05.2.02.0003",
      program: PROGRAM_LINJAMSOS,
      kegiatan: KEGIATAN_FAKIR_MISKIN,
      subKegiatan: "Fasilitasi Bantuan Sosial Kesejahteraan Keluarga",
      indikator: "Jumlah keluarga miskin penerima bantuan langsung tunai",
      satuan: "KK",
      target: 10_928,
      realisasi: 10_149,
    },
    {
      kode: "1.06.02.2.03",
      program: "Program Pemberdayaan Sosial",
      kegiatan: "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota",
      indikator: "Persentase PSKS yang berfungsi dalam penanganan masalah kesejahteraan sosial",
      satuan: "%",
      target: 100,
      realisasi: 100,
    },
    {
      kode: "1.06.01.2.01",
      program: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      kegiatan: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      indikator: "Jumlah dokumen perencanaan dan evaluasi kinerja yang disusun",
      satuan: "dokumen",
      target: 6,
      realisasi: 6,
    },
    {
      kode: "1.06.07.2.01",
      program: "Program Pengelolaan Taman Makam Pahlawan",
      kegiatan: "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota",
      indikator: "Persentase luas area taman makam pahlawan yang terpelihara",
      satuan: "%",
      target: 100,
      realisasi: 100,
    },
  ];
  return rows.map((r) => ({
    ...r,
    ...(typeof r.target === "number" && typeof r.realisasi === "number" ? { capaian: persen(r.realisasi, r.target) } : {}),
  }));
}

const NARASI: NarasiContoh[] = [
  {
    bagian: "latar belakang",
    teks:
      "Dinas Sosial Kota Bekasi melayani warga yang kehidupannya belum layak secara kemanusiaan: penyandang disabilitas, anak dan lanjut usia terlantar, gelandangan dan pengemis, korban bencana, serta keluarga miskin. " +
      "Pelayanan itu diberikan melalui rehabilitasi sosial, perlindungan dan jaminan sosial, pemberdayaan sosial dan penanganan bencana.\n" +
      "Tahun 2025 adalah tahun pertama Renstra Dinas Sosial 2025-2029. Laporan ini mempertanggungjawabkan capaian tahun itu: apa yang ditargetkan, apa yang tercapai, berapa anggaran yang dipakai, dan apa yang akan diperbaiki.",
  },
  {
    bagian: "isu strategis",
    teks:
      "1. Jumlah PPKS yang besar (125.326 jiwa menurut data terpadu) dibandingkan kemampuan layanan dinas.\n" +
      "2. Kapasitas Potensi dan Sumber Kesejahteraan Sosial (PSM, TKSK, Tagana, lembaga kesejahteraan sosial) yang perlu terus dibina.\n" +
      "3. Pemutakhiran dan pemanfaatan data kesejahteraan sosial untuk menyasar penerima bantuan yang tepat.",
  },
  {
    bagian: "analisis sasaran 1",
    teks:
      "Pelayanan kesejahteraan sosial menjangkau 19.825 PPKS dari 125.326 PPKS di Kota Bekasi, melampaui target 12 %. " +
      "Sebagian besar berasal dari penanganan korban banjir awal tahun dan penyaluran bantuan langsung tunai bagi keluarga miskin, di samping layanan rehabilitasi sosial dasar di luar panti.",
  },
  {
    bagian: "struktur organisasi",
    teks:
      "Dinas Sosial dipimpin seorang Kepala Dinas yang dibantu Sekretaris dengan tiga subbagian (Perencanaan dan Evaluasi; Keuangan; Umum dan Kepegawaian) " +
      "serta empat bidang: Rehabilitasi Sosial; Perlindungan dan Jaminan Sosial; Pemberdayaan Sosial; dan Penanganan Fakir Miskin, masing-masing dengan seksinya. " +
      "Kelompok jabatan fungsional pekerja sosial dan penyuluh sosial bekerja di bawah bidang teknis.",
  },
  {
    bagian: "sumber daya",
    teks:
      "Pada akhir 2025 Dinas Sosial didukung 64 aparatur sipil negara (1 pejabat eselon II, 5 eselon III, 10 eselon IV, 18 pejabat fungsional, 30 pelaksana) " +
      "dan 41 tenaga pendukung, serta 56 TKSK, PSM dan anggota Tagana yang mendampingi layanan di tingkat kecamatan dan kelurahan.",
  },
  {
    bagian: "tren IKU-1",
    teks:
      "Lonjakan sejak 2024 terutama karena penanganan korban bencana kini dihitung sebagai layanan kesejahteraan sosial: banjir awal 2025 saja menambah 7.655 jiwa korban bencana alam yang dilayani. " +
      "Target 2023 sedikit tidak tercapai karena pemutakhiran data PPKS di 12 kecamatan baru selesai pada akhir tahun, sehingga sebagian penerima layanan belum tercatat.",
  },
  {
    bagian: "tren IKU-3",
    teks:
      "Pada 2022 angka kemiskinan masih di atas target karena pemulihan lapangan kerja setelah pandemi berjalan lambat. " +
      "Sejak 2023 penurunannya sesuai target, seiring penyaluran bantuan yang dipadankan dengan data terpadu kesejahteraan sosial.",
  },
  {
    bagian: "penyebab sasaran 1",
    teks:
      "1. Tanggap darurat banjir dijalankan bersama Tagana dan kampung siaga bencana, sehingga 8.100 jiwa korban bencana alam, non alam dan sosial terlayani dalam masa tanggap darurat.\n" +
      "2. Penerima rehabilitasi sosial dasar (672 penyandang disabilitas, 400 anak dan 300 lanjut usia terlantar, 204 gelandangan dan pengemis) ditetapkan dari data terpadu sejak Januari, sehingga seluruh target rincian terpenuhi.\n" +
      "3. Layanan rujukan dan kedaruratan bekerja sama dengan panti dan yayasan di Kota Bekasi untuk warga yang tidak dapat ditangani di rumah.",
  },
  {
    bagian: "penghambat sasaran 1",
    teks:
      "Target sasaran ini (12 % dari PPKS) ditetapkan sebelum banjir, sehingga capaian 131,82 % lebih banyak mencerminkan kejadian bencana daripada peningkatan kapasitas layanan. " +
      "Layanan rujukan masih menunggu kuota panti milik provinsi, sehingga sebagian warga terlantar harus ditampung sementara.",
  },
  {
    bagian: "solusi sasaran 1",
    teks:
      "1. Memisahkan target layanan rutin dari layanan tanggap darurat dalam penyusunan target 2026, agar capaian tidak bergantung pada terjadinya bencana.\n" +
      "2. Menambah kerja sama rujukan dengan panti swasta berizin untuk memperpendek masa tunggu.",
  },
  {
    bagian: "langkah sasaran 1",
    teks:
      "Pada 2026 dinas menargetkan 13 % PPKS terlayani dan menyiapkan layanan rehabilitasi sosial berbasis keluarga di 12 kecamatan, sehingga kenaikan tidak hanya bersumber dari penanganan bencana.",
  },
  {
    bagian: "sisa anggaran sasaran 1",
    teks:
      "Sisa anggaran sasaran ini terutama berasal dari harga permakanan dan alat bantu yang lebih rendah dari pagu setelah pengadaan melalui katalog elektronik, serta layanan rujukan yang tidak seluruhnya terpakai karena kuota panti terbatas; seluruh target keluaran tetap tercapai.",
  },
  {
    bagian: "penyebab sasaran 2",
    teks:
      "1. Seluruh 250 PSKS binaan (238 Pekerja Sosial Masyarakat dan 12 Tenaga Kesejahteraan Sosial Kecamatan) mengikuti bimbingan teknis dan aktif mendampingi warga sepanjang tahun.\n" +
      "2. Setiap TKSK memegang satu kecamatan, sehingga laporan pendampingan masuk setiap bulan dan PSKS yang tidak aktif cepat diketahui.",
  },
  {
    bagian: "penghambat sasaran 2",
    teks:
      "Pembinaan lembaga kesejahteraan sosial di masyarakat tertunda karena verifikasi izin operasional lembaga baru selesai pada triwulan IV; sub kegiatan ini hanya menyerap 59,87 % anggarannya.",
  },
  {
    bagian: "solusi sasaran 2",
    teks: "Verifikasi izin lembaga kesejahteraan sosial dilakukan pada triwulan I bersama kecamatan, sehingga pembinaan kelembagaan dapat dimulai pada semester pertama.",
  },
  {
    bagian: "langkah sasaran 2",
    teks:
      "Target 2026 tetap 100 % PSKS dibina; dinas akan menambah ukuran keberfungsian, yaitu jumlah warga yang didampingi setiap PSKS, agar pembinaan terukur dari hasilnya.",
  },
  {
    bagian: "sisa anggaran sasaran 2",
    teks:
      "Sisa terutama berasal dari pembinaan kelembagaan masyarakat yang baru berjalan pada akhir tahun dan dari pemeliharaan taman makam pahlawan yang dikerjakan dengan harga lebih rendah dari pagu.",
  },
  {
    bagian: "penyebab sasaran 3",
    teks:
      "Persentase penduduk miskin turun menjadi 3,94 % (angka sementara BPS), lebih baik dari target 4,01 %, didorong oleh bantuan langsung tunai dari APBD dan DBHCHT yang disalurkan setiap triwulan kepada 10.149 keluarga.",
  },
  {
    bagian: "penghambat sasaran 3",
    teks:
      "Pemadanan data penerima baru dapat dilakukan setelah data terpadu kesejahteraan sosial triwulan II ditetapkan, sehingga penyaluran triwulan I hanya menjangkau 1.850 KK.",
  },
  {
    bagian: "penghambat IKU-4",
    teks:
      "Sebanyak 779 KK yang ditargetkan belum menerima bantuan: data kependudukan sebagian keluarga belum padan dengan data terpadu kesejahteraan sosial, dan sebagian lain pindah domisili sebelum penyaluran. " +
      "Penerima bantuan dari APBD hanya 2.032 dari 2.588 orang yang direncanakan.",
  },
  {
    bagian: "solusi sasaran 3",
    teks: "Pemadanan data dengan Dinas Kependudukan dan Pencatatan Sipil dijadwalkan pada Januari, sebelum penyaluran triwulan pertama.",
  },
  {
    bagian: "solusi IKU-4",
    teks: "Calon penerima yang datanya belum padan didampingi TKSK ke Dinas Kependudukan dan Pencatatan Sipil untuk perbaikan data sebelum penyaluran berikutnya.",
  },
  {
    bagian: "langkah sasaran 3",
    teks:
      "Pada 2026 penerima bantuan ditargetkan 11.200 KK dan persentase penduduk miskin 3,98 %; daftar penerima 2026 disusun dari data yang sudah dipadankan pada akhir 2025.",
  },
  {
    bagian: "sisa anggaran sasaran 3",
    teks:
      "Bantuan untuk 779 KK yang tidak dapat disalurkan dikembalikan ke kas daerah, dan pendataan fakir miskin memakai petugas kelurahan sehingga honorarium pendata tidak seluruhnya terpakai.",
  },
  {
    bagian: "penyebab sasaran 4",
    teks:
      "1. Rekomendasi evaluasi AKIP 2024 ditindaklanjuti: setiap bidang kini memiliki indikator kinerja yang diturunkan dari IKU dinas.\n" +
      "2. Capaian kinerja dilaporkan setiap triwulan dan dibahas dalam rapat pimpinan, sehingga data capaian akhir tahun sudah tersedia ketika laporan disusun.",
  },
  {
    bagian: "penghambat sasaran 4",
    teks:
      "Predikat A menuntut keterkaitan anggaran sampai tingkat sub kegiatan dengan indikator kinerja; keterkaitan itu baru tersusun untuk program teknis, belum untuk program penunjang.",
  },
  {
    bagian: "solusi sasaran 4",
    teks: "Menyusun pohon kinerja sampai sub kegiatan, termasuk program penunjang, dan memakainya dalam penyusunan anggaran 2027.",
  },
  {
    bagian: "langkah sasaran 4",
    teks: "Predikat BB dipertahankan pada 2026 sambil menyiapkan dokumen yang dinilai untuk predikat A yang ditargetkan Renstra mulai 2027.",
  },
  {
    bagian: "sisa anggaran sasaran 4",
    teks:
      "Sisa anggaran penunjang berasal dari belanja gaji dan tunjangan pegawai yang pensiun atau mutasi pada tahun berjalan, serta jasa pelayanan kantor yang pengadaannya lebih murah dari pagu.",
  },
  {
    bagian: "langkah perbaikan",
    teks:
      "1. Menyusun target tahunan berdasarkan jumlah PPKS terbaru agar target tidak jauh di bawah kemampuan layanan.\n" +
      "2. Mempercepat penyaluran bantuan langsung tunai dari APBD yang realisasinya masih di bawah target.\n" +
      "3. Meningkatkan serapan anggaran Program Pemberdayaan Sosial melalui jadwal kegiatan yang lebih awal.",
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Organisation and staff. The units follow the office's published structure (a Sekretariat with subbagian, bidang
// with seksi and functional groups); the officials are fictional. Staff counts agree with each other: every ASN table
// adds up to the same 64 people, with 1 eselon II (the Kepala Dinas), 5 eselon III (Sekretaris and four Kepala Bidang)
// and 10 eselon IV (three Kepala Subbagian and seven Kepala Seksi) as drawn in the chart.

const KADIS = "Kepala Dinas Sosial";
const SEKRETARIS = "Sekretaris";
const B_REHSOS = "Bidang Rehabilitasi Sosial";
const B_LINJAMSOS = "Bidang Perlindungan dan Jaminan Sosial";
const B_DAYASOS = "Bidang Pemberdayaan Sosial";
const B_FAKIR = "Bidang Penanganan Fakir Miskin";

const STRUKTUR: StrukturContoh[] = [
  { jabatan: KADIS, nama: "Dr. Hendra Wiratama, S.STP., M.Si.", nip: "19780314 199803 1 002", pangkat: "Pembina Utama Muda (IV/c)" },
  { jabatan: SEKRETARIS, atasan: KADIS, nama: "Rina Marlina, S.Sos., M.M.", nip: "19760521 200003 2 004", pangkat: "Pembina Tingkat I (IV/b)" },
  { jabatan: "Subbagian Perencanaan dan Evaluasi", atasan: SEKRETARIS, nama: "Agus Setiawan, S.E.", nip: "19840917 200902 1 003", pangkat: "Penata Tingkat I (III/d)" },
  { jabatan: "Subbagian Keuangan", atasan: SEKRETARIS, nama: "Dewi Anggraini, S.E., M.Ak.", nip: "19850402 201001 2 011", pangkat: "Penata Tingkat I (III/d)" },
  { jabatan: "Subbagian Umum dan Kepegawaian", atasan: SEKRETARIS, nama: "Yusuf Hidayat, S.AP.", nip: "19820611 200801 1 006", pangkat: "Penata Tingkat I (III/d)" },
  { jabatan: B_REHSOS, atasan: KADIS, nama: "Drs. Bambang Sutrisno, M.Si.", nip: "19720808 199903 1 005", pangkat: "Pembina Tingkat I (IV/b)" },
  { jabatan: "Seksi Rehabilitasi Sosial Anak dan Lanjut Usia", atasan: B_REHSOS, nama: "Lina Susanti, S.Psi.", nip: "19860125 201101 2 008", pangkat: "Penata (III/c)" },
  { jabatan: "Seksi Rehabilitasi Sosial Penyandang Disabilitas dan Tuna Sosial", atasan: B_REHSOS, nama: "Fajar Ramadhan, S.Sos.", nip: "19870314 201101 1 010", pangkat: "Penata (III/c)" },
  { jabatan: "Kelompok Jabatan Fungsional Pekerja Sosial", atasan: B_REHSOS },
  { jabatan: B_LINJAMSOS, atasan: KADIS, nama: "Hj. Nur Aisyah, S.H., M.H.", nip: "19740219 200012 2 003", pangkat: "Pembina (IV/a)" },
  { jabatan: "Seksi Perlindungan Sosial Korban Bencana", atasan: B_LINJAMSOS, nama: "Eko Prasetyo, S.T.", nip: "19880708 201101 1 004", pangkat: "Penata (III/c)" },
  { jabatan: "Seksi Jaminan Sosial Keluarga", atasan: B_LINJAMSOS, nama: "Maya Puspita, S.Sos.", nip: "19890912 201503 2 002", pangkat: "Penata Muda Tingkat I (III/b)" },
  { jabatan: B_DAYASOS, atasan: KADIS, nama: "Ir. Teguh Santoso, M.T.", nip: "19730505 200003 1 007", pangkat: "Pembina (IV/a)" },
  { jabatan: "Seksi Pemberdayaan Sosial Perorangan, Keluarga dan Kelembagaan", atasan: B_DAYASOS, nama: "Siti Rohmah, S.Sos.", nip: "19860630 201101 2 005", pangkat: "Penata (III/c)" },
  { jabatan: "Seksi Kepahlawanan, Keperintisan dan Kesetiakawanan Sosial", atasan: B_DAYASOS, nama: "Rudi Hartono, S.IP.", nip: "19870107 201101 1 002", pangkat: "Penata (III/c)" },
  { jabatan: B_FAKIR, atasan: KADIS, nama: "Dra. Sri Wahyuni, M.Si.", nip: "19710414 199803 2 006", pangkat: "Pembina (IV/a)" },
  { jabatan: "Seksi Pendataan dan Pemberdayaan Fakir Miskin", atasan: B_FAKIR, nama: "Andi Saputra, S.Kom.", nip: "19900224 201503 1 001", pangkat: "Penata Muda Tingkat I (III/b)" },
  { jabatan: "Kelompok Jabatan Fungsional Penyuluh Sosial", atasan: B_FAKIR },
];

const JABATAN = "Jabatan (ASN)";
const GOLONGAN = "Golongan (ASN)";
const PENDIDIKAN = "Pendidikan (ASN)";
const STATUS = "Status Kepegawaian";
const PEGAWAI: PegawaiContoh[] = [
  { kelompok: JABATAN, uraian: "Pimpinan Tinggi Pratama (Eselon II)", lakiLaki: 1, perempuan: 0 },
  { kelompok: JABATAN, uraian: "Administrator (Eselon III)", lakiLaki: 2, perempuan: 3 },
  { kelompok: JABATAN, uraian: "Pengawas (Eselon IV)", lakiLaki: 6, perempuan: 4 },
  { kelompok: JABATAN, uraian: "Jabatan Fungsional", lakiLaki: 7, perempuan: 11 },
  { kelompok: JABATAN, uraian: "Pelaksana", lakiLaki: 17, perempuan: 13 },
  { kelompok: GOLONGAN, uraian: "Golongan IV", lakiLaki: 4, perempuan: 4 },
  { kelompok: GOLONGAN, uraian: "Golongan III", lakiLaki: 20, perempuan: 21 },
  { kelompok: GOLONGAN, uraian: "Golongan II", lakiLaki: 8, perempuan: 6 },
  { kelompok: GOLONGAN, uraian: "Golongan I", lakiLaki: 1, perempuan: 0 },
  { kelompok: PENDIDIKAN, uraian: "S2", lakiLaki: 5, perempuan: 4 },
  { kelompok: PENDIDIKAN, uraian: "S1/D4", lakiLaki: 14, perempuan: 17 },
  { kelompok: PENDIDIKAN, uraian: "D3", lakiLaki: 3, perempuan: 5 },
  { kelompok: PENDIDIKAN, uraian: "SMA/SMK", lakiLaki: 10, perempuan: 5 },
  { kelompok: PENDIDIKAN, uraian: "SMP", lakiLaki: 1, perempuan: 0 },
  { kelompok: STATUS, uraian: "ASN (PNS)", lakiLaki: 33, perempuan: 31 },
  { kelompok: STATUS, uraian: "Non ASN (tenaga pendukung)", lakiLaki: 23, perempuan: 18 },
];

/** The example office: Dinas Sosial Kota Bekasi, 2025. */
export function contohDinasSosial(): ContohData {
  return {
    profil: {
      "Nama Instansi": "Dinas Sosial",
      "Pemerintah Daerah": "Kota Bekasi",
      Tahun: 2025,
      "Nama Kepala": "Dr. Hendra Wiratama, S.STP., M.Si.",
      "NIP Kepala": "19780314 199803 1 002",
      "Pangkat Kepala": "Pembina Utama Muda (IV/c)",
      "Jabatan Kepala": "Kepala Dinas Sosial Kota Bekasi",
      Tempat: "Bekasi",
      Tanggal: new Date(Date.UTC(2026, 0, 15)),
      "Tanggal PK": new Date(Date.UTC(2025, 0, 6)),
      "Tempat PK": "Bekasi",
      "Tanggal PK Perubahan": new Date(Date.UTC(2025, 9, 1)),
      "Nama Kepala Daerah": "Drs. Suryadi Kusumah, M.Si.",
      "Jabatan Kepala Daerah": "Wali Kota Bekasi",
      Alamat: "Jl. Ir. H. Juanda No. 100, Bekasi, Jawa Barat",
      Telepon: "021-88349600",
      Email: "dinsoskotabekasi@gmail.com",
      "Periode Renstra": "2025-2029",
      Visi: "Terwujudnya Kota Bekasi yang nyaman, sejahtera dan berdaya saing",
      Misi:
        "1. Meningkatkan kualitas pelayanan sosial dasar bagi warga yang membutuhkan.\n" +
        "2. Memperkuat perlindungan dan jaminan sosial bagi keluarga miskin dan rentan.\n" +
        "3. Mengembangkan peran serta masyarakat dan potensi sumber kesejahteraan sosial.\n" +
        "4. Mewujudkan tata kelola pemerintahan yang akuntabel dan berorientasi hasil.",
      Tugas:
        "Membantu Wali Kota melaksanakan urusan pemerintahan bidang sosial yang menjadi kewenangan daerah dan tugas pembantuan yang diberikan kepada daerah.",
      Fungsi:
        "a. Perumusan kebijakan teknis bidang sosial.\n" +
        "b. Pelaksanaan kebijakan rehabilitasi sosial, perlindungan dan jaminan sosial, pemberdayaan sosial, serta penanganan fakir miskin.\n" +
        "c. Pemantauan, evaluasi dan pelaporan pelaksanaan urusan bidang sosial.\n" +
        "d. Pelaksanaan administrasi dinas.\n" +
        "e. Pelaksanaan tugas kedinasan lain yang diberikan Wali Kota.",
      "Skala Penilaian": "permendagri-86-2017",
      Desimal: 2,
    },
    iku: ikuRows(),
    pk: pkRows(),
    anggaran: anggaranRows(PROGRAMS),
    ppks: ppksRows(),
    narasi: NARASI,
    indikatorProgram: indikatorProgramRows(),
    standar: [
      {
        kode: "IKU-1",
        indikator: IKU1,
        standar: 15,
        sumber: "Target Indeks Rehabilitasi Sosial Dinas Sosial Provinsi Jawa Barat Tahun 2025",
      },
      {
        indikator: "Persentase korban bencana yang menerima bantuan sosial selama masa tanggap darurat",
        standar: 100,
        sumber: "Standar Pelayanan Minimal bidang sosial (layanan dasar perlindungan dan jaminan sosial pada saat dan setelah tanggap darurat bencana)",
      },
    ],
    skala: [],
    struktur: STRUKTUR,
    pegawai: PEGAWAI,
    cascading: cascadingRows(cascadingBekasi()),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Performance cascade ("Pengukuran Kinerja Individu"). Its shape follows the cascade Dinas Sosial Kota Bekasi
// published for 2026: the Kepala Dinas carries the office's sasaran and IKU; the Sekretaris and the Kepala Bidang carry
// sasaran that serve them (each naming the IKU it serves); under each, a Jabatan Fungsional, and under those the
// pelaksana (Penata, Pengelola, Pengadministrasi, Operator Layanan Operasional) with report counts as indicators.
// The structural officials are those of the Struktur sheet (same names, same NIPs); the others are fictional.
// Capaian is computed here: from target and realisasi, or — where a row says `Agregasi` — from the positions under it.

export interface IndikatorIndividu {
  indikator: string;
  satuan: string;
  target?: Qty;
  realisasi?: Qty;
  /** Stated as given (the top's capaian comes from the PK); otherwise computed. */
  capaian?: number;
  kodeIku?: string;
  agregasi?: "rata-rata" | "terendah" | "tertinggi" | "jumlah";
}

export interface JabatanIndividu {
  kode: string;
  jabatan: string;
  nama?: string;
  nip?: string;
  atasan?: string;
  /** Each sasaran with its indicators, in order. */
  sasaran: [string, IndikatorIndividu[]][];
}

export const laporan = (indikator: string, target: number, realisasi = target): IndikatorIndividu => ({ indikator, satuan: "laporan", target, realisasi });
export const dokumen = (indikator: string, target: number, realisasi = target): IndikatorIndividu => ({ indikator, satuan: "dokumen", target, realisasi });

/** The official of the Struktur sheet holding `jabatan`: name and NIP. */
function pejabat(jabatan: string): { nama?: string; nip?: string } {
  const s = STRUKTUR.find((x) => x.jabatan === jabatan);
  return { ...(s?.nama ? { nama: s.nama } : {}), ...(s?.nip ? { nip: s.nip } : {}) };
}

/** The head of office's sasaran and indicators: the PK's, each naming its IKU code, with the PK's figures. */
export function cascadingTop(pk: readonly PkContoh[]): [string, IndikatorIndividu[]][] {
  const top: [string, IndikatorIndividu[]][] = [];
  for (const r of pk) {
    const ind: IndikatorIndividu = {
      indikator: r.indikator,
      satuan: r.satuan ?? "",
      ...(r.target !== undefined ? { target: r.target } : {}),
      ...(r.realisasi !== undefined ? { realisasi: r.realisasi } : {}),
      ...(r.capaian !== undefined ? { capaian: r.capaian } : {}),
      ...(r.kode ? { kodeIku: r.kode } : {}),
    };
    const last = top[top.length - 1];
    if (last && (r.sasaran === undefined || r.sasaran === last[0])) last[1].push(ind);
    else top.push([r.sasaran ?? "", [ind]]);
  }
  return top;
}

export function cascadingBekasi(): JabatanIndividu[] {
  const top = cascadingTop(pkRows());
  const pct = (indikator: string, realisasi: number, kodeIku: string): IndikatorIndividu => ({ indikator, satuan: "%", target: 100, realisasi, kodeIku });
  const PLO = "Penata Layanan Operasional";
  const PENGELOLA = "Pengelola Layanan Operasional";
  const ADM = "Pengadministrasi Perkantoran";
  return [
    { kode: "1", jabatan: KADIS, ...pejabat(KADIS), sasaran: top },
    {
      kode: "1.1",
      jabatan: SEKRETARIS,
      ...pejabat(SEKRETARIS),
      atasan: "1",
      sasaran: [
        [
          "Meningkatnya keselarasan perencanaan, penganggaran dan pelaporan kinerja perangkat daerah",
          [pct("Persentase keselarasan perencanaan perangkat daerah dengan penganggaran", 100, "IKU-5"), pct("Persentase capaian kinerja keuangan penunjang urusan", 96, "IKU-5")],
        ],
        ["Meningkatnya pengelolaan barang milik daerah yang akuntabel", [pct("Persentase barang milik daerah yang tercatat dan dipelihara", 100, "IKU-5")]],
      ],
    },
    {
      kode: "1.1.1",
      jabatan: "Perencana Ahli Muda",
      nama: "Dian Permatasari, S.T., M.PP.",
      nip: "19830612 200902 2 004",
      atasan: "1.1",
      sasaran: [
        [
          "Tersusunnya dokumen perencanaan dan evaluasi kinerja sesuai ketentuan",
          [dokumen("Jumlah dokumen rencana program dan kegiatan", 3), laporan("Jumlah laporan pengendalian dan evaluasi pelaksanaan rencana", 4)],
        ],
      ],
    },
    {
      kode: "1.1.1.1",
      jabatan: PLO,
      nama: "Riko Firmansyah, S.E.",
      nip: "19910305 201903 1 006",
      atasan: "1.1.1",
      sasaran: [
        [
          "Tersedianya draf dokumen perencanaan dan laporan hasil evaluasi",
          [dokumen("Jumlah draf dokumen rencana program dan kegiatan", 3), laporan("Jumlah draf laporan hasil evaluasi pelaksanaan rencana", 4)],
        ],
      ],
    },
    {
      kode: "1.1.1.2",
      jabatan: ADM,
      nama: "Nurul Hasanah",
      nip: "19940817 202012 2 009",
      atasan: "1.1.1",
      sasaran: [["Tersedianya rekapitulasi bahan perencanaan", [laporan("Jumlah rekapitulasi bahan penyusunan rencana program dan kegiatan", 12)]]],
    },
    {
      kode: "1.1.2",
      jabatan: "Analis Keuangan Pusat dan Daerah Ahli Muda",
      nama: "Hendri Kurniawan, S.E., M.Ak.",
      nip: "19820423 200801 1 012",
      atasan: "1.1",
      sasaran: [["Terwujudnya administrasi keuangan perangkat daerah sesuai ketentuan", [laporan("Jumlah laporan keuangan bulanan, triwulanan dan semesteran", 18)]]],
    },
    {
      kode: "1.1.2.1",
      jabatan: `${PLO} - Bendahara`,
      nama: "Sri Mulyani Lestari, A.Md.",
      nip: "19880914 201101 2 007",
      atasan: "1.1.2",
      sasaran: [
        [
          "Tersedianya laporan pertanggungjawaban bendahara tepat waktu",
          [laporan("Jumlah laporan register pembayaran", 12), laporan("Jumlah laporan penutupan kas dan pajak bulanan", 12)],
        ],
      ],
    },
    {
      kode: "1.1.2.2",
      jabatan: PENGELOLA,
      nama: "Ahmad Fauzan",
      nip: "19920120 201903 1 004",
      atasan: "1.1.2",
      sasaran: [["Tersedianya bahan laporan keuangan", [laporan("Jumlah laporan rekapitulasi transaksi harian belanja daerah", 12, 11)]]],
    },
    {
      kode: "1.1.2.3",
      jabatan: ADM,
      nama: "Wulan Sari",
      nip: "19950702 202012 2 003",
      atasan: "1.1.2",
      sasaran: [
        [
          "Tersedianya kelengkapan administrasi gaji dan dokumen pembayaran",
          [laporan("Jumlah laporan kelengkapan administrasi gaji pegawai", 12), laporan("Jumlah laporan register SPP dan SPM", 12)],
        ],
      ],
    },
    {
      kode: "1.1.3",
      jabatan: "Analis Sumber Daya Manusia Aparatur Ahli Muda",
      nama: "Yudi Pratama, S.AP.",
      nip: "19840305 201001 1 009",
      atasan: "1.1",
      sasaran: [
        [
          "Terkelolanya administrasi kepegawaian dan barang milik daerah",
          [laporan("Jumlah laporan administrasi kepegawaian", 12), laporan("Jumlah laporan kartu inventaris barang", 2)],
        ],
      ],
    },
    {
      kode: "1.1.3.1",
      jabatan: ADM,
      nama: "Tri Handayani",
      nip: "19900528 201503 2 005",
      atasan: "1.1.3",
      sasaran: [
        [
          "Tersusunnya laporan kearsipan dan persuratan",
          [laporan("Jumlah laporan pengolahan dan penataan arsip", 12), laporan("Jumlah laporan surat masuk dan surat keluar yang tercatat", 12)],
        ],
      ],
    },
    {
      kode: "1.2",
      jabatan: `Kepala ${B_REHSOS}`,
      ...pejabat(B_REHSOS),
      atasan: "1",
      sasaran: [
        [
          "Meningkatnya rehabilitasi sosial dasar bagi PPKS terlantar di luar panti",
          [
            {
              indikator:
                "Persentase penyandang disabilitas terlantar, anak terlantar, lanjut usia terlantar serta gelandangan dan pengemis yang mendapat rehabilitasi sosial dasar di luar panti",
              satuan: "%",
              kodeIku: "IKU-1",
              agregasi: "rata-rata",
            },
          ],
        ],
      ],
    },
    {
      kode: "1.2.1",
      jabatan: "Pekerja Sosial Ahli Muda",
      nama: "Ratna Dewi Anggraeni, S.Sos.",
      nip: "19850211 201001 2 015",
      atasan: "1.2",
      sasaran: [
        [
          "Terselenggaranya rehabilitasi sosial dasar bagi PPKS terlantar",
          [
            laporan("Jumlah laporan rehabilitasi sosial penyandang disabilitas terlantar", 4),
            laporan("Jumlah laporan rehabilitasi sosial anak terlantar", 4),
            laporan("Jumlah laporan rehabilitasi sosial lanjut usia terlantar", 4),
            laporan("Jumlah laporan rehabilitasi sosial gelandangan dan pengemis", 4, 3),
            laporan("Jumlah laporan layanan rumah singgah", 12),
          ],
        ],
      ],
    },
    {
      kode: "1.2.1.1",
      jabatan: PLO,
      nama: "Irfan Maulana, S.Sos.",
      nip: "19890630 201503 1 008",
      atasan: "1.2.1",
      sasaran: [
        [
          "Tersedianya draf laporan penyelenggaraan rehabilitasi sosial",
          [laporan("Jumlah draf laporan rehabilitasi sosial penyandang disabilitas", 4), laporan("Jumlah draf laporan rehabilitasi sosial anak dan lanjut usia", 8)],
        ],
      ],
    },
    {
      kode: "1.2.1.2",
      jabatan: PENGELOLA,
      nama: "Desi Ratnasari",
      nip: "19930415 201903 2 012",
      atasan: "1.2.1",
      sasaran: [
        [
          "Tersedianya laporan pengelolaan layanan rehabilitasi sosial",
          [laporan("Jumlah laporan data PPKS yang mendapat rehabilitasi sosial", 12), laporan("Jumlah laporan informasi publik dan penyelesaian pengaduan", 12)],
        ],
      ],
    },
    {
      kode: "1.2.1.3",
      jabatan: ADM,
      nama: "Budi Santoso",
      nip: "19870923 201101 1 003",
      atasan: "1.2.1",
      sasaran: [["Tersusunnya rekomendasi penerima layanan rehabilitasi sosial", [laporan("Jumlah laporan rekomendasi penerima bantuan rehabilitasi sosial", 12)]]],
    },
    {
      kode: "1.3",
      jabatan: `Kepala ${B_LINJAMSOS}`,
      ...pejabat(B_LINJAMSOS),
      atasan: "1",
      sasaran: [
        ["Meningkatnya penanganan korban bencana", [pct("Persentase korban bencana yang menerima bantuan sosial selama masa tanggap darurat", 100, "IKU-1")]],
        ["Meningkatnya perlindungan dan jaminan sosial bagi keluarga miskin", [pct("Persentase keluarga miskin yang terdaftar dalam jaminan sosial", 94, "IKU-3")]],
      ],
    },
    {
      kode: "1.3.1",
      jabatan: "Penyuluh Sosial Ahli Muda",
      nama: "Agung Wicaksono, S.Sos.",
      nip: "19860704 201101 1 011",
      atasan: "1.3",
      sasaran: [
        [
          "Terselenggaranya perlindungan sosial bagi korban bencana",
          [laporan("Jumlah laporan pelayanan korban bencana yang menerima bantuan", 12), laporan("Jumlah laporan pemberdayaan masyarakat dalam kesiapsiagaan bencana", 4)],
        ],
      ],
    },
    {
      kode: "1.3.1.1",
      jabatan: PLO,
      nama: "Fitri Handayani, S.Kom.",
      nip: "19920308 201903 2 006",
      atasan: "1.3.1",
      sasaran: [
        [
          "Tersedianya dokumen pelayanan bagi korban bencana",
          [laporan("Jumlah laporan data daerah rawan bencana", 1), laporan("Jumlah laporan pelayanan korban bencana alam dan sosial", 12)],
        ],
      ],
    },
    {
      kode: "1.3.1.2",
      jabatan: PENGELOLA,
      nama: "Dedi Supriadi",
      nip: "19880117 201503 1 010",
      atasan: "1.3.1",
      sasaran: [
        [
          "Tersedianya laporan kesiapsiagaan dan tanggap darurat bencana",
          [laporan("Jumlah laporan kegiatan kampung siaga bencana dan Tagana", 4), laporan("Jumlah laporan pendistribusian kebutuhan dasar korban bencana", 12)],
        ],
      ],
    },
    {
      kode: "1.3.2",
      jabatan: "Pekerja Sosial Ahli Muda",
      nama: "Lestari Wulandari, S.Sos.",
      nip: "19870406 201101 2 014",
      atasan: "1.3",
      sasaran: [["Terselenggaranya pelayanan jaminan sosial bagi keluarga miskin", [laporan("Jumlah laporan pelayanan jaminan sosial", 4)]]],
    },
    {
      kode: "1.3.2.1",
      jabatan: ADM,
      nama: "Rini Apriyani",
      nip: "19960412 202012 2 002",
      atasan: "1.3.2",
      sasaran: [["Tersusunnya laporan kegiatan jaminan sosial", [laporan("Jumlah laporan pelaksanaan pelayanan jaminan sosial", 12)]]],
    },
    {
      kode: "1.4",
      jabatan: `Kepala ${B_DAYASOS}`,
      ...pejabat(B_DAYASOS),
      atasan: "1",
      sasaran: [
        ["Meningkatnya keberfungsian PSKS", [pct("Persentase PSKS yang ikut serta dalam penanganan masalah kesejahteraan sosial", 100, "IKU-2")]],
        ["Meningkatnya kualitas pemeliharaan taman makam pahlawan", [pct("Persentase luas area taman makam pahlawan yang terpelihara", 100, "IKU-2")]],
      ],
    },
    {
      kode: "1.4.1",
      jabatan: "Penyuluh Sosial Ahli Muda",
      nama: "Hadi Susanto, S.Sos.",
      nip: "19850819 201001 1 013",
      atasan: "1.4",
      sasaran: [
        [
          "Terselenggaranya pemberdayaan sosial bagi PSKS dan pemeliharaan taman makam pahlawan",
          [dokumen("Jumlah dokumen pelaksanaan pemberdayaan sosial bagi PSKS", 4), dokumen("Jumlah dokumen pemeliharaan taman makam pahlawan", 4)],
        ],
      ],
    },
    {
      kode: "1.4.1.1",
      jabatan: PLO,
      nama: "Nining Kurniasih, S.IP.",
      nip: "19900914 201503 2 011",
      atasan: "1.4.1",
      sasaran: [["Tersedianya laporan pembinaan lembaga kesejahteraan sosial", [laporan("Jumlah laporan pembinaan lembaga kesejahteraan sosial", 4, 3)]]],
    },
    {
      kode: "1.4.1.2",
      jabatan: "Operator Layanan Operasional",
      nama: "Asep Saepudin",
      nip: "19970203 202012 1 005",
      atasan: "1.4.1",
      sasaran: [
        [
          "Terselenggaranya pelayanan kesejahteraan sosial dan pemeliharaan taman makam pahlawan",
          [laporan("Jumlah laporan kegiatan di taman makam pahlawan", 12), laporan("Jumlah laporan kegiatan pemberdayaan sosial bagi PSKS", 12)],
        ],
      ],
    },
    {
      kode: "1.5",
      jabatan: `Kepala ${B_FAKIR}`,
      ...pejabat(B_FAKIR),
      atasan: "1",
      sasaran: [
        [
          "Meningkatnya perlindungan sosial bagi keluarga miskin",
          [
            { indikator: "Jumlah keluarga miskin penerima bantuan langsung tunai", satuan: "KK", target: 10_928, kodeIku: "IKU-4", agregasi: "jumlah" },
            pct("Persentase data keluarga miskin yang dipadankan dengan data kependudukan", 100, "IKU-3"),
          ],
        ],
      ],
    },
    {
      kode: "1.5.1",
      jabatan: "Pekerja Sosial Ahli Muda",
      nama: "Yanti Rahmawati, S.Sos.",
      nip: "19860527 201001 2 010",
      atasan: "1.5",
      sasaran: [
        [
          "Terselenggaranya penyaluran bantuan sosial bagi keluarga miskin",
          [
            { indikator: "Jumlah keluarga miskin penerima bantuan langsung tunai dari APBD", satuan: "KK", target: 2_588, realisasi: 2_032 },
            { indikator: "Jumlah keluarga miskin penerima bantuan langsung tunai dari DBHCHT", satuan: "KK", target: 8_340, realisasi: 8_117 },
            laporan("Jumlah laporan analisis calon penerima bantuan sosial", 4),
          ],
        ],
      ],
    },
    {
      kode: "1.5.1.1",
      jabatan: PLO,
      nama: "Rudi Hermawan, S.Kom.",
      nip: "19910722 201903 1 002",
      atasan: "1.5.1",
      sasaran: [
        [
          "Tersedianya analisis kebutuhan penanganan fakir miskin",
          [laporan("Jumlah laporan analisis kebutuhan penanganan masyarakat miskin perkotaan", 2), laporan("Jumlah laporan hasil evaluasi pengelolaan data", 4)],
        ],
      ],
    },
    {
      kode: "1.5.1.2",
      jabatan: PENGELOLA,
      nama: "Siti Nurjanah",
      nip: "19930211 201903 2 008",
      atasan: "1.5.1",
      sasaran: [
        [
          "Tersedianya data masyarakat miskin",
          [laporan("Jumlah laporan data masyarakat miskin di Kota Bekasi", 4), laporan("Jumlah laporan pelaksanaan pemberian bantuan sosial", 4)],
        ],
      ],
    },
    {
      kode: "1.5.1.3",
      jabatan: "Pengelola Umum Operasional",
      nama: "Joko Purnomo",
      nip: "19890305 201503 1 012",
      atasan: "1.5.1",
      sasaran: [
        [
          "Tersusunnya laporan operasional penyaluran bantuan",
          [laporan("Jumlah laporan kegiatan pendistribusian bantuan", 12), laporan("Jumlah laporan kegiatan administrasi penyaluran", 12)],
        ],
      ],
    },
  ];
}

/** The positions as sheet rows: a position's first row names it; its other rows leave Kode and the repeated sasaran blank. */
export function cascadingRows(positions: JabatanIndividu[]): CascadingContoh[] {
  const children = (kode: string) => positions.filter((p) => p.atasan === kode);
  const indicators = (p: JabatanIndividu) => p.sasaran.flatMap(([, xs]) => xs);
  const num = (q: Qty | undefined) => (typeof q === "number" ? new Decimal(q) : undefined);
  // exact capaian and realisasi of an indicator, computed bottom-up where Agregasi says so
  const realisasiOf = (p: JabatanIndividu, x: IndikatorIndividu): Decimal | undefined => {
    if (x.agregasi !== "jumlah") return num(x.realisasi);
    const values = children(p.kode).flatMap((c) => indicators(c).filter((y) => y.satuan === x.satuan).map((y) => realisasiOf(c, y)));
    return values.reduce<Decimal>((a, b) => a.plus(b ?? 0), new Decimal(0));
  };
  const capaianOf = (p: JabatanIndividu, x: IndikatorIndividu): Decimal | undefined => {
    if (x.capaian !== undefined) return new Decimal(x.capaian);
    if (x.agregasi && x.agregasi !== "jumlah") {
      const xs = children(p.kode).flatMap((c) => indicators(c).map((y) => capaianOf(c, y))).filter((v): v is Decimal => v !== undefined);
      if (xs.length === 0) return undefined;
      if (x.agregasi === "terendah") return Decimal.min(...xs);
      if (x.agregasi === "tertinggi") return Decimal.max(...xs);
      return xs.reduce((a, b) => a.plus(b), new Decimal(0)).div(xs.length);
    }
    const [t, r] = [num(x.target), realisasiOf(p, x)];
    return t && r && !t.isZero() ? r.div(t).times(100) : undefined;
  };
  const out: CascadingContoh[] = [];
  for (const p of positions) {
    let first = true;
    for (const [sasaran, xs] of p.sasaran) {
      xs.forEach((x, i) => {
        const realisasi = x.agregasi === "jumlah" ? realisasiOf(p, x)?.toNumber() : x.realisasi;
        const capaian = x.capaian ?? capaianOf(p, x)?.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
        out.push({
          ...(first ? { kode: p.kode, jabatan: p.jabatan, nama: p.nama, nip: p.nip, atasan: p.atasan } : {}),
          ...(i === 0 ? { sasaran } : {}),
          indikator: x.indikator,
          satuan: x.satuan,
          target: x.target,
          realisasi,
          capaian,
          kodeIku: x.kodeIku,
          agregasi: x.agregasi,
        });
        first = false;
      });
    }
  }
  return out;
}
