// Matching rows across sheets: PK → IKU, indicator → Standar. By code first, else by indicator text; both compared
// case-, space- and punctuation-insensitively.
import type { IkuRow, PkRow, StandarRow } from "../model/types.js";
import { normalizeText, sameText } from "./text.js";

/** The IKU row of a PK row: same `Kode`, else the same indicator text (the first such row). */
export function matchIku(
  pk: PkRow,
  iku: readonly IkuRow[],
): { row: IkuRow; by: "kode" | "teks" } | undefined {
  if (normalizeText(pk.kode) !== "") {
    const byKode = iku.find((r) => sameText(r.kode, pk.kode));
    if (byKode) return { row: byKode, by: "kode" };
  }
  const byText = iku.find((r) => sameText(r.indikator, pk.indikator));
  return byText ? { row: byText, by: "teks" } : undefined;
}

/** The standard row of an indicator: its kode (PK's or IKU's), else its indicator text (PK's or IKU's). */
export function matchStandar(
  pk: PkRow,
  iku: IkuRow | undefined,
  standar: readonly StandarRow[],
): { row: StandarRow; by: "kode" | "teks" } | undefined {
  const kodes = [pk.kode, iku?.kode];
  const byKode = standar.find((s) => kodes.some((k) => sameText(s.kode, k)));
  if (byKode) return { row: byKode, by: "kode" };
  const texts = [pk.indikator, iku?.indikator];
  const byText = standar.find((s) => texts.some((t) => sameText(s.indikator, t)));
  return byText ? { row: byText, by: "teks" } : undefined;
}
