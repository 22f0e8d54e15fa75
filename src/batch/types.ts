// What one office's processing yields: plain, serialisable values (they cross worker threads), decimals as strings.

export interface OfficeIndicator {
  kode: string | null;
  indikator: string;
  satuan: string | null;
  /** Plain decimal strings or letters; null when absent. */
  target: string | null;
  realisasi: string | null;
  capaian: string | null;
  kategori: string | null;
}

export interface OfficeResult {
  file: string;
  relDir: string;
  /** `ok`: processed (findings may exist); `gagal`: could not be processed at all (unreadable, missing sheet…). */
  status: "ok" | "gagal";
  /** Why it failed, one Indonesian line. */
  reason?: string;
  instansi?: string;
  pemerintahDaerah?: string;
  tahun?: number;
  desimal: number;
  jumlahIndikator: number;
  jumlahTercapai: number;
  /** Mean capaian, plain decimal string. */
  capaian?: string;
  serapan?: string;
  errors: number;
  warnings: number;
  infos: number;
  /** The document written, when one was. */
  output?: string;
  /** Why the document's name differs from the default (another workbook of the run has the same office and year). */
  outputNote?: string;
  /** Why no document was written although one was asked for (error findings without --force…). */
  outputSkipped?: string;
  /** `--cascading`: the Pengukuran Kinerja Individu written, or why not (no Cascading sheet, a failure). */
  cascading?: { output?: string; note?: string };
  indikator: OfficeIndicator[];
  /** Milliseconds spent on this office. */
  ms: number;
}

export interface OfficeTask {
  file: string;
  relDir: string;
  mode: "build" | "check";
  /** Output folder for this office's document (already mirrored), or undefined for next to the workbook. */
  outDir?: string;
  force: boolean;
  /** `--cascading`: also write the office's Pengukuran Kinerja Individu beside its LKIP. */
  cascading?: boolean;
  /** `--config`: the check configuration for every office; else each workbook's own lkip.config.json, if any. */
  config?: string;
}
