// The second shipped example: Dinas Kesehatan of a fictional kabupaten (Lembah Sari), report year 2025 — an office
// unlike the first one. It measures rates (maternal deaths per 100.000 live births, infant deaths per 1.000, new
// tuberculosis cases per 100.000 penduduk), a stunting percentage, an index and a count of documents; four of its
// indicators have negative polarity and three end below target. Its breakdown sheet is immunisation per puskesmas
// (the breakdown sheet under its neutral name `Penerima Manfaat`), and it has no Standar sheet.
// Every figure is invented; stated percentages are computed from the exact values (half-up), so the workbook checks
// clean, and budget parents are the sums of their sub kegiatan (`anggaranRows`).
import { Decimal } from "decimal.js";
import type ExcelJS from "exceljs";
import { buildTemplateWorkbook } from "../src/workbook/template.js";
import { SHEET } from "../src/workbook/template-spec.js";
import {
  anggaranRows,
  capaianNegatif,
  cascadingRows,
  cascadingTop,
  dokumen,
  laporan,
  persen,
  type ContohData,
  type IkuContoh,
  type IndikatorIndividu,
  type IndikatorProgramContoh,
  type JabatanIndividu,
  type NarasiContoh,
  type PegawaiContoh,
  type PkContoh,
  type PpksContoh,
  type Program,
  type StrukturContoh,
} from "../src/workbook/contoh.js";

export const EXAMPLE_FILE = "dinas-kesehatan-kabupaten-lembah-sari-2025.xlsx";
export const RINCIAN_SHEET = "Penerima Manfaat";
export const INSTANSI = "Dinas Kesehatan";
export const PEMDA = "Kabupaten Lembah Sari";

/** Ratio indicators as the PK holds them: numerator, denominator, target (in the indicator's unit). */
export const AKI = { pembilang: 9, penyebut: 8_400, target: 100, pengali: 100_000 } as const;
export const AKB = { pembilang: 52, penyebut: 8_400, target: 6.5, pengali: 1_000 } as const;
export const STUNTING = { pembilang: 5_412, penyebut: 39_217, target: 14.5, pengali: 100 } as const;
export const TB = { pembilang: 1_486, penyebut: 612_450, target: 230, pengali: 100_000 } as const;
export const IDL = { pembilang: 7_905, penyebut: 8_230, target: 95, pengali: 100 } as const;

type Ratio = { pembilang: number; penyebut: number; target: number; pengali: number };
const exact = (r: Ratio) => new Decimal(r.pembilang).div(r.penyebut).times(r.pengali);
const printed = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();

const TUJUAN_1 = "Meningkatnya derajat kesehatan masyarakat Kabupaten Lembah Sari";
const TUJUAN_2 = "Meningkatnya tata kelola pemerintahan bidang kesehatan yang akuntabel";
const SASARAN_1 = "Meningkatnya kesehatan ibu, bayi dan balita";
const SASARAN_2 = "Menurunnya angka kesakitan penyakit menular";
const SASARAN_3 = "Meningkatnya mutu pelayanan kesehatan dasar";
const SASARAN_4 = "Meningkatnya akuntabilitas kinerja Dinas Kesehatan";

const IKU1 = "Angka kematian ibu (AKI)";
const IKU2 = "Angka kematian bayi (AKB)";
const IKU3 = "Prevalensi balita stunting";
const IKU4 = "Angka insidensi tuberkulosis";
const IKU5 = "Persentase bayi yang mendapat imunisasi dasar lengkap";
const IKU6 = "Indeks kepuasan masyarakat terhadap pelayanan puskesmas";
const IKU7 = "Jumlah dokumen perencanaan dan evaluasi kinerja yang ditetapkan tepat waktu";

const SATUAN_AKI = "per 100.000 kelahiran hidup";
const SATUAN_AKB = "per 1.000 kelahiran hidup";
const SATUAN_TB = "per 100.000 penduduk";

const IKM_REALISASI = 82.41;
const DOKUMEN = { target: 8, realisasi: 7 };

function ikuRows(): IkuContoh[] {
  return [
    {
      kode: "IKU-1",
      tujuan: TUJUAN_1,
      sasaran: SASARAN_1,
      indikator: IKU1,
      satuan: SATUAN_AKI,
      polaritas: "negatif",
      formula: "Jumlah kematian ibu hamil, bersalin dan nifas / jumlah kelahiran hidup × 100.000",
      kondisiAwal: 112.4,
      target: { 2022: 125, 2023: 118, 2024: 110, 2025: AKI.target, 2026: 95, 2027: 90, 2028: 85, 2029: 80 },
      realisasi: { 2022: 132.5, 2023: 121.8, 2024: 112.4 },
    },
    {
      kode: "IKU-2",
      indikator: IKU2,
      satuan: SATUAN_AKB,
      polaritas: "negatif",
      formula: "Jumlah kematian bayi usia 0–11 bulan / jumlah kelahiran hidup × 1.000",
      kondisiAwal: 6.9,
      target: { 2022: 8, 2023: 7.5, 2024: 7, 2025: AKB.target, 2026: 6.2, 2027: 6, 2028: 5.8, 2029: 5.5 },
      realisasi: { 2022: 8.1, 2023: 7.4, 2024: 6.9 },
    },
    {
      kode: "IKU-3",
      indikator: IKU3,
      satuan: "%",
      polaritas: "negatif",
      formula: "Jumlah balita stunting / jumlah balita yang diukur tinggi badannya × 100",
      kondisiAwal: 16.1,
      target: { 2022: 20, 2023: 18, 2024: 16, 2025: STUNTING.target, 2026: 13, 2027: 12, 2028: 11, 2029: 10 },
      realisasi: { 2022: 21.3, 2023: 18.6, 2024: 16.1 },
    },
    {
      kode: "IKU-4",
      sasaran: SASARAN_2,
      indikator: IKU4,
      satuan: SATUAN_TB,
      polaritas: "negatif",
      formula: "Jumlah kasus baru tuberkulosis yang ditemukan dan dilaporkan / jumlah penduduk × 100.000",
      kondisiAwal: 251,
      target: { 2022: 270, 2023: 260, 2024: 250, 2025: TB.target, 2026: 220, 2027: 210, 2028: 200, 2029: 190 },
      realisasi: { 2022: 268, 2023: 259, 2024: 251 },
    },
    {
      kode: "IKU-5",
      indikator: IKU5,
      satuan: "%",
      polaritas: "positif",
      formula: "Jumlah bayi yang mendapat imunisasi dasar lengkap / jumlah sasaran bayi × 100",
      kondisiAwal: 93.5,
      target: { 2022: 90, 2023: 92, 2024: 95, 2025: IDL.target, 2026: 96, 2027: 97, 2028: 98, 2029: 98 },
      realisasi: { 2022: 88.4, 2023: 91.2, 2024: 93.5 },
    },
    {
      kode: "IKU-6",
      sasaran: SASARAN_3,
      indikator: IKU6,
      satuan: "indeks",
      polaritas: "positif",
      formula: "Nilai rata-rata tertimbang unsur pelayanan dari survei kepuasan masyarakat di seluruh puskesmas (skala 25–100)",
      kondisiAwal: 81.3,
      target: { 2022: 78, 2023: 80, 2024: 81, 2025: 82, 2026: 83, 2027: 84, 2028: 85, 2029: 86 },
      realisasi: { 2022: 79.2, 2023: 80.5, 2024: 81.3 },
    },
    {
      kode: "IKU-7",
      tujuan: TUJUAN_2,
      sasaran: SASARAN_4,
      indikator: IKU7,
      satuan: "dokumen",
      polaritas: "positif",
      formula: "Jumlah dokumen Renja, RKA, Perjanjian Kinerja, laporan kinerja triwulanan dan LKIP yang ditetapkan sesuai jadwal",
      kondisiAwal: 8,
      target: { 2022: 8, 2023: 8, 2024: 8, 2025: DOKUMEN.target, 2026: 8, 2027: 8, 2028: 8, 2029: 8 },
      realisasi: { 2022: 6, 2023: 7, 2024: 8 },
    },
  ];
}

