// Messages of the command line: help texts, usage errors, exit summaries.

export const programDescription =
  "Menyusun Laporan Kinerja Instansi Pemerintah (LKIP) dalam format Word dari workbook kinerja, dan memeriksa hitungannya.";
export const helpOption = "tampilkan bantuan";
export const versionOption = "tampilkan versi";
export const debugOption = "tampilkan rincian teknis (stack trace) bila terjadi galat";
export const helpCommand = "tampilkan bantuan untuk sebuah perintah";

export const initDescription = "Membuat workbook standar LKIP yang masih kosong (atau berisi contoh dengan --contoh).";
export const initFileArg = "nama berkas workbook yang dibuat";
export const initContoh = "isi workbook dengan contoh lengkap sebuah Dinas Sosial";
export const initForce = "timpa berkas yang sudah ada";
export const initDone = (file: string, contoh: boolean) =>
  contoh ? `Workbook contoh ditulis: ${file}` : `Workbook kosong ditulis: ${file} — isi sheet-sheetnya, lalu jalankan: lkip build ${file}`;

export const buildDescription = "Menyusun dokumen LKIP (.docx) dari workbook: BAB I–IV, halaman depan, tabel, grafik, dan lampiran.";
export const checkDescription =
  "Memeriksa hitungan workbook (.xlsx) atau laporan LKIP yang ditulis di Word (.docx): setiap jumlah, persentase, dan capaian dihitung ulang; setiap sel yang salah ditunjukkan.";
export const checkFileArg = "workbook kinerja (.xlsx) atau laporan LKIP (.docx), dikenali dari isinya";
export const capaianDescription = "Menampilkan tabel pengukuran kinerja: target, realisasi, capaian, dan kategori tiap indikator, serta serapan anggaran.";
export const cascadingDescription =
  "Menyusun dokumen Pengukuran Kinerja Individu (.docx) dari sheet Cascading: pohon sasaran dan indikator dari Kepala Dinas sampai setiap jabatan, dengan tanda tangan Kepala Dinas.";
export const cascadingOutput =
  "berkas .docx keluaran (bawaan: Cascading-<instansi>-<tahun>.docx di samping workbook); dengan --pdf boleh .pdf: keduanya ditulis";
export const cascadingForce = "timpa berkas keluaran yang sudah ada walau bukan buatan lkip (workbook masukan tidak pernah)";
export const batchCascading = "susun juga dokumen Pengukuran Kinerja Individu setiap kantor yang workbook-nya memiliki sheet Cascading";
export const batchDescription = "Menyusun atau memeriksa LKIP banyak perangkat daerah sekaligus, lalu membuat rekap.";

export const buildOutput =
  "berkas .docx keluaran (bawaan: LKIP-<instansi>-<tahun>.docx di samping workbook); dengan --pdf boleh .pdf: keduanya ditulis";
export const buildForce = "tulis dokumen walau ada temuan tingkat error, dan timpa berkas keluaran yang bukan buatan lkip";
export const buildPdf = "buat juga PDF dengan LibreOffice (bila terpasang)";
export const buildLogo = "gambar logo sampul (PNG/JPEG, paling besar 5 MiB), menggantikan Profil › Logo";
export const buildTemplates = "folder teks bawaan milik instansi, menggantikan templates/ bawaan";
export const checkAnnotate =
  "tulis salinan workbook (.xlsx) dengan sel bermasalah diwarnai dan diberi catatan, atau salinan laporan Word (.docx) dengan komentar pada setiap temuan";
export const checkForce = "timpa berkas --annotate yang sudah ada walau bukan buatan lkip (workbook masukan tidak pernah)";
export const checkMaxWarnings = "keluar dengan kode 1 bila jumlah peringatan melebihi n";
export const checkConfig = "berkas konfigurasi (bawaan: lkip.config.json di samping workbook)";
export const checkQuiet = "tampilkan hanya temuan tingkat error";
export const batchCheckOnly = "hanya memeriksa, tanpa menyusun dokumen";
export const batchConfig = "berkas konfigurasi untuk semua kantor (bawaan: lkip.config.json di samping setiap workbook)";
export const batchOut = "folder keluaran (struktur folder masukan dicerminkan)";
export const batchJobs = "jumlah pekerja paralel (bawaan: jumlah inti prosesor)";
export const batchRecap = "berkas rekap .xlsx (bawaan: rekap-lkip-<tanggal>.xlsx di folder --out, atau di folder pertama)";
export const batchForce =
  "tulis dokumen walau ada temuan tingkat error, dan timpa dokumen atau rekap yang bukan buatan lkip (workbook masukan tidak pernah)";
export const notACount = (value: string) => `"${value}" bukan bilangan bulat tidak negatif`;
export const workbookArg = "workbook kinerja (.xlsx)";
export const foldersArg = "folder yang berisi workbook perangkat daerah";
export const formatOption = "format keluaran";
export const outputOption = "berkas keluaran";

export const readSummary = (file: string, sheets: string, problems: number) =>
  `${file}: sheet terbaca ${sheets}; ${problems === 0 ? "tidak ada masalah pembacaan" : `${problems} masalah pembacaan`}`;
export const notYet = (command: string) => `Perintah "${command}" belum tersedia pada versi ini; workbook sudah dibaca seperti di atas.`;

export const unexpected = (message: string) =>
  `Terjadi galat internal: ${message}. Jalankan ulang dengan --debug untuk rinciannya dan laporkan ke pengembang.`;
export const badFormat = (value: string, allowed: string) => `format "${value}" tidak dikenal; pilihan: ${allowed}`;

/** Commander's English help and error words, in Indonesian. */
export const commanderWords: [RegExp, string][] = [
  [/^Usage:/gm, "Penggunaan:"],
  [/^Options:/gm, "Opsi:"],
  [/^Commands:/gm, "Perintah:"],
  [/^Arguments:/gm, "Argumen:"],
  [/^Global Options:/gm, "Opsi umum:"],
  [/\[options\]/g, "[opsi]"],
  [/\[command\]/g, "[perintah]"],
  [/\bdefault:/g, "bawaan:"],
  [/\bchoices:/g, "pilihan:"],
  [/^error: unknown option '(.+)'/gm, "lkip: opsi tidak dikenal '$1'"],
  [/^error: unknown command '(.+)'/gm, "lkip: perintah tidak dikenal '$1'"],
  [/^error: missing required argument '(.+)'/gm, "lkip: argumen wajib '$1' tidak diberikan"],
  [/^error: too many arguments.*$/gm, "lkip: argumen terlalu banyak"],
  [/^error: option '(.+)' argument missing/gm, "lkip: opsi '$1' memerlukan nilai"],
  [/^error: option '(.+)' argument '(.+)' is invalid\. Allowed choices are (.+)\./gm, "lkip: nilai '$2' untuk opsi '$1' tidak sah; pilihan: $3"],
  [/^\(Did you mean (.+)\?\)/gm, "(Maksud Anda $1?)"],
];
