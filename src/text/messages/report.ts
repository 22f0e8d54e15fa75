// The document's fixed Indonesian labels (chapter and section titles, table headers, captions, the sentences written
// around the engine's figures) and the messages of `lkip build`. Narrative paragraphs an office may rewrite live in
// templates/ instead; everything here is wording the document needs whatever the office.

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
  anggaran: "Realisasi Anggaran",
  penyebab: "Penyebab",
  solusi: "Alternatif solusi",
} as const;

export const BAB4 = {
  kesimpulan: "Kesimpulan",
  langkah: "Langkah Perbaikan ke Depan",
} as const;

export const LAMPIRAN = {
  pk: (tahun: number) => `Lampiran 1 Perjanjian Kinerja Tahun ${tahun}`,
  fpk: (tahun: number) => `Lampiran 2 Formulir Pengukuran Kinerja Tahun ${tahun}`,
  pkJudul: (tahun: number) => `PERJANJIAN KINERJA TAHUN ${tahun}`,
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
  ppks: (kode: string) => `Rincian Realisasi Penerima Layanan ${kode}`,
  anggaran: (tahun: number) => `Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun ${tahun}`,
  fpk: (tahun: number) => `Formulir Pengukuran Kinerja Tahun ${tahun}`,
  fpkAnggaran: (tahun: number) => `Anggaran dan Realisasi Program Tahun ${tahun}`,
  lampiranPk: (tahun: number) => `Perjanjian Kinerja Tahun ${tahun}: Sasaran, Indikator dan Target`,
  lampiranPkAnggaran: (tahun: number) => `Perjanjian Kinerja Tahun ${tahun}: Program dan Anggaran`,
} as const;

export const GAMBAR = {
  capaian: (tahun: number) => `Grafik Capaian Kinerja per Indikator Tahun ${tahun}`,
  tren: (indikator: string) => `Grafik Target dan Realisasi Antartahun: ${indikator}`,
  serapan: (tahun: number) => `Grafik Serapan Anggaran per Program Tahun ${tahun}`,
} as const;

export const tabelLabel = (nomor: string) => `Tabel ${nomor}`;
export const gambarLabel = (nomor: string) => `Gambar ${nomor}`;
export const sumber = (text: string) => `Sumber: ${text}`;
/** The office's own sources, as a report names them: its Renstra, its PK, its budget realisation, its own data. */
export const SUMBER = {
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
  kustom: "skala penilaian instansi (sheet Skala)",
};

// ---------------------------------------------------------------------------------------------------------------
// Sentences around the figures

/** `4 (empat)`. */
export const hitungan = (n: number, kata: string) => `${n} (${kata})`;

export const kataPengantarPenutup = (tempat: string, tanggal: string) => `${tempat}, ${tanggal}`;
export const nip = (n: string) => `NIP. ${n}`;
export const tandaTanganKosong = "(.........................................)";
export const tanggalKosong = "[[tanggal penandatanganan]]";
export const isiProfil = (kunci: string) => `[[isi ${kunci} pada sheet Profil]]`;

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
  `Sasaran ini diukur dengan ${jumlah} indikator kinerja (${indikator}). Belum ada program yang dikaitkan dengan ` +
  `sasaran ini pada sheet Anggaran (kolom Sasaran).`;
export const jumlahProgram = (n: string) => `${n} program`;

export const indikatorTercapai = (indikator: string, target: string, realisasi: string, capaian: string, kategori?: string) =>
  `Indikator "${indikator}" ditargetkan ${target} dan terealisasi ${realisasi}, sehingga capaiannya ${capaian}` +
  (kategori ? ` (${kategori})` : "") +
  `. Target tahun ini tercapai.`;
export const indikatorTidakTercapai = (indikator: string, target: string, realisasi: string, capaian: string, kategori?: string) =>
  `Indikator "${indikator}" ditargetkan ${target} dan terealisasi ${realisasi}, sehingga capaiannya ${capaian}` +
  (kategori ? ` (${kategori})` : "") +
  `. Target tahun ini belum tercapai.`;
export const indikatorTanpaCapaian = (indikator: string, alasan: string) =>
  `Capaian indikator "${indikator}" belum dapat dihitung: ${alasan}.`;
export const formulaLabel = "Formula indikator";
export const realisasiRasio = (pembilang: string, penyebut: string, hasil: string) =>
  `Realisasi = ${pembilang} / ${penyebut} × 100% = ${hasil}`;
export const targetJumlah = (target: string, penyebut: string, jumlah: string) =>
  `Target dalam jumlah = ${target} × ${penyebut} = ${jumlah}`;