function ratioRow(kode: string, sasaran: string | undefined, indikator: string, satuan: string, r: Ratio, polaritas: "positif" | "negatif") {
  const nilai = exact(r);
  return {
    kode,
    ...(sasaran ? { sasaran } : {}),
    indikator,
    satuan,
    polaritas,
    target: r.target,
    realisasi: printed(nilai),
    pembilang: r.pembilang,
    penyebut: r.penyebut,
    capaian: polaritas === "negatif" ? capaianNegatif(r.target, nilai) : persen(nilai, r.target),
  } satisfies PkContoh;
}

function pkRows(): PkContoh[] {
  return [
    {
      ...ratioRow("IKU-1", SASARAN_1, IKU1, SATUAN_AKI, AKI, "negatif"),
      sumberData: "Laporan kematian ibu puskesmas dan rumah sakit; Audit Maternal Perinatal Kabupaten",
      keterangan: "9 kematian ibu dari 8.400 kelahiran hidup.",
    },
    {
      ...ratioRow("IKU-2", SASARAN_1, IKU2, SATUAN_AKB, AKB, "negatif"),
      sumberData: "Laporan kematian bayi puskesmas dan rumah sakit",
      keterangan: "52 kematian bayi dari 8.400 kelahiran hidup.",
    },
    {
      ...ratioRow("IKU-3", SASARAN_1, IKU3, "%", STUNTING, "negatif"),
      sumberData: "Aplikasi pencatatan dan pelaporan gizi berbasis masyarakat, pengukuran serentak Agustus 2025",
    },
    {
      ...ratioRow("IKU-4", SASARAN_2, IKU4, SATUAN_TB, TB, "negatif"),
      sumberData: "Sistem Informasi Tuberkulosis; proyeksi penduduk BPS Kabupaten Lembah Sari",
      keterangan: "1.486 kasus baru dari 612.450 penduduk.",
    },
    {
      ...ratioRow("IKU-5", SASARAN_2, IKU5, "%", IDL, "positif"),
      sumberData: "Laporan imunisasi puskesmas",
      keterangan: "Rincian per puskesmas disajikan pada tabel penerima manfaat.",
    },
    {
      kode: "IKU-6",
      sasaran: SASARAN_3,
      indikator: IKU6,
      satuan: "indeks",
      polaritas: "positif",
      target: 82,
      realisasi: IKM_REALISASI,
      capaian: persen(IKM_REALISASI, 82),
      sumberData: "Survei kepuasan masyarakat di 8 puskesmas, semester II 2025",
    },
    {
      kode: "IKU-7",
      sasaran: SASARAN_4,
      indikator: IKU7,
      satuan: "dokumen",
      polaritas: "positif",
      target: DOKUMEN.target,
      realisasi: DOKUMEN.realisasi,
      capaian: persen(DOKUMEN.realisasi, DOKUMEN.target),
      // documents set on time per quarter (the TW III report was late); summed, they are the year's realisasi
      triwulan: [2, 2, 1, 2],
      sumberData: "Subbagian Perencanaan dan Keuangan",
      keterangan: "Laporan kinerja triwulan III ditetapkan melewati jadwal.",
    },
  ];
}

const PROGRAM_UKM = "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat";
const KEGIATAN_LAYANAN = "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota";

