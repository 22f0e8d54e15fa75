// Messages of `lkip check`: rule descriptions, findings, the summary line, configuration and usage errors.
// Values arrive already formatted in Indonesian notation (see src/check/show.ts); this file only words them.

/** One line per rule: what it checks. Keyed by rule id; docs/checks.md lists the same. */
export const DESCRIPTIONS = {
  // the checker's own rules
  "jumlah/total":
    "Baris Jumlah/Total pada Anggaran, PPKS, dan Indikator Program sama dengan jumlah baris yang dicakupnya, di setiap kolom angka",
  "anggaran/hierarki":
    "Setiap program sama dengan jumlah kegiatannya dan setiap kegiatan sama dengan jumlah sub kegiatannya (pagu awal, pagu perubahan, realisasi, kolom tahun, kolom jumlah uang tambahan seperti Sisa Anggaran)",
  "anggaran/sisa": "Kolom Sisa Anggaran (atau Sisa, Selisih) yang ditambahkan sama dengan pagu dikurangi realisasi di setiap baris dan baris Jumlah",
  "anggaran/kode-induk": "Kode kegiatan/sub kegiatan diawali kode induknya",
  "anggaran/kode-ganda": "Setiap kode program, kegiatan, dan sub kegiatan dipakai sekali saja",
  "anggaran/serapan": "Persen (serapan) yang tertulis sama dengan realisasi / pagu × 100",
  "anggaran/melebihi-pagu": "Realisasi anggaran tidak melebihi pagu",
  "rumus/rentang-jumlah": "Rumus SUM sebuah jumlah mencakup tepat baris-baris yang dijumlahkannya",
  "rumus/usang": "Nilai tersimpan rumus SUM sama dengan jumlah sel yang dicakupnya (workbook sudah dihitung ulang)",
  "rumus/teks-dalam-sum": "Rentang rumus SUM tidak berisi angka yang ditulis sebagai teks",
  "pk/capaian": "Capaian PK yang tertulis sama dengan capaian yang dihitung dari target dan realisasi menurut polaritas",
  "pk/rasio":
    "Realisasi indikator rasio sama dengan Pembilang / Penyebut × pengali (100 untuk persen, 1.000 atau 100.000 untuk angka per 1.000 / per 100.000, dari Satuan atau Formula)",
  "pk/target-iku": "Target PK sama dengan target IKU tahun laporan",
  "pk/triwulan": "Realisasi TW1–TW4 cocok dengan realisasi tahunan menurut aturan agregasinya",
  "pk/tanpa-realisasi": "Indikator PK yang bertarget punya realisasi",
  "pk/target-nol": "Target indikator PK tidak nol (capaian tidak dapat dihitung dari target nol)",
  "capaian/batas": "Capaian indikator tidak melebihi batas kewajaran (bawaan 300%)",
  "pk/realisasi-janggal":
    "Realisasi indikator tidak berbeda sekitar 100 kali atau lebih dari targetnya (tanda pengali rasio atau satuan yang keliru)",
  "ppks/pembilang": "Realisasi baris PPKS yang terkait sebuah indikator berjumlah sama dengan Pembilang (atau realisasi) indikator itu",
  "ppks/kode-tidak-dikenal": "Kode IKU pada PPKS menunjuk indikator yang ada di PK",
  "ppks/capaian": "Capaian PPKS yang tertulis sama dengan realisasi / target × 100",
  "indikator-program/capaian": "Capaian Indikator Program yang tertulis sama dengan capaian dari target dan realisasinya",
  "angka/negatif": "Jumlah uang dan jumlah orang tidak negatif",
  "angka/pembulatan": "Angka yang tertulis hanya berbeda karena cara membulatkan (dipotong, dibulatkan ke genap, atau — pada jumlah — selisih satu satuan)",
  "angka/pecahan": "Persentase yang tampaknya ditulis sebagai pecahan (0,855 untuk 85,5 %) pada indikator bersatuan % dan kolom Persen anggaran",
  "angka/penyebut-nol": "Persentase yang penyebutnya nol atau kosong tidak dapat diperiksa",
  "profil/kunci-hilang": "Profil berisi data yang diperlukan dokumen (nama instansi, pemerintah daerah, tahun, penanda tangan)",
  "profil/perjanjian-kinerja":
    "Profil menyebut Perjanjian Kinerja sebagaimana ditandatangani: tanggalnya pada tahun laporan, nama dan jabatan kepala daerah, dan tanggal PK perubahan bila pagu berubah",
  "nip/tidak-sah":
    "NIP Kepala di Profil dan setiap NIP di Struktur dan Cascading terdiri atas 18 angka: tanggal lahir (8), TMT CPNS (6), jenis kelamin (1 atau 2), nomor urut (3), dengan tanggal yang mungkin",
  "nip/berbeda": "Orang yang sama (nama yang sama, tanpa gelar) ditulis dengan NIP yang sama di Profil, Struktur, dan Cascading",
  "cascading/atasan":
    "Sheet Cascading membentuk satu pohon kinerja: tepat satu jabatan tanpa Kode Atasan (puncak) dan setiap Kode Atasan menunjuk Kode jabatan yang ada",
  "cascading/siklus": "Rantai Kode Atasan di sheet Cascading tidak berputar kembali ke jabatan yang sama",
  "cascading/puncak": "Sasaran dan indikator jabatan puncak Cascading (kepala perangkat daerah) ada di sheet IKU atau PK, menurut Kode IKU atau teksnya",
  "cascading/dukungan": "Setiap indikator IKU/PK dimuat jabatan puncak Cascading dan diturunkan ke sedikitnya satu jabatan di bawahnya",
  "cascading/tanpa-indikator": "Setiap sasaran sebuah jabatan di sheet Cascading punya sedikitnya satu indikator",
  "cascading/indikator-ganda": "Indikator yang sama tidak ditulis dua kali pada satu jabatan, atau pada dua jabatan di bawah atasan yang sama",
  "cascading/capaian": "Capaian yang tertulis di sheet Cascading sama dengan capaian yang dihitung dari target dan realisasinya",
  "cascading/agregasi":
    "Capaian baris Cascading yang kolom Agregasinya diisi (rata-rata, terendah, tertinggi) sama dengan gabungan capaian jabatan-jabatan langsung di bawahnya; untuk jumlah, realisasinya sama dengan jumlah realisasi mereka",
  "struktur/atasan": "Sheet Struktur membentuk satu bagan: satu jabatan tanpa atasan (puncak) dan setiap atasan yang disebut ada di kolom Jabatan",
  "lembar/tidak-ada": "Sheet utama (Profil, IKU, PK, Anggaran) ada; tanpa sheet itu workbook tidak lengkap dan sebagian pemeriksaan tidak dijalankan",
  "data/tidak-dicetak":
    "Setiap baris yang diisi pada sheet pendukung (Standar, Indikator Program, PPKS, triwulan, Keterangan) tercetak di laporan; yang tidak dapat dicetak disebut",
  "narasi/kunci-hilang":
    "Narasi berisi analisis yang hanya dapat ditulis instansi: faktor pendukung, penghambat, solusi, dan langkah ke depan setiap sasaran, alasan sisa anggaran, serta penghambat dan solusi setiap indikator di bawah target",
  "lembar/kosong": "Sheet utama (Profil, IKU, PK, Anggaran) berisi data di bawah baris judulnya",
  // problems found while reading the workbook
  "baca/bukan-angka": "Sel di kolom angka berisi teks, tanggal, atau nilai lain yang bukan angka",
  "baca/angka-ambigu": "Angka teks seperti 1.576 atau 1,576 dibaca cara Indonesia; cara membacanya dan arti lainnya dieja dengan kata",
  "baca/rumus-tanpa-nilai": "Rumus tanpa nilai tersimpan (workbook belum pernah dihitung ulang)",
  "baca/nilai-galat": "Sel berisi nilai galat (#DIV/0!, #N/A, #REF!, …)",
  "baca/kolom-hilang": "Baris judul kolom sebuah sheet tidak ditemukan atau kolom wajibnya tidak ada",
  "baca/kolom-lain": "Kolom yang judulnya tidak dikenal, atau bertahun selain tahun laporan, diabaikan",
  "baca/sheet-ganda": "Dua sheet dikenali sebagai sheet yang sama; hanya yang pertama dibaca",
  "baca/level": "Level baris anggaran tidak dikenal atau tidak dapat ditentukan",
  "baca/tanpa-induk": "Kegiatan atau sub kegiatan tanpa induk di atasnya",
  "baca/baris-tanpa-label": "Baris berisi angka tetapi tanpa uraian/indikator",
  "baca/polaritas": "Polaritas tidak dikenal (dibaca positif)",
  "baca/agregasi": "Agregasi triwulan tidak dikenal",
  "baca/profil": "Isian Profil yang bertipe (Tahun, Desimal, Batas Capaian) tidak sah",
  "baca/rumus-bersama": "Sel memakai rumus bersama (shared formula) yang sel induknya tidak ada; nilai tersimpannya dibaca tanpa rumus",
  // problems found while computing
  "pk/tanpa-iku": "Setiap indikator PK ada di IKU (menurut kode atau teks indikator)",
  "anggaran/sasaran-tidak-dikenal": "Sasaran yang ditunjuk sebuah program ada di PK",
  "profil/tahun-disimpulkan": "Tahun laporan tidak diisi di Profil dan disimpulkan dari kolom tahun IKU",
  "profil/tahun-tidak-diketahui": "Tahun laporan tidak diisi dan tidak dapat disimpulkan",
  "profil/skala-tidak-dikenal": "Skala Penilaian di Profil dikenal",
  "skala/kosong": "Skala kustom dipilih dan sheet Skala berisi batas serta kategori",
  "skala/tidak-dipakai": "Sheet Skala diisi tetapi tidak dipakai karena Skala Penilaian bukan kustom",
  "profil/metode-efisiensi": "Metode Efisiensi di Profil dikenal (selisih, sisa, atau rasio)",
} as const;