export const capaianRasio = (pembilang: string, targetJumlah: string, hasil: string) =>
  `Capaian = ${pembilang} / ${targetJumlah} × 100% = ${hasil}`;
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

export const riwayatNaik = (indikator: string, lalu: string, tahunLalu: number, kini: string, tahun: number) =>
  `Realisasi "${indikator}" meningkat dari ${lalu} pada ${tahunLalu} menjadi ${kini} pada ${tahun}.`;
export const riwayatTurun = (indikator: string, lalu: string, tahunLalu: number, kini: string, tahun: number) =>
  `Realisasi "${indikator}" menurun dari ${lalu} pada ${tahunLalu} menjadi ${kini} pada ${tahun}.`;
export const riwayatTetap = (indikator: string, lalu: string, tahunLalu: number, tahun: number) =>
  `Realisasi "${indikator}" sama dengan tahun ${tahunLalu}, yaitu ${lalu}, dan bertahan pada ${tahun}.`;
export const riwayatPolaritasNegatif =
  "Indikator ini berpolaritas negatif: penurunan realisasi berarti kinerja membaik.";
export const riwayatKosong = (indikator: string) =>
  `Belum ada data realisasi tahun-tahun sebelumnya untuk indikator "${indikator}" pada sheet IKU (kolom Realisasi <tahun>).`;
export const riwayatTakTerbanding = (indikator: string) =>
  `Realisasi "${indikator}" tahun ini dan tahun sebelumnya tidak dapat dibandingkan secara langsung.`;

export const renstraKalimat = (indikator: string, tahunAkhir: number, targetAkhir: string, realisasi: string, capaian: string) =>
  `Target akhir Renstra untuk "${indikator}" pada ${tahunAkhir} adalah ${targetAkhir}. Realisasi sampai dengan tahun ini ` +
  `(${realisasi}) setara dengan capaian ${capaian} terhadap target akhir tersebut.`;
export const renstraSudah = "Target akhir periode Renstra telah terlampaui; capaian ini perlu dipertahankan sampai akhir periode.";
export const renstraBelum = "Target akhir periode Renstra belum tercapai; capaian perlu ditingkatkan pada tahun-tahun berikutnya.";
export const renstraTanpa = (indikator: string, alasan: string) =>
  `Perbandingan "${indikator}" dengan target akhir Renstra belum dapat dihitung: ${alasan}.`;
export const renstraTanpaIku = (indikator: string) =>
  `Indikator "${indikator}" tidak ditemukan pada sheet IKU sehingga tidak ada target Renstra untuk dibandingkan.`;

export const standarKalimat = (indikator: string, realisasi: string, standar: string, capaian: string) =>
  `Realisasi "${indikator}" sebesar ${realisasi} dibandingkan standar ${standar}, setara dengan capaian ${capaian} terhadap standar.`;
export const standarTanpaCapaian = (indikator: string, alasan: string) =>
  `Perbandingan "${indikator}" dengan standar belum dapat dihitung: ${alasan}.`;
export const standarKosong =
  "Belum ada standar nasional atau provinsi yang dapat dibandingkan untuk indikator sasaran ini (sheet Standar).";

export const efisiensiKalimat = (pagu: string, realisasi: string, serapan: string, capaian: string, selisih: string, label: string) =>
  `Program pendukung sasaran ini memperoleh pagu ${pagu} dengan realisasi ${realisasi} atau serapan ${serapan}. ` +
  `Dengan capaian kinerja ${capaian}, selisih capaian kinerja terhadap serapan anggaran adalah ${selisih} poin persentase, ` +
  `sehingga penggunaan sumber daya dinilai ${label}.`;
export const sisaKalimat = (sisa: string, persen: string) =>
  `Anggaran yang tidak terserap sebesar ${sisa} (${persen} dari pagu).`;
export const efisiensiTanpaCapaian = (pagu: string, realisasi: string, serapan: string) =>
  `Program pendukung sasaran ini memperoleh pagu ${pagu} dengan realisasi ${realisasi} atau serapan ${serapan}; ` +
  `efisiensi belum dapat dinilai karena capaian kinerja sasaran belum dapat dihitung.`;
export const efisiensiTanpaProgram =
  "Belum ada program yang dikaitkan dengan sasaran ini pada sheet Anggaran (kolom Sasaran), sehingga efisiensi " +
  "penggunaan anggaran untuk sasaran ini tidak dapat dianalisis tersendiri.";
export const pendukungTanpaProgram =
  "Program dan kegiatan pendukung sasaran ini belum dapat dirinci karena belum ada program yang dikaitkan dengan sasaran " +
  "ini pada sheet Anggaran (kolom Sasaran).";