const PROGRAMS: Program[] = [
  {
    kode: "1.02.01",
    uraian: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    sasaran: 4,
    kegiatan: [
      {
        kode: "1.02.01.2.01",
        uraian: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        sub: [
          { kode: "1.02.01.2.01.0001", uraian: "Penyusunan Dokumen Perencanaan Perangkat Daerah", paguAwal: 120_000_000, paguPerubahan: 112_500_000, realisasi: 104_318_000 },
          {
            kode: "1.02.01.2.01.0006",
            uraian: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
            paguAwal: 85_000_000,
            paguPerubahan: 78_000_000,
            realisasi: 71_942_500,
          },
          { kode: "1.02.01.2.01.0007", uraian: "Evaluasi Kinerja Perangkat Daerah", paguAwal: 64_000_000, paguPerubahan: 60_000_000, realisasi: 41_250_000 },
        ],
      },
      {
        kode: "1.02.01.2.02",
        uraian: "Administrasi Keuangan Perangkat Daerah",
        sub: [
          { kode: "1.02.01.2.02.0001", uraian: "Penyediaan Gaji dan Tunjangan ASN", paguAwal: 38_450_000_000, paguPerubahan: 37_812_640_000, realisasi: 36_904_118_272 },
        ],
      },
      {
        kode: "1.02.01.2.08",
        uraian: "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
        sub: [
          { kode: "1.02.01.2.08.0004", uraian: "Penyediaan Jasa Pelayanan Umum Kantor", paguAwal: 1_420_000_000, paguPerubahan: 1_366_000_000, realisasi: 1_287_559_300 },
        ],
      },
      {
        kode: "1.02.01.2.10",
        uraian: "Peningkatan Pelayanan BLUD",
        sub: [
          {
            kode: "1.02.01.2.10.0001",
            uraian: "Pelayanan dan Penunjang Pelayanan BLUD",
            paguAwal: 24_600_000_000,
            paguPerubahan: 26_150_000_000,
            realisasi: 22_918_374_615,
            sumberDana: "Pendapatan BLUD",
          },
        ],
      },
    ],
  },
  {
    kode: "1.02.02",
    uraian: PROGRAM_UKM,
    sasaran: 1,
    kegiatan: [
      {
        kode: "1.02.02.2.01",
        uraian: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
        sub: [
          {
            kode: "1.02.02.2.01.0012",
            uraian: "Pengadaan Sarana Fasilitas Pelayanan Kesehatan",
            paguAwal: 2_750_000_000,
            paguPerubahan: 2_480_000_000,
            realisasi: 2_391_604_000,
            sumberDana: "DAK Fisik",
          },
          {
            kode: "1.02.02.2.01.0020",
            uraian: "Pemeliharaan Rutin dan Berkala Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
            paguAwal: 640_000_000,
            paguPerubahan: 610_000_000,
            realisasi: 566_230_450,
          },
        ],
      },
      {
        kode: "1.02.02.2.02",
        uraian: KEGIATAN_LAYANAN,
        sub: [
          { kode: "1.02.02.2.02.0001", uraian: "Pengelolaan Pelayanan Kesehatan Ibu Hamil", paguAwal: 540_000_000, paguPerubahan: 512_000_000, realisasi: 488_917_600 },
          { kode: "1.02.02.2.02.0002", uraian: "Pengelolaan Pelayanan Kesehatan Ibu Bersalin", paguAwal: 460_000_000, paguPerubahan: 455_000_000, realisasi: 437_250_000 },
          { kode: "1.02.02.2.02.0003", uraian: "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir", paguAwal: 395_000_000, paguPerubahan: 380_000_000, realisasi: 361_004_300 },
          { kode: "1.02.02.2.02.0004", uraian: "Pengelolaan Pelayanan Kesehatan Balita", paguAwal: 720_000_000, paguPerubahan: 705_000_000, realisasi: 668_412_750 },
          {
            kode: "1.02.02.2.02.0011",
            uraian: "Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis",
            paguAwal: 690_000_000,
            paguPerubahan: 655_000_000,
            realisasi: 502_318_400,
          },
          { kode: "1.02.02.2.02.0015", uraian: "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat", paguAwal: 1_180_000_000, paguPerubahan: 1_240_000_000, realisasi: 1_196_336_200 },
          { kode: "1.02.02.2.02.0020", uraian: "Pengelolaan Pelayanan Imunisasi", paguAwal: 415_000_000, paguPerubahan: 398_000_000, realisasi: 379_862_150 },
          {
            kode: "1.02.02.2.02.0036",
            uraian: "Operasional Pelayanan Puskesmas",
            paguAwal: 6_850_000_000,
            paguPerubahan: 6_850_000_000,
            realisasi: 6_214_885_460,
            sumberDana: "DAK Non Fisik",
          },
        ],
      },
    ],
  },
  {
    kode: "1.02.03",
    uraian: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
    sasaran: 3,
    kegiatan: [
      {
        kode: "1.02.03.2.02",
        uraian: "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota",
        sub: [
          {
            kode: "1.02.03.2.02.0001",
            uraian: "Pemenuhan Kebutuhan Sumber Daya Manusia Kesehatan Sesuai Standar",
            paguAwal: 1_350_000_000,
            paguPerubahan: 1_290_000_000,
            realisasi: 1_208_771_000,
          },
        ],
      },
      {
        kode: "1.02.03.2.03",
        uraian: "Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya Manusia Kesehatan Tingkat Daerah Kabupaten/Kota",
        sub: [
          {
            kode: "1.02.03.2.03.0001",
            uraian: "Peningkatan Kompetensi dan Kualifikasi Sumber Daya Manusia Kesehatan",
            paguAwal: 480_000_000,
            paguPerubahan: 420_000_000,
            realisasi: 301_560_000,
          },
        ],
      },
    ],
  },
  {
    kode: "1.02.04",
    uraian: "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman",
    sasaran: 3,
    kegiatan: [
      {
        kode: "1.02.04.2.01",
        uraian: "Pemberian Izin Apotek, Toko Obat, Toko Alat Kesehatan dan Optikal, Usaha Mikro Obat Tradisional (UMOT)",
        sub: [
          {
            kode: "1.02.04.2.01.0001",
            uraian: "Pengendalian dan Pengawasan serta Tindak Lanjut Pengawasan Perizinan Apotek, Toko Obat, Toko Alat Kesehatan, dan Optikal",
            paguAwal: 210_000_000,
            paguPerubahan: 195_000_000,
            realisasi: 178_440_000,
          },
        ],
      },
    ],
  },
  {
    kode: "1.02.05",
    uraian: "Program Pemberdayaan Masyarakat Bidang Kesehatan",
    sasaran: 2,
    kegiatan: [
      {
        kode: "1.02.05.2.01",
        uraian: "Advokasi, Pemberdayaan, Kemitraan, Peningkatan Peran serta Masyarakat dan Lintas Sektor Tingkat Daerah Kabupaten/Kota",
        sub: [
          {
            kode: "1.02.05.2.01.0001",
            uraian: "Peningkatan Upaya Advokasi Kesehatan, Pemberdayaan, Penggalangan Kemitraan, Peran Serta Masyarakat dan Lintas Sektor",
            paguAwal: 260_000_000,
            paguPerubahan: 245_000_000,
            realisasi: 233_106_000,
          },
        ],
      },
      {
        kode: "1.02.05.2.03",
        uraian: "Pengembangan dan Pelaksanaan Upaya Kesehatan Bersumber Daya Masyarakat (UKBM) Tingkat Daerah Kabupaten/Kota",
        sub: [
          {
            kode: "1.02.05.2.03.0001",
            uraian: "Bimbingan Teknis dan Supervisi Pengembangan dan Pelaksanaan Upaya Kesehatan Bersumber Daya Masyarakat (UKBM)",
            paguAwal: 1_150_000_000,
            paguPerubahan: 1_080_000_000,
            realisasi: 1_004_950_000,
          },
        ],
      },
    ],
  },
];

/** Immunisation per puskesmas: Target = babies to immunise (the penyebut), Realisasi = fully immunised (the pembilang). */
const PUSKESMAS: [string, number, number][] = [
  ["Puskesmas Sukamaju", 1_240, 1_214],
  ["Puskesmas Cibening", 1_105, 1_071],
  ["Puskesmas Karangsari", 980, 902],
  ["Puskesmas Mekarjaya", 1_160, 1_133],
  ["Puskesmas Sindangrasa", 870, 812],
  ["Puskesmas Tegalwaru", 1_045, 1_030],
  ["Puskesmas Pasirluhur", 905, 856],
  ["Puskesmas Margahayu", 925, 887],
];

function rincianRows(): PpksContoh[] {
  return PUSKESMAS.map(([kategori, target, realisasi], i) => ({
    kategori,
    ...(i === 0 ? { kodeIku: "IKU-5", program: PROGRAM_UKM, kegiatan: KEGIATAN_LAYANAN } : {}),
    satuan: "bayi",
    target,
    realisasi,
    capaian: persen(realisasi, target),
  }));
}