export type RuleId = keyof typeof DESCRIPTIONS;

// ---- shared shapes -------------------------------------------------------------------------------------------------

export const percentPoints = (n: string) => `${n} poin persen`;

/** `<subject> <stated> ≠ <basis> <expected> (selisih <difference>)`. */
export const mismatch = (subject: string, stated: string, basis: string, expected: string, difference: string) =>
  `${subject} ${stated} ≠ ${basis} ${expected} (selisih ${difference})`;

const HOW = {
  dipotong: "angkanya dipotong, bukan dibulatkan",
  "setengah-genap": "angkanya dibulatkan ke genap, bukan ke atas",
  "satu-satuan": "selisih satu satuan angka terakhir, mungkin karena angka masukannya sudah dibulatkan",
} as const;

export const rounding = (
  subject: string,
  stated: string,
  basis: string,
  exact: string,
  expected: string,
  how: keyof typeof HOW,
) => `${subject} ${stated} ≈ ${basis} ${exact}: ${HOW[how]} (dibulatkan dengan benar: ${expected})`;

export const overNothing = (subject: string, stated: string, denominator: string) =>
  `${subject} ${stated} tidak dapat diperiksa: ${denominator} bernilai nol atau kosong`;

export const ratio = (a: string, b: string) => `${a} / ${b} =`;
export const ratioTimes100 = (a: string, b: string) => `${a} / ${b} × 100 =`;

