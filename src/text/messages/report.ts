// The document's fixed Indonesian labels (chapter and section titles, table headers, captions, the sentences written
// around the engine's figures) and the messages of `lkip build`. Narrative paragraphs an office may rewrite live in
// templates/ instead; everything here is wording the document needs whatever the office.

import { LOGO_LIMITS, type LogoProblem } from "../../report/image.js";
import { formatNumber } from "../format.js";

// ---------------------------------------------------------------------------------------------------------------
// Title, header, cover

export const JUDUL = "LAPORAN KINERJA INSTANSI PEMERINTAH";
export const JUDUL_BARIS = ["LAPORAN KINERJA", "INSTANSI PEMERINTAH"] as const;
export const pemerintah = (pemda: string) => `PEMERINTAH ${pemda.toUpperCase()}`;
export const JUDUL_SINGKAT = "(LKIP)";
export const tahunJudul = (tahun: number) => `TAHUN ${tahun}`;
/** The running header: the full title, shortened to "LKIP" when the office's name would make it wrap. */
export const headerText = (instansi: string, tahun: number) => {
  const full = `Laporan Kinerja Instansi Pemerintah ${instansi} Tahun ${tahun}`;
  return full.length <= 85 ? full : `LKIP ${instansi} Tahun ${tahun}`;
};
export const documentTitle = (instansi: string, tahun: number) => `LKIP ${instansi} Tahun ${tahun}`;
export const documentSubject = "Laporan Kinerja Instansi Pemerintah (Permenpan RB No. 53 Tahun 2014)";
export const kontak = (telepon?: string, email?: string) =>
  [telepon ? `Telepon ${telepon}` : "", email ? `Surel ${email}` : ""].filter((s) => s !== "").join(" · ");

// ---------------------------------------------------------------------------------------------------------------
// Headings

export const H = {
  kataPengantar: "KATA PENGANTAR",
  ikhtisar: "IKHTISAR EKSEKUTIF",
  daftarIsi: "DAFTAR ISI",
  daftarTabel: "DAFTAR TABEL",
  daftarGambar: "DAFTAR GAMBAR",
  bab1: "BAB I PENDAHULUAN",
  bab2: "BAB II PERENCANAAN KINERJA",
  bab3: "BAB III AKUNTABILITAS KINERJA",
  bab4: "BAB IV PENUTUP",
  lampiran: "LAMPIRAN",
} as const;

export const BAB1 = {
  latar: "Latar Belakang",
  maksud: "Maksud dan Tujuan",
  landasan: "Landasan Hukum",
  organisasi: "Tugas, Fungsi dan Struktur Organisasi",
  tugas: "Tugas",
  fungsi: "Fungsi",
  struktur: "Struktur Organisasi",
  sumberDaya: "Sumber Daya",
  isu: "Isu Strategis",
  sistematika: "Sistematika Penyajian",
} as const;

export const PROFIL_ORGANISASI = {
  pejabatCaption: (instansi: string) => `Pejabat Struktural ${instansi}`,
  pegawaiCaption: (kelompok: string) => (kelompok ? `Jumlah Pegawai Menurut ${kelompok}` : "Jumlah Pegawai"),
  jabatan: "Jabatan",
  nama: "Nama",
  nip: "NIP",
  pangkat: "Pangkat/Golongan",
  uraian: "Uraian",
  lakiLaki: "Laki-laki",
  perempuan: "Perempuan",
  jumlah: "Jumlah",
} as const;

export const BAB2 = {
  renstra: "Rencana Strategis",
  visi: "Visi",
  misi: "Misi",
  tujuanSasaran: "Tujuan dan Sasaran",
  iku: "Indikator Kinerja Utama",
  pk: (tahun: number) => `Perjanjian Kinerja Tahun ${tahun}`,
} as const;

export const BAB3 = {
  capaianOrganisasi: "Capaian Kinerja Organisasi",
  analisis: "Analisis Capaian Kinerja per Sasaran",
  sasaran: (nomor: number, teks: string) => (teks.trim() ? `Sasaran ${nomor}: ${teks}` : `Sasaran ${nomor}`),
  a1: (tahun: number) => `a. Perbandingan Target dan Realisasi Kinerja Tahun ${tahun}`,
  a2: "b. Perbandingan Realisasi dan Capaian dengan Tahun Sebelumnya",
  a3: "c. Perbandingan Realisasi dengan Target Akhir Renstra",
  a4: "d. Perbandingan dengan Standar Nasional atau Provinsi",
  a5: "e. Analisis Penyebab Keberhasilan atau Kegagalan dan Alternatif Solusi",
  a6: "f. Analisis Efisiensi Penggunaan Sumber Daya",
  a7: "g. Program dan Kegiatan Pendukung",
  lainnya: "Indikator Pendukung Lainnya",
  anggaran: "Realisasi Anggaran",
  penyebab: "Penyebab",
  solusi: "Alternatif solusi",
} as const;

export const BAB4 = {
  kesimpulan: "Kesimpulan",
  langkah: "Langkah Perbaikan ke Depan",
} as const;