function indikatorProgramRows(): IndikatorProgramContoh[] {
  const rows: Omit<IndikatorProgramContoh, "capaian">[] = [
    {
      kode: "1.02.01.2.01",
      program: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      kegiatan: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      indikator: "Jumlah dokumen perencanaan dan evaluasi kinerja perangkat daerah",
      satuan: "dokumen",
      target: DOKUMEN.target,
      realisasi: DOKUMEN.realisasi,
    },
    {
      kode: "1.02.02.2.02",
      program: PROGRAM_UKM,
      kegiatan: KEGIATAN_LAYANAN,
      indikator: "Persentase ibu hamil yang mendapat pelayanan kesehatan sesuai standar",
      satuan: "%",
      target: 100,
      realisasi: 97.8,
    },
    {
      kode: "1.02.02.2.02",
      indikator: "Persentase orang terduga tuberkulosis yang mendapat pelayanan sesuai standar",
      satuan: "%",
      target: 100,
      realisasi: 88.6,
    },
    {
      kode: "1.02.02.2.02",
      indikator: "Persentase balita yang dipantau pertumbuhan dan perkembangannya",
      satuan: "%",
      target: 90,
      realisasi: 91.4,
    },
    {
      kode: "1.02.03.2.03",
      program: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
      kegiatan: "Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya Manusia Kesehatan Tingkat Daerah Kabupaten/Kota",
      indikator: "Jumlah tenaga kesehatan yang ditingkatkan kompetensinya",
      satuan: "orang",
      target: 120,
      realisasi: 86,
    },
    {
      kode: "1.02.05.2.03",
      program: "Program Pemberdayaan Masyarakat Bidang Kesehatan",
      kegiatan: "Pengembangan dan Pelaksanaan Upaya Kesehatan Bersumber Daya Masyarakat (UKBM) Tingkat Daerah Kabupaten/Kota",
      indikator: "Jumlah posyandu aktif",
      satuan: "unit",
      target: 412,
      realisasi: 405,
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
      "Dinas Kesehatan Kabupaten Lembah Sari menyelenggarakan urusan kesehatan bagi sekitar 612 ribu penduduk melalui 8 puskesmas, 41 puskesmas pembantu dan 412 posyandu. " +
      "Urusan ini mencakup pelayanan kesehatan ibu dan anak, perbaikan gizi, pencegahan dan pengendalian penyakit, serta pembinaan mutu fasilitas pelayanan kesehatan.\n" +
      "Tahun 2025 merupakan tahun pertama Renstra Dinas Kesehatan 2025-2029. Laporan ini menyajikan target dan realisasi tahun itu, anggaran yang digunakan, dan perbaikan yang direncanakan untuk tahun berikutnya.",
  },
  {
    bagian: "landasan hukum tambahan",
    teks:
      "11. Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;\n" +
      "12. Peraturan Menteri Kesehatan Nomor 6 Tahun 2024 tentang Standar Teknis Pemenuhan Standar Pelayanan Minimal Kesehatan;\n" +
      "13. Peraturan Bupati Lembah Sari tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Dinas Kesehatan.",
  },
  {
    bagian: "struktur organisasi",
    teks:
      "Kepala Dinas Kesehatan dibantu oleh Sekretariat (Subbagian Perencanaan dan Keuangan serta Subbagian Umum dan Kepegawaian) dan empat bidang: " +
      "Kesehatan Masyarakat; Pencegahan dan Pengendalian Penyakit; Pelayanan Kesehatan; serta Sumber Daya Kesehatan. " +
      "Delapan puskesmas dan instalasi farmasi kabupaten adalah unit pelaksana teknis dinas.",
  },
  {
    bagian: "sumber daya",
    teks:
      "Pelayanan diberikan melalui 8 puskesmas (5 di antaranya puskesmas rawat inap yang mampu menangani kegawatdaruratan obstetri dan neonatal dasar), 41 puskesmas pembantu, 412 posyandu dan satu instalasi farmasi kabupaten.\n" +
      "Pada akhir 2025 Dinas Kesehatan dan puskesmas didukung 684 pegawai: 96 dokter dan dokter gigi, 212 bidan, 171 perawat, 118 tenaga kesehatan lain (gizi, kesehatan lingkungan, farmasi, laboratorium) dan 87 tenaga administrasi. " +
      "Tiga puskesmas belum memiliki tenaga gizi dan dua puskesmas belum memiliki dokter gigi.",
  },
  {
    bagian: "isu strategis",
    teks:
      "1. Kematian ibu yang masih di atas target, terutama karena perdarahan dan hipertensi dalam kehamilan yang terlambat dirujuk.\n" +
      "2. Prevalensi stunting yang turun tetapi masih di atas 10 persen di lima kecamatan.\n" +
      "3. Penemuan kasus tuberkulosis yang belum menjangkau seluruh kontak serumah, sehingga penularan di masyarakat berlanjut.\n" +
      "4. Sebaran tenaga kesehatan yang belum merata antarpuskesmas.",
  },
  {
    bagian: "analisis sasaran 1",
    teks:
      "Sembilan ibu meninggal dari 8.400 kelahiran hidup, turun dari 112,4 per 100.000 kelahiran hidup pada 2024 menjadi 107,14, tetapi belum mencapai target 100. " +
      "Lima kematian disebabkan perdarahan pascapersalinan, tiga karena preeklamsia berat, dan satu karena infeksi; tujuh di antaranya terjadi di rumah sakit rujukan setelah ibu datang dalam keadaan gawat.\n" +
      "Kematian bayi turun menjadi 6,19 per 1.000 kelahiran hidup, lebih baik dari target 6,5. Prevalensi stunting hasil pengukuran serentak Agustus adalah 13,80 persen dari 39.217 balita yang diukur, di bawah target 14,5 persen.",
  },
  {
    bagian: "tren IKU-1",
    teks:
      "Target penurunan kematian ibu tahun 2022–2024 belum pernah tercapai penuh: sebagian besar kematian disebabkan perdarahan dan hipertensi " +
      "pada ibu dari desa terpencil yang terlambat dirujuk. Angkanya tetap turun setiap tahun sejak rumah tunggu kelahiran dibuka di dua kecamatan pada 2023.",
  },
  {
    bagian: "tren IKU-5",
    teks:
      "Cakupan imunisasi dasar lengkap berada di bawah target selama 2022–2024 karena layanan posyandu sempat terhenti pada masa pandemi " +
      "dan sebagian orang tua menolak imunisasi; bulan imunisasi anak nasional dan sweeping per desa menaikkan cakupan sekitar tiga poin setiap tahun.",
  },
  {
    bagian: "penyebab sasaran 1",
    teks:
      "1. Kematian bayi turun karena seluruh puskesmas PONED sudah memiliki tim resusitasi neonatus terlatih dan kunjungan neonatal pertama mencapai 98 persen.\n" +
      "2. Penurunan stunting didukung pemberian makanan tambahan berbahan lokal bagi 2.140 balita gizi kurang dan pendampingan keluarga berisiko oleh kader.\n" +
      "3. Kematian ibu belum mencapai target karena rujukan terlambat: enam dari sembilan ibu tidak terdeteksi berisiko tinggi pada pemeriksaan kehamilan trimester pertama, dan ambulans desa belum tersedia di 14 desa terpencil.",
  },
  {
    bagian: "solusi sasaran 1",
    teks:
      "1. Skrining preeklamsia dengan pemeriksaan tekanan darah dan protein urin pada setiap kunjungan kehamilan pertama, dicatat dalam kohort ibu.\n" +
      "2. Perjanjian kerja sama ambulans desa dengan pemerintah desa yang belum memilikinya, dibiayai dana desa.\n" +
      "3. Audit maternal perinatal setiap kasus kematian dalam 30 hari, dengan rekomendasi yang dipantau pelaksanaannya.",
  },
  {
    bagian: "penghambat sasaran 1",
    teks:
      "Empat belas desa terpencil belum memiliki ambulans desa, sehingga ibu dengan komplikasi persalinan masih bergantung pada kendaraan pribadi atau sewaan untuk mencapai puskesmas PONED. " +
      "Kohort ibu hamil di sebagian puskesmas pembantu masih dicatat manual, sehingga ibu berisiko tinggi yang tidak kembali untuk pemeriksaan lanjutan tidak segera terpantau.",
  },
  {
    bagian: "penghambat IKU-1",
    teks:
      "Angka kematian ibu sebesar 107,14 per 100.000 kelahiran hidup masih 7,14 poin di atas target 100, sehingga capaian indikator ini 92,86 persen. " +
      "Kelima kematian akibat perdarahan pascapersalinan memerlukan transfusi segera, sementara persediaan darah golongan tertentu di unit transfusi rumah sakit daerah kerap kosong. " +
      "Pemeriksaan tekanan darah pada kunjungan kehamilan belum selalu diikuti pemeriksaan protein urin, sehingga preeklamsia berat baru dikenali ketika ibu sudah dalam keadaan gawat.",
  },
  {
    bagian: "solusi IKU-1",
    teks:
      "1. Membentuk kelompok donor darah siaga di setiap desa melalui kelas ibu hamil, bekerja sama dengan Palang Merah Indonesia cabang kabupaten.\n" +
      "2. Menyediakan alat pemeriksaan protein urin di seluruh puskesmas pembantu dan mewajibkan pemeriksaannya bagi ibu hamil dengan tekanan darah 140/90 mmHg atau lebih.\n" +
      "3. Menyiapkan rumah tunggu kelahiran di dekat puskesmas rawat inap bagi ibu berisiko tinggi dari desa terpencil menjelang taksiran persalinan.",
  },
  {
    bagian: "langkah sasaran 1",
    teks:
      "Pada 2026 Dinas Kesehatan menargetkan angka kematian ibu 95 per 100.000 kelahiran hidup, angka kematian bayi 6,2 per 1.000 kelahiran hidup dan prevalensi stunting 13 persen. " +
      "Bidan desa akan mendampingi setiap ibu hamil berisiko tinggi sejak kunjungan pertama sampai 42 hari setelah persalinan, dan hasil pendampingan dibahas dalam pertemuan bulanan puskesmas.",
  },
  {
    bagian: "sisa anggaran sasaran 1",
    teks:
      "Dari pagu perubahan Rp 14.285.000.000 untuk sasaran ini terealisasi Rp 13.206.821.310 (92,45 persen), sehingga tersisa Rp 1.078.178.690. " +
      "Sisa terbesar, Rp 635.114.540, berasal dari operasional pelayanan puskesmas karena perbaikan ruang bersalin di dua puskesmas ditunda sampai perencanaan teknisnya disetujui. " +
      "Sub kegiatan pelayanan orang terduga tuberkulosis hanya menyerap 76,69 persen karena kiriman cartridge tes cepat molekuler dari pemerintah pusat terlambat, sehingga belanja pengangkutan spesimen tidak seluruhnya terpakai.",
  },
  {
    bagian: "analisis sasaran 2",
    teks:
      "Kasus baru tuberkulosis yang ditemukan dan dilaporkan berjumlah 1.486 atau 242,63 per 100.000 penduduk, lebih tinggi dari target 230 walaupun turun dibandingkan 251 pada 2024. " +
      "Pada indikator polaritas negatif ini, angka yang lebih tinggi dari target berarti capaian di bawah 100 persen.\n" +
      "Imunisasi dasar lengkap diterima 7.905 dari 8.230 bayi (96,05 persen), melampaui target 95 persen. Puskesmas Sindangrasa dan Karangsari masih di bawah 93 persen karena wilayahnya luas dan sebagian orang tua menolak imunisasi.",
  },
  {
    bagian: "penyebab sasaran 2",
    teks:
      "1. Angka insidensi tuberkulosis di atas target sebagian disebabkan penemuan kasus yang makin aktif: investigasi kontak serumah naik dari 41 menjadi 63 persen, sehingga kasus yang sebelumnya tersembunyi kini tercatat.\n" +
      "2. Pengobatan pencegahan bagi kontak serumah baru diberikan kepada 18 persen kontak yang memenuhi syarat.\n" +
      "3. Cakupan imunisasi naik karena sweeping bulan imunisasi anak nasional dan pencatatan imunisasi elektronik di seluruh puskesmas.",
  },
  {
    bagian: "solusi sasaran 2",
    teks:
      "1. Memperluas pengobatan pencegahan tuberkulosis bagi kontak serumah, dengan target 50 persen pada 2026.\n" +
      "2. Melibatkan kader posyandu dan tokoh agama dalam penyuluhan imunisasi di desa dengan penolakan tertinggi.\n" +
      "3. Menambah layanan tes cepat molekuler di dua puskesmas agar diagnosis tidak menunggu pengiriman dahak ke rumah sakit.",
  },
  {
    bagian: "penghambat sasaran 2",
    teks:
      "Jumlah kader tuberkulosis terlatih belum sebanding dengan jumlah kasus baru, sehingga investigasi kontak baru menjangkau 63 persen kasus indeks. " +
      "Penolakan sebagian orang tua dan jarak tempuh ke posyandu yang jauh di wilayah Puskesmas Sindangrasa dan Karangsari menghambat pemerataan cakupan imunisasi antarwilayah.",
  },
  {
    bagian: "penghambat IKU-4",
    teks:
      "Insidensi tuberkulosis tercatat 242,63 per 100.000 penduduk, 12,63 poin di atas target 230, sehingga capaian indikator berpolaritas negatif ini 94,51 persen. " +
      "Karena pengobatan pencegahan belum menjangkau sebagian besar kontak serumah, sebagian kontak itu berkembang menjadi kasus baru dalam tahun yang sama. " +
      "Puskesmas yang belum memiliki alat tes cepat molekuler masih menunggu hasil pemeriksaan dahak dari rumah sakit, sehingga awal pengobatan tertunda dan masa penularan lebih panjang.",
  },
  {
    bagian: "solusi IKU-4",
    teks:
      "1. Memberikan terapi pencegahan tuberkulosis jangka pendek kepada kontak serumah, didahului skrining gejala dan foto toraks bagi kontak dewasa.\n" +
      "2. Melatih kader posyandu sebagai kader tuberkulosis agar setiap kasus indeks dikunjungi paling lambat dua minggu setelah diagnosis.\n" +
      "3. Mengajak dokter praktik mandiri dan klinik swasta melaporkan setiap terduga tuberkulosis ke sistem informasi tuberkulosis nasional.",
  },
  {
    bagian: "langkah sasaran 2",
    teks:
      "Target 2026 adalah insidensi tuberkulosis 220 per 100.000 penduduk dan cakupan imunisasi dasar lengkap 96 persen. " +
      "Penemuan kasus aktif tetap diperluas walaupun dapat menaikkan angka yang tercatat dalam jangka pendek, karena penularan baru dapat diputus setelah kasus tersembunyi ditemukan dan diobati.",
  },
  {
    bagian: "sisa anggaran sasaran 2",
    teks:
      "Program Pemberdayaan Masyarakat Bidang Kesehatan menyisakan Rp 86.944.000 dari pagu perubahan Rp 1.325.000.000 (serapan 93,44 persen). " +
      "Sebanyak Rp 75.050.000 berasal dari bimbingan teknis dan supervisi upaya kesehatan bersumber daya masyarakat, karena supervisi posyandu di banyak desa digabungkan dengan pemantauan imunisasi sehingga biaya perjalanan berkurang. " +
      "Sisa Rp 11.894.000 pada advokasi dan kemitraan merupakan selisih harga cetak media penyuluhan terhadap pagu, tanpa mengurangi kegiatan yang direncanakan.",
  },
  {
    bagian: "analisis sasaran 3",
    teks:
      "Indeks kepuasan masyarakat terhadap pelayanan puskesmas mencapai 82,41 dari target 82, naik dari 81,3 pada 2024. " +
      "Unsur dengan nilai terendah adalah waktu tunggu pelayanan (76,2) dan sarana ruang tunggu (78,9); unsur tertinggi adalah perilaku petugas (87,5).",
  },
  {
    bagian: "penyebab sasaran 3",
    teks:
      "1. Pendaftaran daring dan antrean elektronik yang berlaku di lima puskesmas sejak Juni memperpendek waktu tunggu rata-rata dari 48 menjadi 31 menit.\n" +
      "2. Tiga puskesmas tanpa antrean elektronik masih mencatat waktu tunggu di atas 45 menit pada jam sibuk.",
  },
  {
    bagian: "solusi sasaran 3",
    teks:
      "1. Menerapkan antrean elektronik di tiga puskesmas yang belum memilikinya pada triwulan I 2026.\n" +
      "2. Menindaklanjuti setiap pengaduan masyarakat dalam lima hari kerja dan mengumumkan tindak lanjutnya di ruang tunggu.",
  },
  {
    bagian: "penghambat sasaran 3",
    teks:
      "Ruang tunggu di puskesmas yang dibangun sebelum 2010 tidak lagi sebanding dengan jumlah kunjungan harian, sehingga pasien menunggu di selasar pada jam sibuk. " +
      "Kekosongan tenaga gizi di tiga puskesmas dan dokter gigi di dua puskesmas membuat sebagian layanan hanya tersedia pada hari tertentu melalui tenaga dari puskesmas tetangga.",
  },
  {
    bagian: "langkah sasaran 3",
    teks:
      "Indeks kepuasan masyarakat ditargetkan 83 pada 2026. " +
      "Selain memperluas antrean elektronik, dinas akan mengusulkan formasi tenaga gizi dan dokter gigi dalam pengadaan aparatur 2026 dan menata ulang ruang tunggu dua puskesmas dengan kunjungan tertinggi.",
  },
  {
    bagian: "sisa anggaran sasaran 3",
    teks:
      "Kedua program pendukung sasaran ini menyerap Rp 1.688.771.000 dari pagu perubahan Rp 1.905.000.000 (88,65 persen), dengan sisa Rp 216.229.000. " +
      "Peningkatan kompetensi dan kualifikasi tenaga kesehatan hanya terealisasi 71,80 persen (sisa Rp 118.440.000) karena dua pelatihan teknis dari balai pelatihan provinsi dibatalkan dan pesertanya dialihkan ke pelatihan daring tanpa biaya. " +
      "Sisa pemenuhan kebutuhan tenaga kesehatan sebesar Rp 81.229.000 timbul karena dua tenaga kontrak baru mulai bertugas pada bulan Maret, sedangkan sisa pengawasan perizinan apotek dan toko obat sebesar Rp 16.560.000 berasal dari pemeriksaan lapangan yang dilakukan bersama kecamatan.",
  },
  {
    bagian: "analisis sasaran 4",
    teks:
      "Tujuh dari delapan dokumen perencanaan dan evaluasi kinerja ditetapkan tepat waktu. Laporan kinerja triwulan III terlambat 12 hari karena data realisasi dua puskesmas belum lengkap saat batas waktu pelaporan.",
  },
  {
    bagian: "penyebab sasaran 4",
    teks:
      "1. Data capaian dari puskesmas dikirim manual dalam format yang berbeda-beda sehingga harus diolah ulang.\n" +
      "2. Pengelola data kinerja di dua puskesmas berganti pada pertengahan tahun tanpa serah terima.",
  },
  {
    bagian: "solusi sasaran 4",
    teks:
      "1. Satu format pelaporan capaian kinerja bulanan untuk seluruh puskesmas, dikirim paling lambat tanggal 5 bulan berikutnya.\n" +
      "2. Menetapkan pengelola data kinerja cadangan di setiap puskesmas.",
  },
  {
    bagian: "penghambat sasaran 4",
    teks:
      "Data realisasi dari puskesmas masih dihimpun melalui surat elektronik dan pesan singkat tanpa format baku, sehingga verifikasi oleh Subbagian Perencanaan dan Keuangan memakan waktu lebih dari satu minggu setiap triwulan.",
  },
  {
    bagian: "penghambat IKU-7",
    teks:
      "Hanya 7 dari 8 dokumen ditetapkan tepat waktu, sehingga capaian indikator ini 87,50 persen dengan kategori cukup berhasil. " +
      "Satu-satunya dokumen yang terlambat adalah laporan kinerja triwulan III, karena penyusunannya harus menunggu kelengkapan data dari dua puskesmas yang pengelola datanya baru diganti.",
  },
  {
    bagian: "solusi IKU-7",
    teks:
      "1. Menetapkan jadwal penyusunan seluruh dokumen perencanaan dan evaluasi kinerja pada awal tahun, dengan batas internal sepuluh hari kerja sebelum batas waktu resmi.\n" +
      "2. Mewajibkan berita acara serah terima data kinerja setiap kali pengelola data di puskesmas berganti.\n" +
      "3. Memantau ketepatan pengiriman data capaian setiap puskesmas dan membahasnya dalam rapat koordinasi bulanan.",
  },
  {
    bagian: "langkah sasaran 4",
    teks:
      "Target 2026 tetap delapan dokumen ditetapkan tepat waktu. " +
      "Dinas akan mulai menghimpun capaian bulanan puskesmas melalui aplikasi pelaporan daring agar laporan triwulan dapat disusun tanpa menunggu pengolahan ulang data.",
  },
  {
    bagian: "sisa anggaran sasaran 4",
    teks:
      "Program penunjang menyerap Rp 61.327.562.687 dari pagu perubahan Rp 65.579.140.000 (93,52 persen), sehingga tersisa Rp 4.251.577.313. " +
      "Sebagian besar sisa, Rp 3.231.625.385, berasal dari pelayanan BLUD puskesmas karena pendapatan klaim jaminan kesehatan yang dianggarkan sebagai belanja tidak seluruhnya diterima sebelum akhir tahun. " +
      "Belanja gaji dan tunjangan menyisakan Rp 908.521.728 karena pegawai yang pensiun tidak langsung digantikan, dan evaluasi kinerja hanya menyerap 68,75 persen karena penilaian internal dikerjakan sendiri oleh pegawai dinas.",
  },
  {
    bagian: "langkah perbaikan",
    teks:
      "1. Menurunkan kematian ibu melalui skrining risiko tinggi sejak trimester pertama dan kesiapan rujukan di desa terpencil.\n" +
      "2. Menjaga penurunan stunting dengan memusatkan intervensi gizi di lima kecamatan yang prevalensinya masih di atas 15 persen.\n" +
      "3. Memutus penularan tuberkulosis melalui investigasi kontak dan pengobatan pencegahan.\n" +
      "4. Mempercepat serapan sub kegiatan peningkatan kompetensi tenaga kesehatan yang realisasinya di bawah 75 persen.",
  },
];

/** The second example office: Dinas Kesehatan Kabupaten Lembah Sari, 2025. */
export function contohDinasKesehatan(): ContohData {
  return {
    profil: {
      "Nama Instansi": INSTANSI,
      "Pemerintah Daerah": PEMDA,
      Tahun: 2025,
      "Nama Kepala": "dr. Ratna Kusumawardani, M.K.M.",
      "NIP Kepala": "19760822 200501 2 011",
      "Pangkat Kepala": "Pembina Tingkat I (IV/b)",
      "Jabatan Kepala": "Kepala Dinas Kesehatan Kabupaten Lembah Sari",
      Tempat: "Lembah Sari",
      Tanggal: new Date(Date.UTC(2026, 0, 20)),
      "Tanggal PK": new Date(Date.UTC(2025, 0, 8)),
      "Tanggal PK Perubahan": new Date(Date.UTC(2025, 9, 14)),
      "Nama Kepala Daerah": "Dr. H. Bambang Setiadi Pranoto, S.H., M.Si.",
      "Jabatan Kepala Daerah": "Bupati Lembah Sari",
      Alamat: "Jl. Veteran No. 12, Lembah Sari",
      Telepon: "0265-771204",
      Email: "dinkes@lembahsari.go.id",
      "Periode Renstra": "2025-2029",
      Visi: "Lembah Sari yang sehat, mandiri dan berkeadilan",
      Misi:
        "1. Meningkatkan derajat kesehatan ibu, anak dan keluarga.\n" +
        "2. Mencegah dan mengendalikan penyakit menular dan tidak menular.\n" +
        "3. Meningkatkan mutu dan pemerataan pelayanan kesehatan dasar.\n" +
        "4. Mewujudkan tata kelola kesehatan yang akuntabel.",
      Tugas:
        "Membantu Bupati melaksanakan urusan pemerintahan bidang kesehatan yang menjadi kewenangan daerah dan tugas pembantuan yang diberikan kepada daerah.",
      Fungsi:
        "a. Perumusan kebijakan teknis bidang kesehatan masyarakat, pencegahan dan pengendalian penyakit, pelayanan kesehatan, dan sumber daya kesehatan.\n" +
        "b. Pelaksanaan kebijakan di bidang-bidang tersebut.\n" +
        "c. Evaluasi dan pelaporan pelaksanaan urusan kesehatan.\n" +
        "d. Pelaksanaan administrasi dinas.\n" +
        "e. Pelaksanaan tugas lain yang diberikan Bupati.",
      "Skala Penilaian": "berhasil-110",
      Desimal: 2,
    },
    iku: ikuRows(),
    pk: pkRows(),
    anggaran: anggaranRows(PROGRAMS),
    ppks: rincianRows(),
    narasi: NARASI,
    indikatorProgram: indikatorProgramRows(),
    standar: [],
    skala: [],
    struktur: STRUKTUR,
    pegawai: PEGAWAI,
    cascading: cascadingRows(cascading()),
  };
}

const KADIS = "Kepala Dinas Kesehatan";
const SEKRETARIS = "Sekretaris";
const B_KESMAS = "Bidang Kesehatan Masyarakat";
const B_P2P = "Bidang Pencegahan dan Pengendalian Penyakit";
const B_YANKES = "Bidang Pelayanan Kesehatan";
const B_SDK = "Bidang Sumber Daya Kesehatan";

/** The organisation the Profil describes: a secretariat with two subbagian, four bidang, and the UPT. */
const STRUKTUR: StrukturContoh[] = [
  { jabatan: KADIS, nama: "dr. Ratna Kusumawardani, M.K.M.", nip: "19760822 200501 2 011", pangkat: "Pembina Tingkat I (IV/b)" },
  { jabatan: SEKRETARIS, atasan: KADIS, nama: "Hendri Gunawan, S.KM., M.Kes.", nip: "19790611 200312 1 004", pangkat: "Pembina (IV/a)" },
  { jabatan: "Subbagian Perencanaan dan Keuangan", atasan: SEKRETARIS, nama: "Nurul Hidayati, S.E.", nip: "19850317 201001 2 009", pangkat: "Penata Tingkat I (III/d)" },
  { jabatan: "Subbagian Umum dan Kepegawaian", atasan: SEKRETARIS, nama: "Wahyu Pratama, S.AP.", nip: "19861102 201101 1 003", pangkat: "Penata (III/c)" },
  { jabatan: B_KESMAS, atasan: KADIS, nama: "Sri Handayani, S.ST., M.Kes.", nip: "19780405 200212 2 005", pangkat: "Pembina (IV/a)" },
  { jabatan: B_P2P, atasan: KADIS, nama: "dr. Arif Budiman", nip: "19800927 200903 1 002", pangkat: "Pembina (IV/a)" },
  { jabatan: B_YANKES, atasan: KADIS, nama: "drg. Melati Ayuningtyas, M.M.", nip: "19811214 200801 2 007", pangkat: "Pembina (IV/a)" },
  { jabatan: B_SDK, atasan: KADIS, nama: "Apt. Yoga Saputra, S.Farm.", nip: "19830720 201001 1 012", pangkat: "Penata Tingkat I (III/d)" },
  { jabatan: "UPTD Puskesmas dan Instalasi Farmasi", atasan: KADIS },
  { jabatan: "Instalasi Farmasi Kabupaten", atasan: "UPTD Puskesmas dan Instalasi Farmasi", nama: "Apt. Rina Oktaviani, S.Farm.", nip: "19881006 201503 2 004", pangkat: "Penata (III/c)" },
  { jabatan: "Kelompok Jabatan Fungsional Tenaga Kesehatan", atasan: B_YANKES },
];

const JENIS = "Jenis Tenaga";
const STATUS = "Status Kepegawaian";
const PENDIDIKAN = "Pendidikan";
/** The 684 staff of the Profil's Sumber Daya: by kind, by status and by education, each group adding up to 684. */
const PEGAWAI: PegawaiContoh[] = [
  { kelompok: JENIS, uraian: "Dokter dan dokter gigi", lakiLaki: 38, perempuan: 58 },
  { kelompok: JENIS, uraian: "Bidan", lakiLaki: 0, perempuan: 212 },
  { kelompok: JENIS, uraian: "Perawat", lakiLaki: 64, perempuan: 107 },
  { kelompok: JENIS, uraian: "Tenaga kesehatan lain (gizi, kesehatan lingkungan, farmasi, laboratorium)", lakiLaki: 41, perempuan: 77 },
  { kelompok: JENIS, uraian: "Tenaga administrasi", lakiLaki: 49, perempuan: 38 },
  { kelompok: STATUS, uraian: "ASN (PNS)", lakiLaki: 121, perempuan: 288 },
  { kelompok: STATUS, uraian: "ASN (PPPK)", lakiLaki: 38, perempuan: 117 },
  { kelompok: STATUS, uraian: "Non ASN", lakiLaki: 33, perempuan: 87 },
  { kelompok: PENDIDIKAN, uraian: "S2 / Spesialis", lakiLaki: 14, perempuan: 17 },
  { kelompok: PENDIDIKAN, uraian: "Profesi dan S1/D4", lakiLaki: 86, perempuan: 194 },
  { kelompok: PENDIDIKAN, uraian: "D3", lakiLaki: 61, perempuan: 246 },
  { kelompok: PENDIDIKAN, uraian: "SMA/SMK", lakiLaki: 31, perempuan: 35 },
];

/**
 * A smaller cascade than the first example's: the Kepala Dinas (the seven IKU), the Sekretaris and the four Kepala Bidang
 * (each naming the IKU it serves), one or two functional positions under each, and a few pelaksana. Officials of the
 * Struktur sheet keep their names and NIPs; the others are fictional.
 */
function cascading(): JabatanIndividu[] {
  const pejabat = (jabatan: string) => {
    const s = STRUKTUR.find((x) => x.jabatan === jabatan)!;
    return { jabatan: jabatan === KADIS || jabatan === SEKRETARIS ? jabatan : `Kepala ${jabatan}`, nama: s.nama!, nip: s.nip! };
  };
  const pct = (indikator: string, realisasi: number, kodeIku: string): IndikatorIndividu => ({ indikator, satuan: "%", target: 100, realisasi, kodeIku });
  return [
    { kode: "1", ...pejabat(KADIS), sasaran: cascadingTop(pkRows()) },
    {
      kode: "1.1",
      ...pejabat(SEKRETARIS),
      atasan: "1",
      sasaran: [["Meningkatnya ketepatan waktu perencanaan dan pelaporan kinerja", [pct("Persentase dokumen perencanaan dan pelaporan kinerja yang ditetapkan tepat waktu", 87.5, "IKU-7")]]],
    },
    {
      kode: "1.1.1",
      jabatan: "Perencana Ahli Muda",
      nama: "Dewi Kartika Sari, S.KM., M.PH.",
      nip: "19840612 200902 2 006",
      atasan: "1.1",
      sasaran: [
        [
          "Tersusunnya dokumen perencanaan dan evaluasi kinerja",
          [dokumen("Jumlah dokumen perencanaan yang ditetapkan", 4), laporan("Jumlah laporan kinerja triwulan yang ditetapkan tepat waktu", 4, 3)],
        ],
      ],
    },
    {
      kode: "1.1.1.1",
      jabatan: "Pengadministrasi Perkantoran",
      nama: "Lina Marlina",
      nip: "19930521 201903 2 010",
      atasan: "1.1.1",
      sasaran: [["Tersedianya rekapitulasi bahan laporan kinerja", [laporan("Jumlah rekapitulasi bahan laporan kinerja", 12)]]],
    },
    {
      kode: "1.2",
      ...pejabat(B_KESMAS),
      atasan: "1",
      sasaran: [
        [
          "Meningkatnya pelayanan kesehatan ibu, bayi dan gizi masyarakat",
          [
            pct("Persentase ibu hamil yang mendapat pelayanan antenatal sesuai standar", 96, "IKU-1; IKU-2"),
            pct("Persentase balita yang ditimbang dan dipantau pertumbuhannya", 91, "IKU-3"),
          ],
        ],
      ],
    },
    {
      kode: "1.2.1",
      jabatan: "Nutrisionis Ahli Muda",
      nama: "Rahma Fitriani, S.Gz.",
      nip: "19870315 201101 2 013",
      atasan: "1.2",
      sasaran: [
        [
          "Terselenggaranya pemantauan gizi balita",
          [laporan("Jumlah laporan pemantauan status gizi balita", 12), laporan("Jumlah laporan pemberian makanan tambahan bagi balita gizi kurang", 4)],
        ],
      ],
    },
    {
      kode: "1.2.2",
      jabatan: "Bidan Ahli Muda",
      nama: "Yuliana Safitri, S.Tr.Keb.",
      nip: "19880704 201101 2 008",
      atasan: "1.2",
      sasaran: [
        [
          "Terselenggaranya pelayanan kesehatan ibu dan bayi baru lahir",
          [laporan("Jumlah laporan audit maternal perinatal", 4), laporan("Jumlah laporan kunjungan nifas dan neonatal", 12, 11)],
        ],
      ],
    },
    {
      kode: "1.3",
      ...pejabat(B_P2P),
      atasan: "1",
      sasaran: [
        [
          "Meningkatnya pengendalian penyakit menular",
          [pct("Persentase kasus tuberkulosis yang ditemukan dan diobati", 88, "IKU-4"), pct("Persentase desa yang mencapai imunisasi dasar lengkap universal", 93, "IKU-5")],
        ],
      ],
    },
    {
      kode: "1.3.1",
      jabatan: "Epidemiolog Kesehatan Ahli Muda",
      nama: "Bayu Nugroho, S.KM.",
      nip: "19850110 201001 1 007",
      atasan: "1.3",
      sasaran: [
        [
          "Terselenggaranya surveilans penyakit menular dan imunisasi",
          [laporan("Jumlah laporan penemuan kasus tuberkulosis", 12), laporan("Jumlah laporan pemantauan imunisasi per puskesmas", 12)],
        ],
      ],
    },
    {
      kode: "1.3.1.1",
      jabatan: "Pengelola Layanan Operasional",
      nama: "Fajar Hidayat",
      nip: "19920905 201903 1 003",
      atasan: "1.3.1",
      sasaran: [["Tersedianya data kasus tuberkulosis", [laporan("Jumlah laporan pencatatan sistem informasi tuberkulosis", 12)]]],
    },
    {
      kode: "1.4",
      ...pejabat(B_YANKES),
      atasan: "1",
      sasaran: [["Meningkatnya mutu pelayanan puskesmas", [pct("Persentase puskesmas yang memenuhi standar mutu pelayanan", 75, "IKU-6")]]],
    },
    {
      kode: "1.4.1",
      jabatan: "Administrator Kesehatan Ahli Muda",
      nama: "Indah Permata, S.KM., M.Kes.",
      nip: "19860213 201101 2 012",
      atasan: "1.4",
      sasaran: [
        [
          "Terselenggaranya pengukuran dan pembinaan mutu puskesmas",
          [laporan("Jumlah laporan survei kepuasan masyarakat puskesmas", 2), laporan("Jumlah laporan pembinaan mutu puskesmas", 8)],
        ],
      ],
    },
    {
      kode: "1.5",
      ...pejabat(B_SDK),
      atasan: "1",
      sasaran: [["Meningkatnya ketersediaan obat di puskesmas", [pct("Persentase puskesmas dengan ketersediaan obat esensial", 92, "IKU-6")]]],
    },
    {
      kode: "1.5.1",
      jabatan: "Apoteker Ahli Muda",
      nama: "Apt. Dimas Prasetyo, S.Farm.",
      nip: "19890821 201503 1 009",
      atasan: "1.5",
      sasaran: [["Terkelolanya obat dan perbekalan kesehatan", [laporan("Jumlah laporan ketersediaan obat dan perbekalan kesehatan", 12)]]],
    },
  ];
}

/**
 * The example workbook: the template filled with `contohDinasKesehatan()`, with two differences from the first example
 * that show what an office may leave out or rename: no Standar sheet, and the breakdown sheet under its neutral name
 * `Penerima Manfaat` (immunisation per puskesmas, not PPKS).
 */
export function workbookDinasKesehatan(): ExcelJS.Workbook {
  const wb = buildTemplateWorkbook(contohDinasKesehatan());
  const standar = wb.getWorksheet(SHEET.standar);
  if (standar) wb.removeWorksheet(standar.id);
  const rincian = wb.getWorksheet(SHEET.ppks);
  if (!rincian) throw new Error(`template has no sheet ${SHEET.ppks}`);
  rincian.name = RINCIAN_SHEET;
  // the instructions name the sheets: keep them true for this workbook
  wb.getWorksheet(SHEET.petunjuk)?.eachRow((row) => {
    const cell = row.getCell(1);
    if (typeof cell.value !== "string") return;
    cell.value = cell.value
      .replace(/\bsheet PPKS\b/g, `sheet ${RINCIAN_SHEET}`)
      .replace(/^PPKS\b/, RINCIAN_SHEET)
      .replace(/^Standar\b.*$/, "");
  });
  return wb;
}