// ---- totals and budget ---------------------------------------------------------------------------------------------

export const totalSubject = (label: string, column: string) => `${label} ${column}`;
export const totalBasis = (count: number, what: string) => `jumlah ${count} ${what}`;
export const rowsWord = "baris";
export const columnSubject = (column: string, subject: string) => `${column} ${subject}`;
export const childrenBasis = (count: number, level: string) => `jumlah ${count} ${level}`;

export const codeNotUnderParent = (kode: string, level: string, parentKode: string, parentSubject: string) =>
  `Kode ${kode} (${level}) tidak diawali kode induknya ${parentKode} (${parentSubject})`;
export const duplicateCode = (kode: string, firstCell: string, firstSubject: string) =>
  `Kode ${kode} sudah dipakai di ${firstCell} (${firstSubject}); setiap program, kegiatan, dan sub kegiatan perlu kode sendiri`;

export const persenSubject = (subject: string) => `Persen ${subject}`;
export const persenTotalSubject = (label: string) => `Persen baris ${label}`;
export const serapanBasis = (realisasi: string, paguLabel: string, pagu: string) =>
  ratioTimes100(`realisasi ${realisasi}`, `${paguLabel} ${pagu}`);
export const paguDenominator = (paguLabel: string) => paguLabel;
export const sisaBasis = (pagu: string, realisasi: string) => `pagu ${pagu} − realisasi ${realisasi} =`;

