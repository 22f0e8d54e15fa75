// How a position of the cascade adds up from the positions directly under it (the Cascading sheet's `Agregasi`):
// `rata-rata`, `terendah`, `tertinggi` of their capaian, or `jumlah` of their realisasi. The template's dropdown and
// the `cascading/agregasi` check read the same list.
import { normalizeText } from "../engine/text.js";

export const CASCADING_AGREGASI = ["rata-rata", "terendah", "tertinggi", "jumlah"] as const;
export type CascadingAgregasi = (typeof CASCADING_AGREGASI)[number];

/** `rata-rata`, `Rata-rata`, `rata rata`, `rerata` → `rata-rata`; undefined for anything else. */
export function cascadingAgregasi(text: string): CascadingAgregasi | undefined {
  const t = normalizeText(text);
  if (t === "ratarata" || t === "rerata") return "rata-rata";
  if (t === "terendah" || t === "minimum") return "terendah";
  if (t === "tertinggi" || t === "maksimum") return "tertinggi";
  if (t === "jumlah" || t === "total") return "jumlah";
  return undefined;
}
