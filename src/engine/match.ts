// Matching rows across sheets: PK → IKU, indicator → Standar. By code first, else by indicator text; both compared
// case-, space- and punctuation-insensitively.
import type { IkuRow, PkRow, StandarRow } from "../model/types.js";
import { normalizeText, sameText } from "./text.js";

/** The IKU row of a PK row: same `Kode`, else the same indicator text (the first such row). */
export function matchIku(
  pk: PkRow,
  iku: readonly IkuRow[],
): { row: IkuRow; by: "kode" | "teks" } | undefined {
  const index = ikuIndex(iku);
  const kode = normalizeText(pk.kode);
  if (kode !== "") {
    const byKode = index.kode.get(kode);
    if (byKode) return { row: byKode, by: "kode" };
  }
  const byText = index.teks.get(normalizeText(pk.indikator));
  return byText ? { row: byText, by: "teks" } : undefined;
}

/** The first IKU row of each normalized kode and indicator text, made once per IKU sheet (a PK of 5.000 rows scanned
 *  the IKU rows once for each of them). */
interface IkuIndex {
  kode: Map<string, IkuRow>;
  teks: Map<string, IkuRow>;
  /** Rows indexed (a changed sheet is indexed again). */
  size: number;
}
const ikuIndexes = new WeakMap<readonly IkuRow[], IkuIndex>();

function ikuIndex(iku: readonly IkuRow[]): IkuIndex {
  let index = ikuIndexes.get(iku);
  if (index && index.size === iku.length) return index;
  index = { kode: new Map(), teks: new Map(), size: iku.length };
  for (const r of iku) {
    const kode = normalizeText(r.kode);
    if (kode !== "" && !index.kode.has(kode)) index.kode.set(kode, r);
    const teks = normalizeText(r.indikator);
    if (teks !== "" && !index.teks.has(teks)) index.teks.set(teks, r);
  }
  ikuIndexes.set(iku, index);
  return index;
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