export const overBudget = (subject: string, realisasi: string, paguLabel: string, pagu: string, lebih: string, serapan: string) =>
  `Realisasi ${subject} ${realisasi} melebihi ${paguLabel} ${pagu} (lebih ${lebih}; serapan ${serapan})`;

export const negative = (column: string, subject: string, value: string) =>
  `${column} ${subject} bernilai negatif (${value}); jumlah uang dan jumlah orang tidak boleh negatif`;

// ---- formulas ------------------------------------------------------------------------------------------------------

export const rowList = (rows: string[], more: number) =>
  `baris ${rows.join(", ")}${more > 0 ? `, dan ${more} baris lain` : ""}`;
export const rangeMissing = (formula: string, what: string, rows: string) =>
  `Rumus =${formula} tidak mencakup ${rows} yang termasuk ${what}`;
export const rangeExtra = (rows: string) => `mencakup pula ${rows} yang bukan bagiannya`;
export const rangeExtraOnly = (formula: string, what: string, rows: string) =>
  `Rumus =${formula} pada ${what} ${rangeExtra(rows)}`;
export const rangeCachedAgrees = "nilai tersimpannya kebetulan sama dengan jumlah yang benar, tetapi akan salah bila angkanya berubah";
export const ofTotal = (label: string) => `baris ${label}`;
export const ofParent = (subject: string) => subject;

export const staleFormula = (formula: string, cached: string, range: string, sum: string, difference: string) =>
  `Rumus =${formula} menyimpan ${cached}, padahal ${range} berjumlah ${sum} (selisih ${difference}): workbook disimpan ` +
  `tanpa dihitung ulang; buka di Excel, hitung ulang, lalu simpan`;
export const textInSum = (formula: string, cells: string, withText: string, withoutText: string) =>
  `Rumus =${formula} menjumlahkan angka yang ditulis sebagai teks (${cells}); Excel melewatkan teks dalam SUM, sehingga ` +
  `jumlahnya berubah dari ${withText} menjadi ${withoutText} ketika workbook dihitung ulang. Ketik ulang sel itu sebagai angka`;

// ---- performance ---------------------------------------------------------------------------------------------------

export const capaianSubject = (subject: string) => `Capaian ${subject}`;
export const realisasiSubject = (subject: string) => `Realisasi ${subject}`;
export const capaianPositifBasis = (realisasi: string, target: string) => ratioTimes100(`realisasi ${realisasi}`, `target ${target}`);
export const capaianNegatifBasis = (realisasi: string, target: string) =>
  `(2 × target ${target} − realisasi ${realisasi}) / target ${target} × 100 (polaritas negatif) =`;
export const capaianRentangBasis = (realisasi: string, target: string, polaritas: string) =>
  `realisasi ${realisasi} terhadap rentang target ${target} (polaritas ${polaritas}) =`;
export const capaianOrdinalBasis = (realisasi: string, target: string) =>
  `realisasi ${realisasi} terhadap target ${target} pada skala huruf =`;
export const fractionRealisasi = (subject: string) => `Realisasi ${subject}`;
export const fractionTarget = (subject: string) => `Target ${subject}`;
export const fractionPersen = (kode: string) => `Persen anggaran ${kode}`;
/** `value` and `times100` in Indonesian notation: 0,855 and 85,5. */
export const fractionPercent = (what: string, value: string, times100: string) =>
  `${what} ${value} tampaknya ditulis sebagai pecahan (${value} = ${times100} %); tulis ${times100} atau beri sel itu format persen`;
export const targetZeroDenominator = "target";
export const penyebutDenominator = "Penyebut";
export const rasioBasis = (pembilang: string, penyebut: string, pengali: string) =>
  `Pembilang ${pembilang} / Penyebut ${penyebut} × ${pengali} =`;

export const targetVsIku = (subject: string, target: string, year: number, ikuCell: string, ikuTarget: string) =>
  `Target PK ${subject} ${target} berbeda dengan Target ${year} di IKU (${ikuCell}) ${ikuTarget}; wajar bila PK perubahan ` +
  `menetapkan target baru (jelaskan di Keterangan), selain itu salah satunya keliru`;

