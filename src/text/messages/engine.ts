// Indonesian text of the engine: problem messages and the descriptions of the rules it applies (for the document's
// explanation of how capaian is measured). Kept in one file so it can move into the catalogue (src/text/messages/).

/** The rule for qualitative (letter) indicators, for the document. See `ordinal.ts`. */
export const ORDINAL_RULE = {
  id: "rasio-peringkat",
  rumus: "capaian = (peringkat realisasi + 1) / (peringkat target + 1) × 100",
  keterangan:
    "Indikator kualitatif diukur pada skala huruf (predikat AKIP: AA > A > BB > B > CC > C > D; mutu: A > B > C > D). " +
    "Capaian 100% bila realisasi mencapai atau melampaui target; bila di bawah target, capaian = (peringkat realisasi + 1) / " +
    "(peringkat target + 1) × 100, dengan peringkat dihitung dari huruf terendah (D = 0). Contoh: B terhadap target BB = 4/5 = 80%.",
} as const;

/** The rule for range targets, for the document. See `capaianRange`. */
export const RANGE_RULE = {
  id: "rentang-batas-terdekat",
  keterangan:
    "Target berupa rentang (mis. 4,25–4,30): capaian 100% bila realisasi berada di dalam rentang; di luar rentang, capaian " +
    "dihitung terhadap batas terdekat dengan rumus polaritas indikator.",
} as const;

/** The rule for quarterly realisasi, for the document. See `quarters.ts`. */
export const QUARTER_RULE = {
  id: "agregasi-triwulan",
  keterangan:
    "Realisasi tahunan dari realisasi triwulan: dijumlahkan untuk indikator berupa jumlah (cacah); diambil triwulan terakhir " +
    "yang terisi untuk persentase, indeks, nilai, skor, rasio dan predikat; kecuali kolom Agregasi menyatakan lain " +
    "(jumlah, terakhir, rata-rata).",
} as const;

export const pkWithoutIku = (indikator: string, kode?: string) =>
  `Indikator PK "${indikator}"${kode ? ` (kode ${kode})` : ""} tidak cocok dengan baris IKU mana pun (menurut kode maupun ` +
  `teks indikator); capaian dihitung dengan target PK sendiri`;

export const unknownScale = (name: string, known: readonly string[], fallback: string) =>
  `Skala penilaian "${name}" tidak dikenal (yang dikenal: ${known.join(", ")}, atau "kustom" dengan sheet Skala); ` +
  `kategori memakai skala ${fallback}`;

export const customScaleEmpty = (fallback: string) =>
  `Skala penilaian kustom dipilih tetapi sheet Skala tidak ada atau tidak berisi baris dengan kategori dan batas; ` +
  `kategori memakai skala ${fallback}`;

export const customScaleUnused = (name: string) =>
  `Sheet Skala ada tetapi tidak dipakai karena Skala Penilaian adalah "${name}"; isi Skala Penilaian dengan "kustom" untuk memakainya`;

export const yearInferred = (tahun: number, how: string) =>
  `Tahun laporan tidak diisi di Profil; disimpulkan ${tahun} (${how})`;
export const yearFromRealisasi = (lastRealisasi: number) =>
  `target IKU terakhir sampai tahun sesudah Realisasi ${lastRealisasi}`;
export const yearFromFirstTarget = () => `tahun target IKU pertama`;
export const yearUnknown = () =>
  `Tahun laporan tidak diisi di Profil dan tidak dapat disimpulkan dari kolom Target <tahun> IKU; target IKU dan riwayat ` +
  `tidak dipakai`;

export const unknownSasaran = (value: string, uraian: string) =>
  `Sasaran "${value}" pada program "${uraian}" tidak cocok dengan nomor sasaran, kode indikator, maupun teks sasaran PK; ` +
  `anggaran program ini tidak dihitung pada sasaran mana pun`;
export const unknownEfficiencyMethod = (value: string) =>
  `Metode Efisiensi "${value}" tidak dikenal (pilihan: selisih, sisa, rasio); efisiensi dihitung dengan metode selisih`;
