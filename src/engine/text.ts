// Text matching: indicator names, codes and sasaran are compared case-, space- and punctuation-insensitively.

/** Lower case, accents stripped, everything but letters and digits removed. */
export function normalizeText(text: string | undefined): string {
  if (!text) return "";
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** Two texts are the same after `normalizeText` (and neither is blank). */
export function sameText(a: string | undefined, b: string | undefined): boolean {
  const na = normalizeText(a);
  return na !== "" && na === normalizeText(b);
}