const AGGREGATION = {
  jumlah: "jumlah realisasi triwulan",
  terakhir: "realisasi triwulan terakhir yang terisi",
  "rata-rata": "rata-rata realisasi triwulan",
} as const;
export const quarterBasis = (agregasi: keyof typeof AGGREGATION, bawaan: boolean, satuan: string | undefined) =>
  `${AGGREGATION[agregasi]} ${bawaan ? `(aturan bawaan untuk satuan ${satuan ?? "tanpa satuan"})` : "(kolom Agregasi)"}`;
export const quarterLetters = (subject: string, stated: string, basis: string, annual: string) =>
  `Realisasi ${subject} ${stated} ≠ ${basis} ${annual}`;

export const noRealisasi = (subject: string, target: string) =>
  `Indikator ${subject.replace(/^indikator /, "")} punya target ${target} tetapi tidak punya realisasi (Realisasi, ` +
  `Pembilang/Penyebut, maupun realisasi triwulan kosong); capaiannya tidak dapat diukur`;
export const targetZero = (subject: string) =>
  `Target ${subject} bernilai 0: capaian tidak dapat dihitung (pembagian dengan nol); nyatakan targetnya dengan cara lain, ` +
  `misalnya persentase penurunan`;
export const farFromTarget = (subject: string, realisasi: string, target: string, kali: string, lebihBesar: boolean, saran: string) =>
  `Realisasi ${subject} ${realisasi} sekitar ${kali} kali lebih ${lebihBesar ? "besar" : "kecil"} dari targetnya ${target}; ${saran}`;
export const farFromTargetRasio = (pengali: string, bawaan: boolean) =>
  `realisasi dihitung Pembilang / Penyebut × ${pengali}` +
  (bawaan ? " (bawaan, karena Satuan dan Formula tidak menyebut pengali)" : "") +
  `; nyatakan pengali yang benar di Satuan (mis. "per 100.000 kelahiran hidup", "per 1.000", "‰", "indeks") atau di Formula IKU (mis. "× 100.000")`;
export const farFromTargetSatuan =
  "periksa apakah target dan realisasi ditulis dalam satuan yang sama (mis. persen sebagai 0,85 dan 85, atau rupiah dan juta rupiah)";
export const aboveCeiling = (subject: string, capaian: string, ceiling: string, target: string, realisasi: string) =>
  `Capaian ${subject} ${capaian} melebihi batas kewajaran ${ceiling}; periksa target (${target}) dan realisasi (${realisasi})`;

export const ppksSubject = (what: "Pembilang" | "Realisasi", subject: string) => `${what} ${subject}`;
export const ppksBasis = (count: number, kode: string) => `jumlah Realisasi ${count} baris PPKS berkode ${kode}`;
export const ppksUnknownCode = (kode: string) =>
  `Kode IKU "${kode}" pada PPKS tidak cocok dengan kode indikator mana pun di PK; baris-baris ini tidak dijumlahkan ke ` +
  `indikator mana pun`;
export const ppksRowSubject = (kategori: string) => `Capaian ${kategori}`;
export const programIndicatorSubject = (indikator: string) => `Capaian indikator program ${indikator}`;

// ---- profil and sheets ---------------------------------------------------------------------------------------------

export const profilKeyMissing = (key: string, purpose: string) =>
  `Isian Profil "${key}" kosong atau tidak ada; diperlukan untuk ${purpose}`;
export const pkKeyMissing = (key: string, akibat: string) => `Isian Profil "${key}" kosong atau tidak ada; ${akibat}`;
export const PK_AKIBAT = {
  tanggalPk: "lampiran Perjanjian Kinerja mencetak tempat isian tanggal, bukan tanggal penandatanganannya",
  namaKepalaDaerah: "blok tanda tangan PIHAK KEDUA pada Perjanjian Kinerja dicetak tanpa nama",
  jabatanKepalaDaerah: (jabatan: string) => `jabatan PIHAK KEDUA pada Perjanjian Kinerja disimpulkan dari Pemerintah Daerah: "${jabatan}"`,
  tanggalPkPerubahan: (awal: string, perubahan: string) =>
    `pagu berubah (pagu awal ${awal}, pagu perubahan ${perubahan}) tetapi hanya PK murni dengan pagu awal yang dilampirkan; isi tanggal PK perubahan agar keduanya dilampirkan`,
} as const;
export const pkDateUnreadable = (key: string, text: string) =>
  `Isian Profil "${key}" "${text}" tidak terbaca sebagai tanggal; tulis sebagai tanggal Excel atau seperti 6 Januari 2025`;