export const LAMPIRAN = {
  pk: (nomor: number, tahun: number, perubahan = false) =>
    `Lampiran ${nomor} Perjanjian Kinerja ${perubahan ? "Perubahan " : ""}Tahun ${tahun}`,
  fpk: (nomor: number, tahun: number) => `Lampiran ${nomor} Formulir Pengukuran Kinerja Tahun ${tahun}`,
  pkJudul: (tahun: number, perubahan = false) => `PERJANJIAN KINERJA ${perubahan ? "PERUBAHAN " : ""}TAHUN ${tahun}`,
  fpkJudul: "FORMULIR PENGUKURAN KINERJA",
  pihakPertama: "PIHAK PERTAMA",
  pihakKedua: "PIHAK KEDUA",
  identitas: (label: string) => label,
  nama: "Nama",
  jabatan: "Jabatan",
  selanjutnya: (pihak: string) => `selanjutnya disebut ${pihak}`,
  instansiLabel: "Instansi",
  tahunLabel: "Tahun Anggaran",
  jumlahAnggaran: "Jumlah anggaran program",
  jumlahRealisasi: "Jumlah realisasi anggaran",
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Captions (the number is added by the builder: "Tabel 3.2 " + caption)

export const CAP = {
  tujuanSasaran: (periode: string) => `Tujuan, Sasaran dan Indikator Renstra ${periode}`,
  iku: (periode: string) => `Indikator Kinerja Utama dan Target Renstra ${periode}`,
  pkIndikator: (tahun: number) => `Sasaran, Indikator dan Target Perjanjian Kinerja Tahun ${tahun}`,
  pkAnggaran: (tahun: number) => `Program dan Anggaran Perjanjian Kinerja Tahun ${tahun}`,
  skala: "Skala Penilaian Capaian Kinerja",
  pengukuran: (tahun: number) => `Capaian Kinerja Tahun ${tahun}`,
  targetRealisasi: (nomor: number, tahun: number) => `Target, Realisasi dan Capaian Sasaran ${nomor} Tahun ${tahun}`,
  riwayat: (indikator: string) => `Perbandingan Realisasi dan Capaian Antartahun: ${indikator}`,
  renstra: (indikator: string, periode: string) => `Realisasi terhadap Target Renstra ${periode}: ${indikator}`,
  standar: (nomor: number) => `Perbandingan Realisasi Sasaran ${nomor} dengan Standar`,
  efisiensi: (nomor: number) => `Anggaran Program dan Efisiensi Sasaran ${nomor}`,
  kegiatan: (nomor: number) => `Kegiatan dan Sub Kegiatan Pendukung Sasaran ${nomor}`,
  indikatorProgram: (nomor: number) => `Indikator Program dan Kegiatan Pendukung Sasaran ${nomor}`,
  triwulan: (nomor: number, tahun: number) => `Realisasi per Triwulan Sasaran ${nomor} Tahun ${tahun}`,
  programLain: (tahun: number) => `Capaian Indikator Program Penunjang Tahun ${tahun}`,
  standarLain: "Standar Pelayanan Lain yang Menjadi Acuan",
  ppks: (kode: string) => `Rincian Realisasi Penerima Layanan ${kode}`,
  anggaran: (tahun: number) => `Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun ${tahun}`,
  fpk: (tahun: number) => `Formulir Pengukuran Kinerja Tahun ${tahun}`,
  fpkAnggaran: (tahun: number) => `Anggaran dan Realisasi Program Tahun ${tahun}`,
  lampiranPk: (tahun: number, perubahan = false) =>
    `Perjanjian Kinerja ${perubahan ? "Perubahan " : ""}Tahun ${tahun}: Sasaran, Indikator dan Target`,
  lampiranPkAnggaran: (tahun: number, perubahan = false) =>
    `Perjanjian Kinerja ${perubahan ? "Perubahan " : ""}Tahun ${tahun}: Program dan Anggaran ${perubahan ? "(Pagu Perubahan)" : "(Pagu Awal)"}`,
} as const;

export const GAMBAR = {
  struktur: (instansi: string) => `Bagan Struktur Organisasi ${instansi}`,
  capaian: (tahun: number) => `Grafik Capaian Kinerja per Indikator Tahun ${tahun}`,
  tren: (indikator: string) => `Grafik Target dan Realisasi Antartahun: ${indikator}`,
  serapan: (tahun: number) => `Grafik Serapan Anggaran per Program Tahun ${tahun}`,
} as const;

export const tabelLabel = (nomor: string) => `Tabel ${nomor}`;
export const gambarLabel = (nomor: string) => `Gambar ${nomor}`;
export const sumber = (text: string) => `Sumber: ${text}`;
/** The office's own sources, as a report names them: its Renstra, its PK, its budget realisation, its own data. */
export const SUMBER = {
  kepegawaian: (instansi: string, tahun: number) => `Data kepegawaian ${instansi} Tahun ${tahun}`,
  renstra: (instansi: string, periode: string) => `Renstra ${instansi} ${periode}`,
  pk: (instansi: string, tahun: number) => `Perjanjian Kinerja ${instansi} Tahun ${tahun}`,
  anggaran: (instansi: string, tahun: number) => `Realisasi Anggaran ${instansi} Tahun ${tahun}, diolah`,
  olahan: (instansi: string, tahun: number) => `Data olahan ${instansi}, ${tahun}`,
  skala: (nama: string) => `Skala penilaian ${nama}`,
  /** Several sources of one table. */
  gabung: (sources: readonly string[]) => sources.join("; "),
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Table headers and cells

export const COL = {
  no: "No",
  kode: "Kode",
  tujuan: "Tujuan",
  sasaran: "Sasaran",
  indikator: "Indikator Kinerja",
  indikatorSasaran: "Indikator Sasaran",
  formula: "Formula",
  satuan: "Satuan",
  kondisiAwal: "Kondisi Awal",
  target: "Target",
  targetTahun: (tahun: number) => `Target ${tahun}`,
  realisasi: "Realisasi",
  capaian: "Capaian",
  kategori: "Kategori",
  tahun: "Tahun",
  program: "Program",
  uraian: "Program / Kegiatan / Sub Kegiatan",
  kegiatan: "Kegiatan / Sub Kegiatan",
  paguAwal: "Pagu Awal (Rp)",
  paguPerubahan: "Pagu Perubahan (Rp)",
  pagu: "Pagu (Rp)",
  anggaran: "Anggaran (Rp)",
  realisasiRp: "Realisasi (Rp)",
  serapan: "Serapan",
  interval: "Interval Capaian",
  standar: "Standar",
  sumberStandar: "Sumber Standar",
  capaianStandar: "Capaian thd Standar",
  kategoriPpks: "Kategori",
  keterangan: "Keterangan",
  jumlah: "Jumlah",
  targetRenstra: "Target Renstra",
  capaianKinerja: "Capaian Kinerja",
  anggaranKolom: "Anggaran",
  uraianBaris: "Uraian",
  triwulan: (n: number) => `TW ${["I", "II", "III", "IV"][n - 1]}`,
  setahun: "Setahun",
} as const;

export const NIHIL = "-";
export const sasaranRow = (nomor: number, teks: string) => (teks.trim() ? `Sasaran ${nomor}: ${teks}` : `Sasaran ${nomor}`);
export const rataRataSasaran = "rata-rata";
export const tahunBerjalan = (tahun: number) => `${tahun}*`;
export const catatanTahunBerjalan = (tahun: number) => `* ${tahun}: realisasi tahun laporan dari Perjanjian Kinerja.`;

/** Why a capaian is missing, as a table cell or a phrase. */
export const STATUS: Record<string, string> = {
  ok: "",
  "tanpa-target": "tanpa target",
  "target-nol": "target 0",
  "tanpa-realisasi": "belum ada realisasi",
  "tidak-terbandingkan": "tidak dapat dibandingkan",
};

/** The same, short enough for a table cell. */
export const STATUS_SEL: Record<string, string> = {
  ok: "",
  "tanpa-target": "tanpa target",
  "target-nol": "target 0",
  "tanpa-realisasi": "belum ada",
  "tidak-terbandingkan": "tak sebanding",
};

export const SERAPAN_STATUS: Record<string, string> = {
  ok: "",
  "tanpa-pagu": "tanpa pagu",
  "pagu-nol": "pagu 0",
  "tanpa-realisasi": "belum ada realisasi",
};

// Scale bands: `≥ 91%`, `76% – < 91%`, `< 51%`
export const band = {
  atLeast: (v: string) => `≥ ${v}%`,
  above: (v: string) => `> ${v}%`,
  below: (v: string) => `< ${v}%`,
  atMost: (v: string) => `≤ ${v}%`,
  between: (lo: string, loIncl: boolean, hi: string, hiIncl: boolean) =>
    `${loIncl ? "≥" : ">"} ${lo}% dan ${hiIncl ? "≤" : "<"} ${hi}%`,
  any: "semua nilai",
};

export const SCALE_NAMES: Record<string, string> = {
  "permendagri-86-2017": "Permendagri Nomor 86 Tahun 2017",
  "berhasil-110": "skala keberhasilan (≥ 110% sangat berhasil)",
  "berhasil-85": "skala keberhasilan (> 85% sangat berhasil)",
  kustom: "skala penilaian instansi",
};

// ---------------------------------------------------------------------------------------------------------------
// Sentences around the figures

/** `4 (empat)`. */
export const hitungan = (n: number, kata: string) => `${n} (${kata})`;

export const kataPengantarPenutup = (tempat: string, tanggal: string) => `${tempat}, ${tanggal}`;
export const nip = (n: string) => `NIP. ${n}`;
export const tandaTanganKosong = "(.........................................)";
export const tanggalKosong = "[[tanggal penandatanganan]]";
export const tanggalPkKosong = "[[tanggal penandatanganan Perjanjian Kinerja]]";
/** The PK's PIHAK KEDUA in the statement: `Tri Adhianto, Wali Kota Bekasi` or the title alone. */
export const pihakKedua = (nama: string | undefined, jabatan: string) => (nama ? `${nama}, ${jabatan}` : jabatan);
export const isiProfil = (kunci: string) => `[[${kunci} instansi]]`;

export const ikhtisarSasaran = (nomor: number, sasaran: string, capaian: string, kategori: string | undefined, tercapai: string) =>
  `Sasaran ${nomor} (${sasaran}): capaian ${capaian}${kategori ? `, kategori ${kategori}` : ""}; ${tercapai}.`;
export const tercapaiDari = (tercapai: string, jumlah: string) => `${tercapai} dari ${jumlah} indikator mencapai target`;
export const sasaranTanpaCapaian = (nomor: number, sasaran: string) =>
  `Sasaran ${nomor} (${sasaran}): capaian belum dapat dihitung.`;

export const pengukuranRingkas = (jumlahIndikator: string, jumlahSasaran: string, tercapai: string, capaian: string, kategori?: string) =>
  `Dari ${jumlahIndikator} indikator kinerja pada ${jumlahSasaran} sasaran strategis, ${tercapai} indikator mencapai atau ` +
  `melampaui target. Rata-rata capaian seluruh indikator yang terukur adalah ${capaian}` +
  (kategori ? ` dengan kategori ${kategori}.` : ".");
export const perKategori = (items: string[]) => `Sebaran indikator menurut kategori capaian: ${items.join("; ")}.`;
export const kategoriItem = (kategori: string, jumlah: string) => `${kategori} ${jumlah}`;
export const tidakTerukur = (n: string, alasan: string) =>
  `${n} indikator belum dapat diukur capaiannya (${alasan}) dan tidak dihitung dalam rata-rata.`;
export const dibatasi = (batas: string) =>
  `Capaian di atas ${batas} dibatasi pada ${batas} untuk penentuan kategori dan rata-rata, sesuai Batas Capaian di Profil.`;

export const rumusPositif = "Indikator berpolaritas positif (makin tinggi makin baik): capaian = realisasi / target × 100%.";
export const rumusNegatif =
  "Indikator berpolaritas negatif (makin rendah makin baik): capaian = (2 × target − realisasi) / target × 100%.";
export const kategoriDibulatkan = (desimal: number) =>
  `Capaian dibulatkan ${desimal} angka desimal; kategori ditentukan dari capaian yang telah dibulatkan.`;

export const analisisPengantar = (jumlah: string, indikator: string, program: string) =>
  `Sasaran ini diukur dengan ${jumlah} indikator kinerja (${indikator}) dan didukung oleh ${program}.`;
export const analisisPengantarTanpaProgram = (jumlah: string, indikator: string) =>
  `Sasaran ini diukur dengan ${jumlah} indikator kinerja (${indikator}); anggarannya tidak dipisahkan dari program ` +
  `yang mendukung instansi secara umum.`;
export const jumlahProgram = (n: string) => `${n} program`;

/** Analysis (a): target against realisasi, worded by where the realisasi lies. */
export const hasilDiAtas = (indikator: string, target: string, realisasi: string, capaian: string, kategori?: string) =>
  `Indikator "${indikator}" ditargetkan ${target} dan terealisasi ${realisasi}. Target terlampaui; capaiannya ${capaian}` +
  (kategori ? ` (kategori ${kategori})` : "") + ".";
export const hasilDiAtasNegatif = (indikator: string, target: string, realisasi: string, capaian: string, kategori?: string) =>
  `Indikator "${indikator}" ditargetkan tidak lebih dari ${target} dan terealisasi ${realisasi}, lebih rendah dari ` +
  `targetnya; karena makin rendah makin baik, target terlampaui dengan capaian ${capaian}` + (kategori ? ` (kategori ${kategori})` : "") + ".";
export const hasilSama = (indikator: string, target: string, realisasi: string, capaian: string, kategori?: string) =>
  `Indikator "${indikator}" ditargetkan ${target} dan terealisasi ${realisasi}, sama dengan targetnya; ` +
  `capaiannya ${capaian}` + (kategori ? ` (kategori ${kategori})` : "") + ".";
export const hasilDiBawah = (indikator: string, target: string, realisasi: string, capaian: string, kurang: string, kategori?: string) =>
  `Indikator "${indikator}" ditargetkan ${target} tetapi terealisasi ${realisasi}, ${kurang} di bawah target; ` +
  `capaiannya ${capaian}` + (kategori ? ` (kategori ${kategori})` : "") + " dan target tahun ini belum tercapai.";
export const hasilDiBawahNegatif = (indikator: string, target: string, realisasi: string, capaian: string, kurang: string, kategori?: string) =>
  `Indikator "${indikator}" ditargetkan tidak lebih dari ${target} tetapi terealisasi ${realisasi}, ${kurang} di atas ` +
  `batas itu; karena makin rendah makin baik, capaiannya ${capaian}` + (kategori ? ` (kategori ${kategori})` : "") +
  " dan target tahun ini belum tercapai.";
export const hasilDiBawahHuruf = (indikator: string, target: string, realisasi: string, capaian: string, kategori?: string) =>
  `Indikator "${indikator}" ditargetkan ${target} tetapi terealisasi ${realisasi}, di bawah predikat yang ditargetkan; ` +
  `capaiannya ${capaian}` + (kategori ? ` (kategori ${kategori})` : "") + " dan target tahun ini belum tercapai.";
export const indikatorTanpaCapaian = (indikator: string, alasan: string) =>
  `Capaian indikator "${indikator}" belum dapat dihitung: ${alasan}.`;
export const formulaLabel = "Formula indikator";
/** `pengali` is "100%" for a percentage, "100.000" for a rate per 100.000; `hasil` carries its unit. */
export const realisasiRasio = (pembilang: string, penyebut: string, pengali: string, hasil: string) =>
  `Realisasi = ${pembilang} / ${penyebut} × ${pengali} = ${hasil}`;
/** `target` is "12%" (a percentage of the penyebut) or "100 / 100.000" (a rate per 100.000). */
export const capaianRasio = (pembilang: string, target: string, penyebut: string, hasil: string) =>
  `Capaian = ${pembilang} / (${target} × ${penyebut}) × 100% = ${hasil}`;
export const capaianPositif = (realisasi: string, target: string, hasil: string) =>
  `Capaian = ${realisasi} / ${target} × 100% = ${hasil}`;
export const capaianNegatif = (target: string, realisasi: string, hasil: string) =>
  `Capaian = (2 × ${target} − ${realisasi}) / ${target} × 100% = ${hasil}`;
export const capaianOrdinal = (realisasi: string, target: string, hasil: string) =>
  `Capaian: realisasi ${realisasi} dibandingkan target ${target} pada skala predikat = ${hasil}`;
export const capaianRentang = (realisasi: string, target: string, hasil: string) =>
  `Capaian: realisasi ${realisasi} terhadap target rentang ${target} = ${hasil}`;
export const realisasiTriwulan = (nilai: string, cara: string, hasil: string) =>
  `Realisasi tahunan dari triwulan (${nilai}; ${cara}) = ${hasil}`;
export const AGREGASI: Record<string, string> = {
  jumlah: "dijumlahkan",
  terakhir: "triwulan terakhir yang terisi",
  "rata-rata": "dirata-ratakan",
};
export const capaianDibatasi = (batas: string) => `Untuk kategori dan rata-rata, capaian dibatasi pada ${batas}.`;

/** Analysis (b): this year against each earlier year. */
export const trenKalimat = (indikator: string, kini: string, tahun: number, bagian: string[]) =>
  `Dibandingkan tahun-tahun sebelumnya, realisasi "${indikator}" tahun ${tahun} (${kini}) ${daftar(bagian)}.`;
export const trenNaik = (besar: string, tahun: number, nilai: string) => `naik ${besar} dari ${tahun} (${nilai})`;
export const trenTurun = (besar: string, tahun: number, nilai: string) => `turun ${besar} dari ${tahun} (${nilai})`;
export const trenTetapTahun = (tahun: number[]) => `sama dengan ${daftar(tahun.map(String))}`;
export const trenPersen = (besar: string, persen: string) => `${besar} atau ${persen}`;
export const poin = (n: string) => `${n} poin`;
export const trenMembaik = "Karena indikator ini berpolaritas negatif, penurunan berarti kinerja membaik.";
export const trenMemburuk = "Karena indikator ini berpolaritas negatif, kenaikan berarti kinerja memburuk.";
export const trenHuruf = (indikator: string, kini: string, tahun: number, bagian: string[]) =>
  `Realisasi "${indikator}" tahun ${tahun} (${kini}) ${daftar(bagian)}.`;
export const hurufNaik = (tahun: number, nilai: string) => `lebih baik dari ${tahun} (${nilai})`;
export const hurufTurun = (tahun: number, nilai: string) => `lebih rendah dari ${tahun} (${nilai})`;

export const capaianLalu = (bagian: string[]) => `Capaian terhadap target tahun-tahun itu: ${daftar(bagian)}.`;
export const capaianTahun = (tahun: number, capaian: string) => `${tahun} ${capaian}`;
/** A trend chart's category: the year with its capaian. */
export const tahunCapaian = (tahun: number, capaian: string) => `${tahun} (${capaian})`;
export const riwayatKosong = (indikator: string) =>
  `Realisasi tahun-tahun sebelum periode ini untuk indikator "${indikator}" belum tersedia, sehingga perbandingan antartahun belum dapat disajikan.`;
export const riwayatTakTerbanding = (indikator: string) =>
  `Realisasi "${indikator}" tahun ini dan tahun sebelumnya tidak dapat dibandingkan secara langsung.`;

/** "a", "a dan b", "a, b dan c". */
export const daftar = (items: readonly string[]) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} dan ${items[items.length - 1]}`;

/** Analysis (c): this year against the Renstra end target. */
export const renstraKalimat = (indikator: string, tahunAkhir: number, targetAkhir: string, realisasi: string, capaian: string) =>
  `Target akhir Renstra untuk "${indikator}" pada ${tahunAkhir} adalah ${targetAkhir}. Realisasi tahun ini (${realisasi}) ` +
  `setara dengan capaian ${capaian} terhadap target akhir tersebut.`;
export const renstraTerlampaui = (tahunAkhir: number) =>
  `Target akhir Renstra sudah terlampaui lebih awal; yang perlu dijaga adalah mempertahankan tingkat ini sampai ${tahunAkhir}.`;
export const renstraTepat = (tahunAkhir: number) =>
  `Realisasi tahun ini sudah sama dengan target akhir Renstra; tingkat ini perlu dipertahankan sampai ${tahunAkhir}.`;
export const renstraKurang = (kurang: string, arah: "naik" | "turun", perTahun: string, sisaTahun: number, tahunAkhir: number) =>
  `Masih diperlukan ${arah === "naik" ? "kenaikan" : "penurunan"} ${kurang} untuk mencapai target akhir Renstra, atau ` +
  `rata-rata ${perTahun} per tahun selama ${sisaTahun} tahun sampai ${tahunAkhir}.`;
export const renstraKurangAkhir = (kurang: string, arah: "naik" | "turun") =>
  `Target akhir Renstra belum tercapai pada tahun terakhir periode; masih kurang ${kurang} (${arah === "naik" ? "perlu naik" : "perlu turun"}).`;
export const renstraHurufBelum = (kini: string, akhir: string, tahunAkhir: number) =>
  `Predikat perlu naik dari ${kini} menjadi ${akhir} paling lambat ${tahunAkhir}.`;
export const renstraHurufSudah = (tahunAkhir: number) =>
  `Predikat yang ditargetkan untuk akhir periode sudah diraih; predikat ini perlu dipertahankan sampai ${tahunAkhir}.`;
export const renstraTanpa = (indikator: string, alasan: string) =>
  `Perbandingan "${indikator}" dengan target akhir Renstra belum dapat dihitung: ${alasan}.`;
export const renstraTanpaIku = (indikator: string) =>
  `Indikator "${indikator}" tidak termuat dalam Indikator Kinerja Utama Renstra sehingga tidak ada target akhir untuk dibandingkan.`;

export const standarKalimat = (indikator: string, realisasi: string, standar: string, capaian: string) =>
  `Realisasi "${indikator}" sebesar ${realisasi} dibandingkan standar ${standar}, setara dengan capaian ${capaian} terhadap standar.`;
export const standarTanpaCapaian = (indikator: string, alasan: string) =>
  `Perbandingan "${indikator}" dengan standar belum dapat dihitung: ${alasan}.`;
export const standarProgram = (indikator: string) => `${indikator} (indikator program)`;
export const standarLainPengantar =
  "Standar berikut juga menjadi acuan pelayanan perangkat daerah, tetapi belum ada indikator yang mengukurnya pada tahun ini.";
export const triwulanPengantar = (cara: string[]) =>
  `Realisasi setiap triwulan ditunjukkan pada tabel berikut; realisasi setahun ${daftar(cara)}.`;
export const triwulanCara = (indikator: string, cara: string) => `"${indikator}" ${cara}`;
export const AGREGASI_TABEL: Record<string, string> = {
  jumlah: "merupakan jumlah keempat triwulan",
  terakhir: "sama dengan triwulan terakhir yang terisi",
  "rata-rata": "merupakan rata-rata triwulan yang terisi",
};
export const keteranganJudul = "Keterangan:";
export const programLainPengantar = (program: string[]) =>
  `Selain indikator yang mendukung sasaran di atas, perangkat daerah mengukur indikator ${daftar(program)} berikut.`;
export const standarKosong = (nomor: number) =>
  `Belum ada standar nasional atau provinsi yang dapat dibandingkan dengan indikator Sasaran ${nomor}.`;

/** Analysis (f): the method and its formula, printed before the figures. */
export const EFISIENSI_RUMUS: Record<string, string> = {
  selisih: "Efisiensi = capaian kinerja − serapan anggaran; efisien bila hasilnya tidak negatif.",
  sisa: "Efisiensi = (pagu − realisasi anggaran) / pagu × 100%; efisien bila target sasaran tercapai (capaian ≥ 100%) tanpa melampaui pagu.",
  rasio:
    "Tingkat efisiensi = capaian kinerja / serapan anggaran × 100%; sangat efisien ≥ 110%, efisien 100% sampai < 110%, " +
    "cukup efisien 90% sampai < 100%, tidak efisien < 90%.",
};
export const efisiensiPengantar = (rumus: string) =>
  `Efisiensi penggunaan anggaran setiap sasaran (analisis f) dinilai dari anggaran program yang mendukungnya. ${rumus}`;
export const efisiensiSelisih = (nomor: number, pagu: string, realisasi: string, serapan: string, capaian: string, nilai: string, label: string) =>
  `Program yang mendukung Sasaran ${nomor} memperoleh pagu ${pagu} dan merealisasikan ${realisasi} (serapan ${serapan}). ` +
  `Efisiensi = ${capaian} − ${serapan} = ${nilai} poin, sehingga penggunaan anggaran sasaran ini ${label}.`;
export const efisiensiSisa = (nomor: number, pagu: string, realisasi: string, serapan: string, sisa: string, nilai: string, capaian: string, label: string) =>
  `Program yang mendukung Sasaran ${nomor} memperoleh pagu ${pagu} dan merealisasikan ${realisasi} (serapan ${serapan}). ` +
  `Efisiensi = ${sisa} / ${pagu} × 100% = ${nilai}; dengan capaian kinerja ${capaian}, penggunaan anggaran sasaran ini ${label}.`;
export const efisiensiRasio = (nomor: number, pagu: string, realisasi: string, serapan: string, capaian: string, nilai: string, label: string) =>
  `Program yang mendukung Sasaran ${nomor} memperoleh pagu ${pagu} dan merealisasikan ${realisasi} (serapan ${serapan}). ` +
  `Tingkat efisiensi = ${capaian} / ${serapan} × 100% = ${nilai}, kategori ${label}.`;
export const efisiensiTanpaCapaian = (nomor: number, pagu: string, realisasi: string, serapan: string) =>
  `Program yang mendukung Sasaran ${nomor} memperoleh pagu ${pagu} dan merealisasikan ${realisasi} (serapan ${serapan}); ` +
  `efisiensi belum dapat dinilai karena capaian kinerja sasaran belum dapat dihitung.`;
export const efisiensiBagi = (program: string, n: string) =>
  `${program} mendukung ${n} sasaran sekaligus; anggarannya dibagi rata di antara sasaran-sasaran itu.`;
export const biayaPerUnit = (indikator: string, realisasiRp: string, jumlah: string, biaya: string, satuan: string) =>
  `Biaya per unit keluaran "${indikator}": ${realisasiRp} / ${jumlah} = ${biaya} per ${satuan}.`;
export const sisaKalimat = (nomor: number, sisa: string, persen: string) =>
  `Anggaran Sasaran ${nomor} yang tidak terserap sebesar ${sisa} (${persen} dari pagu).`;
export const sisaTerbesar = (kegiatan: string, sisa: string) => `Sisa terbesar ada pada ${kegiatan} (${sisa}).`;
export const placeholderSisa = (nomor: number, sisa: string) =>
  `[[Tuliskan alasan anggaran Sasaran ${nomor} sebesar ${sisa} tidak terserap (efisiensi, gagal lelang, kegiatan ditunda, dan sebagainya).]]`;
export const efisiensiTanpaProgram = (nomor: number) =>
  `Anggaran program yang mendukung Sasaran ${nomor} tidak dipisahkan dari program yang mendukung instansi secara umum, ` +
  `sehingga efisiensinya tidak dapat dinilai tersendiri.`;
export const efisiensiTanpaSasaranProgram = (nomor: number, daftar: string) =>
  `Sasaran ${nomor}, seperti sasaran lain, turut didukung oleh program yang melayani instansi secara umum: ${daftar}.`;

export const pendukungTanpaProgram = (nomor: number) =>
  `Sasaran ${nomor} tidak memiliki program tersendiri; kegiatannya dijalankan melalui program yang mendukung instansi secara umum.`;
export const pendukungKalimat = (bagian: string[]) =>
  `Sasaran ini didukung oleh ${bagian.length > 1 ? `${bagian.slice(0, -1).join(", ")} dan ${bagian[bagian.length - 1]}` : bagian[0]} berikut.`;
export const rincianDi33 = "Rincian sub kegiatan program-program tersebut disajikan pada tabel realisasi anggaran di subbab 3.3.";
export const jumlahKegiatan = (n: string) => `${n} kegiatan`;
export const jumlahSub = (n: string) => `${n} sub kegiatan`;
export const ppksKalimat = (indikator: string) =>
  `Rincian penerima layanan yang membentuk realisasi indikator "${indikator}" adalah sebagai berikut.`;
export const serapanTerendahKegiatan = (nomor: number, kegiatan: string, serapan: string, sisa: string) =>
  `Di antara kegiatan pendukung Sasaran ${nomor}, serapan terendah ada pada ${kegiatan}: ${serapan}, dengan sisa anggaran ${sisa}.`;
export const ppksJumlah = (jumlah: string, capaian: string) =>
  `Jumlah penerima layanan tercatat ${jumlah}, dengan capaian ${capaian} terhadap target rincian.`;

export const anggaranKalimat = (tahun: number, paguAwal: string, pagu: string, realisasi: string, serapan: string, program: string) =>
  `Pada Tahun Anggaran ${tahun}, pagu awal seluruh program adalah ${paguAwal}. Setelah perubahan APBD, pagu menjadi ${pagu} ` +
  `untuk ${program}, dengan realisasi ${realisasi} atau serapan ${serapan}.`;
export const anggaranKalimatTanpaAwal = (tahun: number, pagu: string, realisasi: string, serapan: string, program: string) =>
  `Pada Tahun Anggaran ${tahun}, pagu seluruh program adalah ${pagu} untuk ${program}, dengan realisasi ${realisasi} ` +
  `atau serapan ${serapan}.`;
export const terbilangKalimat = (label: string, angka: string, kata: string) => `${label} ${angka} (${kata}).`;
export const terbilangPagu = "Jumlah pagu anggaran:";
export const terbilangRealisasi = "Jumlah realisasi anggaran:";
export const serapanTertinggi = (program: string, serapan: string) => `Serapan tertinggi pada ${program} (${serapan})`;
export const serapanTerendah = (program: string, serapan: string) => `serapan terendah pada ${program} (${serapan}).`;
export const sisaAnggaran = (sisa: string, persen: string) =>
  `Anggaran yang tidak terserap seluruhnya ${sisa} atau ${persen} dari pagu.`;

export const kesimpulanSasaran = (nomor: number, sasaran: string, capaian: string, kategori: string | undefined, tercapai: string) =>
  `Sasaran ${nomor} "${sasaran}" memperoleh capaian ${capaian}${kategori ? ` (${kategori})` : ""}; ${tercapai}.`;
export const kesimpulanEfisiensi = (nomor: number, serapan: string, capaian: string, nilai: string, label: string) =>
  `Sasaran ${nomor}: serapan anggaran ${serapan} untuk capaian kinerja ${capaian}, efisiensi ${nilai}, sehingga dinilai ${label}.`;
export const kesimpulanAnggaran = (pagu: string, realisasi: string, serapan: string) =>
  `Secara keseluruhan, realisasi anggaran ${realisasi} dari pagu ${pagu} (serapan ${serapan}).`;
export const kesimpulanBelumTercapai = (daftar: string) => `Indikator yang belum mencapai target: ${daftar}.`;
export const kesimpulanSemuaTercapai = "Seluruh indikator yang terukur mencapai atau melampaui target.";

/** Analysis (e): headings, and the marks for what only the office can state. */
export const E = {
  pendukung: "Faktor pendukung",
  penghambat: "Faktor penghambat",
  solusi: "Alternatif solusi",
  langkah: "Langkah ke depan",
} as const;
export const narasiIndikator = (kode: string, teks: string) => `**${kode}.** ${teks}`;
export const placeholderPendukung = (nomor: number, ringkas: string) =>
  `[[Tuliskan faktor yang mendukung capaian Sasaran ${nomor} (${ringkas}).]]`;
export const placeholderPenghambat = (nomor: number) => `[[Tuliskan kendala yang dihadapi dalam pelaksanaan Sasaran ${nomor}.]]`;
export const placeholderPenghambatIndikator = (kode: string, indikator: string, kurang: string) =>
  `[[Tuliskan penyebab ${kode} "${indikator}" berada ${kurang} di bawah target.]]`;
export const ringkasSasaran = (capaian: string, tercapai: string) => `capaian ${capaian}; ${tercapai}`;
export const solusiTutupTarget = (nomor: number, indikator: string, arah: "naik" | "turun", perTahun: string, tahunAkhir: number) =>
  `Untuk Sasaran ${nomor}, "${indikator}" perlu ${arah} rata-rata ${perTahun} per tahun agar target akhir ${tahunAkhir} tercapai.`;
export const solusiKurangTahunIni = (kode: string, kurang: string) =>
  `Kekurangan ${kurang} pada ${kode} tahun ini perlu dikejar lebih dulu pada tahun berikutnya.`;
export const solusiPercepat = (kegiatan: string, serapan: string) =>
  `Pelaksanaan ${kegiatan}, yang serapannya paling rendah (${serapan}), perlu dijadwalkan lebih awal.`;
export const solusiPertahankan = (nomor: number) =>
  `Seluruh indikator Sasaran ${nomor} sudah mencapai target tahun ini dan target akhir Renstra; cara kerja yang menghasilkannya perlu dipertahankan.`;
export const langkahTargetBerikut = (indikator: string, tahun: number, target: string, kini: string) =>
  `Target "${indikator}" untuk ${tahun} adalah ${target}, dibandingkan realisasi tahun ini ${kini}.`;
export const langkahTanpaTarget = (nomor: number, tahun: number) =>
  `Target Sasaran ${nomor} untuk ${tahun} belum ditetapkan dalam Renstra.`;

export const jabatanKepalaDaerah = (pemda: string): string => {
  const p = pemda.trim();
  const m = /^(kota|kabupaten|kab\.|provinsi)\s+(.+)$/i.exec(p);
  if (!m) return `Kepala Daerah ${p}`;
  const jenis = m[1]!.toLowerCase();
  const nama = m[2]!;
  if (jenis === "kota") return `Wali Kota ${nama}`;
  if (jenis === "provinsi") return `Gubernur ${nama}`;
  return `Bupati ${nama}`;
};
export const jabatanKepalaBawaan = (instansi: string) => `Kepala ${instansi}`;

// ---------------------------------------------------------------------------------------------------------------
// `lkip build` messages

export const findingLine = (where: string, severity: string, message: string, rule: string) =>
  `${where}  ${severity}  ${message}  ${rule}`;
export { summaryLine as findingsSummary } from "./check.js";
export const narasiBelumDiisi = (keys: string[]) =>
  `Analisis yang hanya dapat ditulis instansi belum diisi (${keys.length} baris Narasi; dokumen memuat tanda kuning ` +
  `di tempatnya):\n${keys.map((k) => `  - ${k}`).join("\n")}`;
export const refusedErrors = (errors: number) =>
  `Dokumen tidak ditulis: ada ${errors} temuan tingkat error. Perbaiki workbook, atau jalankan dengan --force untuk tetap menulisnya.`;
export const forcedWithErrors = (errors: number) =>
  `Ada ${errors} temuan tingkat error; dokumen tetap ditulis karena --force.`;
export const written = (file: string) => `Dokumen ditulis: ${file}`;
export const replacedOwn = (file: string) => `(menggantikan dokumen lkip sebelumnya di ${file})`;
export const pdfNeedsFlag = (file: string) =>
  `${file}: lkip build menulis .docx; untuk PDF tambahkan --pdf (ditulis ${file.replace(/\.pdf$/i, ".docx")} dan ${file})`;
export const pdfWritten = (file: string) => `PDF ditulis: ${file}`;
export const pdfNoSoffice =
  "PDF tidak dibuat: LibreOffice (perintah soffice) tidak ditemukan. Pasang LibreOffice (mis. paket libreoffice-writer), " +
  "atau buka dokumen .docx di Word dan simpan sebagai PDF.";
export const pdfFailed = (reason: string) => `PDF tidak dibuat: konversi LibreOffice gagal (${reason}).`;
export const pdfTimeout = "waktu habis";
export const noPdfOutput = "LibreOffice tidak menghasilkan berkas PDF";
export const warnLogo = (name: string, cell: string, problem: string) => `Logo "${name}" (${cell}) ${problem}; sampul dibuat tanpa logo`;
export const logoOptionFailed = (file: string, problem: string) => `--logo ${file}: ${problem}`;
export const logoProblem = (p: LogoProblem): string => {
  switch (p.kind) {
    case "absolute":
      return "harus nama berkas relatif terhadap folder workbook, bukan jalur mutlak (atau pakai --logo)";
    case "outside":
      return "berada di luar folder workbook (atau pakai --logo)";
    case "missing":
      return "tidak ditemukan";
    case "not-file":
      return "bukan berkas biasa";
    case "too-large":
      return `terlalu besar: ${formatNumber(p.bytes)} bita, batas ${formatNumber(LOGO_LIMITS.bytes / 1024 / 1024)} MiB`;
    case "not-image":
      return "bukan gambar PNG atau JPEG";
    case "dimensions":
      return `berukuran ${formatNumber(p.width)} × ${formatNumber(p.height)} piksel; setiap sisi harus 1–${formatNumber(LOGO_LIMITS.pixels)} piksel`;
  }
};
export const warnTemplateUnknown = (file: string) => `Berkas templat ${file} tidak dikenal dan tidak dipakai`;
export const templatesDirMissing = (dir: string) => `folder templat ${dir} tidak ada`;
export const unknownPlaceholder = (file: string, name: string, known: string[]) =>
  `Templat ${file} memakai {${name}} yang tidak dikenal; yang tersedia: ${known.map((k) => `{${k}}`).join(", ")}`;
export const templateMissing = (key: string) => `Templat bawaan ${key} tidak ditemukan (instalasi lkip tidak lengkap)`;
export const noPkRows = (sheet: string, cell: string) =>
  `${sheet}!${cell}: sheet ${sheet} tidak berisi baris indikator; BAB II dan BAB III tidak dapat disusun`;
export const noPrograms = (sheet: string, cell: string) =>
  `${sheet}!${cell}: sheet ${sheet} tidak berisi baris program; realisasi anggaran (BAB III) tidak dapat disusun`;
export const noYear = (where: string) =>
  `${where}: Tahun laporan tidak diisi dan tidak dapat disimpulkan; judul dan tabel dokumen memerlukannya`;
export const noInstansi = (where: string) => `${where}: Nama Instansi tidak diisi; sampul dan judul dokumen memerlukannya`;
export const documentTooLarge = (file: string, cells: number, limit: number) =>
  `${file}: dokumen akan memuat sekitar ${formatNumber(cells)} sel tabel, melebihi batas ${formatNumber(limit)}; ` +
  `ringkas sheet Anggaran (misalnya tanpa baris sub kegiatan) atau PK, lalu coba lagi`;
export const pagesNotEstimated = (cells: number) =>
  `Dokumen besar (sekitar ${formatNumber(cells)} sel tabel) memuat unsur yang tidak dapat ditata lkip: nomor halaman ` +
  `Daftar Isi, Daftar Tabel, dan Daftar Gambar tidak dihitung; Word akan menawarkan memperbarui daftar itu saat dokumen dibuka.`;
