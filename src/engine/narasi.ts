// The Narasi keys of the analysis in BAB III: which texts only the office can write, per sasaran and per indicator.
// One scheme for the document (which text goes where, what to fall back on) and for `check` (which keys are missing).
// Pure: the keys follow from the computed figures; whether a key is filled is decided by the caller.
import type { Computed, IndicatorResult, SasaranResult } from "./types.js";

/**
 * What a Narasi text explains:
 * - `penyebab` — factors behind the result (faktor pendukung, penyebab keberhasilan);
 * - `penghambat` — obstacles (faktor penghambat, penyebab kegagalan, kendala);
 * - `solusi` — alternative solutions taken or to be taken;
 * - `langkah` — next steps (langkah ke depan, rencana tindak lanjut);
 * - `sisa` — why budget was left unspent (alasan sisa anggaran);
 * - `tren` — why the indicator moved against earlier years (per indicator only).
 */
export type NarasiJenis = "penyebab" | "penghambat" | "solusi" | "langkah" | "sisa" | "tren";

/** The word that starts a key, and the other words offices use for it (each followed by the same subject). */
export const NARASI_JENIS: Record<NarasiJenis, { kunci: string; alias: readonly string[] }> = {
  penyebab: { kunci: "penyebab", alias: ["faktor pendukung", "penyebab keberhasilan", "pendukung"] },
  penghambat: { kunci: "penghambat", alias: ["faktor penghambat", "penyebab kegagalan", "kendala", "hambatan"] },
  solusi: { kunci: "solusi", alias: ["alternatif solusi", "upaya"] },
  langkah: { kunci: "langkah", alias: ["langkah ke depan", "rencana tindak lanjut", "tindak lanjut"] },
  sisa: { kunci: "sisa anggaran", alias: ["alasan sisa anggaran", "efisiensi anggaran"] },
  tren: { kunci: "tren", alias: ["perkembangan", "perbandingan antartahun"] },
};

export interface NarasiKunci {
  /** The key to write in Narasi's Bagian column: `penyebab sasaran 2`, `penghambat IKU-4`. */
  key: string;
  /** Every spelling that fills it (the key first). */
  keys: string[];
  jenis: NarasiJenis;
  sasaranNomor: number;
  /** The indicator's index in `Computed.indikator`, for an indicator's key. */
  indikator?: number;
  /** True when `check` reports the key missing; optional keys are used when present. */
  wajib: boolean;
}

/** How an indicator is named in its keys: its Kode (`IKU-4`), else `indikator <n>` (1-based, PK order). */
export function indicatorSubject(i: IndicatorResult): string {
  return i.kode?.trim() ? i.kode.trim() : `indikator ${i.index + 1}`;
}

function kunci(jenis: NarasiJenis, subject: string, sasaranNomor: number, wajib: boolean, indikator?: number): NarasiKunci {
  const j = NARASI_JENIS[jenis];
  return {
    key: `${j.kunci} ${subject}`,
    keys: [j.kunci, ...j.alias].map((w) => `${w} ${subject}`),
    jenis,
    sasaranNomor,
    ...(indikator !== undefined ? { indikator } : {}),
    wajib,
  };
}

/** An indicator measured below its target (on the printed capaian, like `tercapai`). */
export function belowTarget(i: IndicatorResult): boolean {
  return i.status === "ok" && i.tercapai === false;
}

/**
 * The keys of one sasaran, in the order the document uses them. Required: `penyebab`, `penghambat`, `solusi` and
 * `langkah` of every sasaran; `sisa anggaran` when the sasaran's programs left money unspent; `penghambat` and `solusi`
 * of every indicator below its target. Optional: the other indicator keys (`penyebab IKU-1`, `tren IKU-1` …).
 */
export function narasiKeysOf(s: SasaranResult): NarasiKunci[] {
  const subject = `sasaran ${s.nomor}`;
  const out: NarasiKunci[] = [
    kunci("penyebab", subject, s.nomor, true),
    kunci("penghambat", subject, s.nomor, true),
    kunci("solusi", subject, s.nomor, true),
    kunci("langkah", subject, s.nomor, true),
  ];
  const sisa = s.anggaran?.sisa;
  out.push(kunci("sisa", subject, s.nomor, sisa !== undefined && sisa.greaterThan(0)));
  for (const i of s.indikator) {
    const subj = indicatorSubject(i);
    const below = belowTarget(i);
    out.push(kunci("penyebab", subj, s.nomor, false, i.index));
    out.push(kunci("penghambat", subj, s.nomor, below, i.index));
    out.push(kunci("solusi", subj, s.nomor, below, i.index));
    out.push(kunci("tren", subj, s.nomor, false, i.index));
  }
  return out;
}

/** Every analysis key of the report, sasaran by sasaran. */
export function narasiKeys(computed: Computed): NarasiKunci[] {
  return computed.sasaran.flatMap(narasiKeysOf);
}