export const pkDateYear = (key: string, tanggal: string, tahun: number) =>
  `Isian Profil "${key}" ${tanggal} tidak jatuh pada tahun laporan ${tahun}; Perjanjian Kinerja ditandatangani pada tahun yang diperjanjikan`;
export const pkPerubahanBeforeMurni = (murni: string, perubahan: string) =>
  `Tanggal PK Perubahan ${perubahan} lebih awal dari Tanggal PK ${murni}`;
export const nipTidakSah = (nip: string, whose: string, problem: string) => `NIP "${nip}" (${whose}) tidak sah: ${problem}`;
export const nipBukanAngka = () => "NIP hanya berisi angka (spasi boleh sebagai pemisah)";
export const nipPanjang = (n: number) =>
  `berisi ${n} angka, padahal NIP terdiri atas 18 angka (8 tanggal lahir, 6 TMT CPNS, 1 jenis kelamin, 3 nomor urut)`;
export const nipTanggalLahir = (digits: string) => `8 angka pertama, ${digits}, bukan tanggal lahir (tahun, bulan, tanggal)`;
export const nipTahunLahir = (year: number, tahun: number) =>
  `tahun lahir ${year} tidak mungkin bagi pegawai yang bekerja pada ${tahun}`;
export const nipTmtBulan = (digits: string) => `angka ke-9 sampai ke-14, ${digits}, bukan tahun dan bulan TMT CPNS`;
export const nipTmtMuda = (digits: string, age: number) =>
  `TMT CPNS ${digits.slice(0, 4)}-${digits.slice(4)} berarti diangkat pada usia ${age} tahun, sebelum usia 18 tahun`;
export const nipTmtNanti = (digits: string, tahun: number) =>
  `TMT CPNS ${digits.slice(0, 4)}-${digits.slice(4)} jatuh sesudah tahun laporan ${tahun}`;
export const nipKelamin = (digit: string) => `angka ke-15 (jenis kelamin) adalah ${digit}, padahal hanya 1 (laki-laki) atau 2 (perempuan)`;
export const nipUrutNol = () =>
  "nomor urut (3 angka terakhir) 000 tidak ada; NIP yang diketik sebagai angka dibulatkan Excel menjadi 15 angka penting sehingga angka terakhirnya menjadi 0 — tulis NIP sebagai teks";
export const nipBerbeda = (nip: string, nama: string, otherCell: string, otherNip: string) =>
  `NIP "${nip}" untuk ${nama} berbeda dengan NIP orang yang sama di ${otherCell} ("${otherNip}"); satu orang hanya punya satu NIP — samakan keduanya`;

// ---- cascading ------------------------------------------------------------------------------------------------------

/** A position of the cascade in messages: `Sekretaris (kode 2)`. */
export const cascadingNode = (jabatan: string, kode: string) => (jabatan && jabatan !== kode ? `${jabatan} (kode ${kode})` : `kode ${kode}`);
export const cascadingTanpaPuncak = () =>
  "Setiap jabatan di sheet Cascading berisi Kode Atasan, sehingga pohon kinerja tidak punya puncak; kosongkan Kode Atasan jabatan kepala perangkat daerah";
export const cascadingPuncakGanda = (node: string, puncak: string) =>
  `${node} tidak berisi Kode Atasan, padahal puncak pohon kinerja sudah ${puncak}; isi Kode Atasan jabatan ini agar pohonnya satu`;
export const cascadingAtasanTidakAda = (node: string, atasan: string) =>
  `Kode Atasan "${atasan}" dari ${node} tidak ada di kolom Kode; jabatan ini (dan yang di bawahnya) lepas dari pohon kinerja`;
export const cascadingSiklus = (node: string, loop: string) =>
  `Kode Atasan dari ${node} membentuk lingkaran: ${loop}; rantai atasan harus berakhir di puncak (jabatan tanpa Kode Atasan)`;
export const cascadingPuncakKodeTidakAda = (kode: string, node: string) =>
  `Kode IKU "${kode}" pada ${node} tidak ada di sheet IKU maupun PK`;
export const cascadingPuncakIndikator = (indikator: string, node: string) =>
  `Indikator "${indikator}" pada ${node} (puncak pohon kinerja) tidak ada di sheet IKU maupun PK; indikator kepala perangkat daerah adalah IKU/PK-nya — tulis Kode IKU-nya atau samakan teksnya`;
