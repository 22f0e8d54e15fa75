// Text matching: indicator names, codes and sasaran are compared case-, space- and punctuation-insensitively.

// Texts already normalized: matching a PK row against every IKU row normalizes the same texts again and again (5.000
// indicators: 25 million times, 9 s). Emptied when it holds too many, so a batch of workbooks does not keep them all.
const normalized = new Map<string, string>();
const NORMALIZED_KEPT = 50_000;

/** Lower case, accents stripped, everything but letters and digits removed. */
export function normalizeText(text: string | undefined): string {
  if (!text) return "";
  const known = normalized.get(text);
  if (known !== undefined) return known;
  const out = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}]/gu, "");
  if (normalized.size >= NORMALIZED_KEPT) normalized.clear();
  normalized.set(text, out);
  return out;
}

/** Two texts are the same after `normalizeText` (and neither is blank). */
export function sameText(a: string | undefined, b: string | undefined): boolean {
  const na = normalizeText(a);
  return na !== "" && na === normalizeText(b);
}