export const efisiensiTanpaSasaranProgram = (daftar: string) =>
  `Program yang tidak dikaitkan dengan sasaran tertentu (${daftar}) mendukung seluruh sasaran secara umum.`;
export const efisiensiCatatan =
  "Efisiensi dinilai dengan membandingkan capaian kinerja sasaran dengan serapan anggaran programnya: " +
  "efisien bila capaian kinerja tidak lebih rendah dari serapan anggaran.";

export const pendukungKalimat = (bagian: string[]) =>
  `Sasaran ini didukung oleh ${bagian.length > 1 ? `${bagian.slice(0, -1).join(", ")} dan ${bagian[bagian.length - 1]}` : bagian[0]} berikut.`;
export const rincianDi33 = "Rincian sub kegiatan program-program tersebut disajikan pada tabel realisasi anggaran di subbab 3.3.";
export const jumlahKegiatan = (n: string) => `${n} kegiatan`;
export const jumlahSub = (n: string) => `${n} sub kegiatan`;
export const ppksKalimat = (indikator: string) =>
  `Rincian penerima layanan yang membentuk realisasi indikator "${indikator}" adalah sebagai berikut.`;
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
  `Sasaran ${nomor} "${sasaran}" mencapai capaian ${capaian}${kategori ? ` (${kategori})` : ""}; ${tercapai}.`;
export const kesimpulanEfisiensi = (nomor: number, serapan: string, capaian: string, label: string) =>
  `Sasaran ${nomor}: serapan anggaran ${serapan} untuk capaian kinerja ${capaian} (${label}).`;
export const kesimpulanAnggaran = (pagu: string, realisasi: string, serapan: string) =>
  `Secara keseluruhan, realisasi anggaran ${realisasi} dari pagu ${pagu} (serapan ${serapan}).`;
export const kesimpulanBelumTercapai = (daftar: string) => `Indikator yang belum mencapai target: ${daftar}.`;
export const kesimpulanSemuaTercapai = "Seluruh indikator yang terukur mencapai atau melampaui target.";

export const placeholderPenyebab = (nomor: number) =>
  `[[Uraikan penyebab keberhasilan atau kegagalan Sasaran ${nomor}: isi baris Narasi dengan Bagian "penyebab sasaran ${nomor}".]]`;
export const placeholderSolusi = (nomor: number) =>
  `[[Uraikan alternatif solusi yang telah dan akan dilakukan untuk Sasaran ${nomor}: isi baris Narasi dengan Bagian "solusi sasaran ${nomor}".]]`;

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
export const findingsSummary = (errors: number, warnings: number, infos: number) =>
  `${errors} error, ${warnings} peringatan, ${infos} info`;
export const refusedErrors = (errors: number) =>
  `Dokumen tidak ditulis: ada ${errors} temuan tingkat error. Perbaiki workbook, atau jalankan dengan --force untuk tetap menulisnya.`;
export const forcedWithErrors = (errors: number) =>
  `Ada ${errors} temuan tingkat error; dokumen tetap ditulis karena --force.`;
export const written = (file: string) => `Dokumen ditulis: ${file}`;
export const replacedOwn = (file: string) => `(menggantikan dokumen lkip sebelumnya di ${file})`;
export const foreignExists = (file: string) =>
  `${file} sudah ada dan bukan dokumen buatan lkip; gunakan --force untuk menimpanya, atau -o untuk nama lain`;
export const pdfWritten = (file: string) => `PDF ditulis: ${file}`;
export const pdfNoSoffice =
  "PDF tidak dibuat: LibreOffice (perintah soffice) tidak ditemukan. Pasang LibreOffice (mis. paket libreoffice-writer), " +
  "atau buka dokumen .docx di Word dan simpan sebagai PDF.";
export const pdfFailed = (reason: string) => `PDF tidak dibuat: konversi LibreOffice gagal (${reason}).`;
export const pdfTimeout = "waktu habis";
export const noPdfOutput = "LibreOffice tidak menghasilkan berkas PDF";
export const warnLogoMissing = (path: string, cell: string) => `Logo ${path} (${cell}) tidak ditemukan; sampul dibuat tanpa logo`;
export const warnLogoType = (path: string, cell: string) =>
  `Logo ${path} (${cell}) bukan gambar PNG, JPEG, GIF, atau BMP; sampul dibuat tanpa logo`;
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
export const pagesNotEstimated = (cells: number) =>
  `Dokumen besar (sekitar ${formatNumber(cells)} sel tabel) memuat unsur yang tidak dapat ditata lkip: nomor halaman ` +
  `Daftar Isi, Daftar Tabel, dan Daftar Gambar tidak dihitung; Word akan menawarkan memperbarui daftar itu saat dokumen dibuka.`;