export const cascadingPuncakSasaran = (sasaran: string, node: string) =>
  `Sasaran "${sasaran}" pada ${node} (puncak pohon kinerja) tidak ada di sheet IKU maupun PK; sasaran kepala perangkat daerah adalah sasaran strategis Renstra`;
export const cascadingTidakDimuatPuncak = (indikator: string, puncak: string, diturunkan: boolean) =>
  `Indikator ${indikator} tidak dimuat ${puncak}, puncak sheet Cascading${diturunkan ? "" : ", dan tidak ada jabatan di Cascading yang menurunkannya"}; ` +
  `tulis indikator ini (atau Kode IKU-nya) pada baris puncak${diturunkan ? "" : " dan pada jabatan yang mendukungnya"}`;
export const cascadingTidakDiturunkan = (indikator: string, puncak: string) =>
  `Indikator ${indikator} dimuat ${puncak}, tetapi tidak ada jabatan di bawahnya di sheet Cascading yang menurunkannya; tulis Kode IKU-nya pada indikator jabatan yang mendukungnya`;
export const cascadingTanpaIndikator = (sasaran: string, node: string) =>
  `Sasaran "${sasaran}" pada ${node} tidak punya indikator; kinerja jabatan diukur dari indikator setiap sasarannya — tulis indikatornya pada baris ini atau di bawahnya`;
export const cascadingIndikatorGandaJabatan = (indikator: string, node: string, firstCell: string) =>
  `Indikator "${indikator}" sudah ditulis untuk ${node} di ${firstCell}; satu indikator cukup sekali pada satu jabatan`;
export const cascadingIndikatorGandaSaudara = (indikator: string, node: string, firstCell: string, first: string, atasan: string) =>
  `Indikator "${indikator}" pada ${node} sama dengan indikator ${first} di ${firstCell}, padahal keduanya di bawah ${atasan}; bagi indikator itu menurut tugas masing-masing atau beri teks yang membedakannya`;
export const cascadingSubject = (indikator: string, node: string) => `indikator ${labelOf(indikator)} pada ${node}`;
export const cascadingAgregasiTidakDikenal = (text: string) =>
  `Agregasi "${text}" tidak dikenal; pilihan: rata-rata, terendah, tertinggi (capaian jabatan di bawahnya), jumlah (realisasi jabatan di bawahnya)`;
export const AGREGASI_BASIS = {
  "rata-rata": (n: number) => `rata-rata capaian ${n} indikator jabatan di bawahnya =`,
  terendah: (n: number) => `capaian terendah dari ${n} indikator jabatan di bawahnya =`,
  tertinggi: (n: number) => `capaian tertinggi dari ${n} indikator jabatan di bawahnya =`,
  jumlah: (n: number) => `jumlah realisasi ${n} indikator jabatan di bawahnya =`,
} as const;

const labelOf = (text: string) => {
  const t = text.replace(/\s+/g, " ").trim();
  return `"${t.length > 60 ? t.slice(0, 59) + "…" : t}"`;
};

export const strukturTanpaPuncak = () =>
  "Tidak ada jabatan tanpa Atasan di sheet Struktur; bagan struktur organisasi tidak dapat digambar tanpa puncaknya (kepala perangkat daerah)";
export const strukturPuncakGanda = (jabatan: string, puncak: string) =>
  `"${jabatan}" tidak berisi Atasan, padahal puncak bagan sudah "${puncak}"; jabatan ini digambar di bawah puncak`;
export const strukturAtasanTidakDikenal = (jabatan: string, atasan: string, puncak: string | undefined) =>
  `Atasan "${atasan}" dari "${jabatan}" tidak ada di kolom Jabatan (atau membentuk lingkaran)${puncak ? `; jabatan ini digambar langsung di bawah "${puncak}"` : ""}`;
export const TIDAK_DIPAKAI: Record<string, (teks: string) => string> = {
  "tanpa-indikator": (teks) =>
    `Baris Standar ${teks ? `bernilai ${teks} ` : ""}tidak menyebut Kode maupun Indikator, sehingga tidak tercetak di laporan; isi kolom Indikator atau Kode`,
  "kode-tidak-dikenal": (teks) =>
    `Rincian ${teks} (mulai baris ini) tidak tercetak di laporan karena tidak terhubung ke indikator mana pun di PK; tulis Kode IKU indikatornya`,
};
export const PROFIL_PURPOSE = {
  sampul: "sampul dan judul dokumen",
  tahun: "tahun laporan dan target tahun berjalan",
  tandaTangan: "blok tanda tangan Kata Pengantar dan Perjanjian Kinerja",
} as const;
export const sheetMissing = (sheet: string, what: string) =>
  `Sheet ${sheet} tidak ada: workbook tidak lengkap dan LKIP tidak dapat disusun tanpanya; ${what} tidak diperiksa`;
export const sheetEmpty = (sheet: string, what: string) => `Sheet ${sheet} tidak berisi data di bawah judul kolomnya; ${what} tidak diperiksa`;
export const SHEET_MISSING_WHAT = {
  profil: "kelengkapan Profil",
  iku: "kecocokan PK dengan IKU dan target IKU",
  pk: "capaian, rasio, triwulan, dan keterkaitan PPKS",
  anggaran: "jumlah, hierarki, dan serapan anggaran",
} as const;

// ---- output --------------------------------------------------------------------------------------------------------

/** Severity as a person reads it (terminal, build's stderr, annotated copy, recap); JSON and SARIF keep the English enum. */
export const severityWord = { error: "galat", warning: "peringatan", info: "info" } as const;
export const summaryLine = (errors: number, warnings: number, infos: number) =>
  `${errors} galat, ${warnings} peringatan, ${infos} info`;
export const noFindings = "Tidak ada temuan";
export const sheetLevel = "(sheet)";
export const annotated = (file: string) => `Salinan beranotasi ditulis: ${file}`;
export const maxWarningsExceeded = (count: number, max: number) =>
  `Jumlah peringatan (${count}) melebihi --max-warnings ${max}`;
export const noteHeader = "lkip check";

// ---- usage errors --------------------------------------------------------------------------------------------------

export const noContractSheet = (file: string, names: string) =>
  `${file} tidak berisi satu pun sheet LKIP yang dikenal (${names}); tidak ada yang dapat diperiksa`;
export const configNotFound = (file: string) => `Berkas konfigurasi tidak ditemukan: ${file}`;
export const configUnreadable = (file: string, reason: string) => `${file} tidak dapat dibaca: ${reason}`;
export const configNotJson = (file: string, line: number, column: number) =>
  `${file} bukan JSON yang sah: baris ${line}, kolom ${column} (periksa tanda kutip ganda, koma, dan kurung di sekitarnya)`;
export const configUnknownRule = (file: string, id: string) =>
  `${file}: aturan "${id}" tidak dikenal (daftar aturan: docs/checks.md)`;
export const configBadSeverity = (file: string, id: string, value: string) =>
  `${file}: tingkat "${value}" untuk aturan "${id}" tidak sah; pilihan: error, warning, info, off`;
export const configUnknownKey = (file: string, key: string) =>
  `${file}: kunci "${key}" tidak dikenal; yang dikenal: rules, batasCapaian`;
export const configBadValue = (file: string, path: string, expected: string) => `${file}: ${path} harus ${expected}`;
export const EXPECTED = {
  object: "berupa objek JSON",
  rules: "berupa objek { \"<id aturan>\": \"error\" | \"warning\" | \"info\" | \"off\" }",
  batasCapaian: "berupa angka persen lebih dari 0, misalnya 300",
} as const;

// ---- narasi/kunci-hilang ---------------------------------------------------------------------------------------------

export const NARASI_APA = {
  penyebab: "faktor pendukung",
  penghambat: "faktor penghambat",
  solusi: "alternatif solusi",
  langkah: "langkah ke depan",
  sisa: "alasan sisa anggaran",
  tren: "alasan perubahan antartahun",
} as const;

export const narasiKeyMissing = (key: string, apa: string, subjek: string) =>
  `Narasi "${key}" belum diisi: ${apa} ${subjek} hanya dapat ditulis instansi; tambahkan baris Narasi dengan Bagian "${key}"`;
export const narasiSubjekSasaran = (nomor: number) => `Sasaran ${nomor}`;
export const narasiSubjekIndikator = (kode: string, indikator: string) => `indikator ${kode} (${indikator}), yang belum mencapai target,`;
