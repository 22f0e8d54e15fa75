// Finding sheets and columns by header text: case-, space- and punctuation-insensitive, against the alias lists of
// the contract (src/cells/contract.ts), which are the one place that says which spellings mean the same column.
import { normalizeHeader, SHEETS, type ColumnSpec, type SheetId } from "../cells/contract.js";

const aliasIndex = new Map<SheetId, Map<string, ColumnSpec>>();

/** The column spec a header text names on a sheet, if any. */
export function matchColumn(sheet: SheetId, header: string): ColumnSpec | undefined {
  let index = aliasIndex.get(sheet);
  if (!index) {
    index = new Map();
    for (const c of SHEETS[sheet].columns) {
      for (const a of c.aliases) if (!index.has(normalizeHeader(a))) index.set(normalizeHeader(a), c);
    }
    aliasIndex.set(sheet, index);
  }
  // A unit in brackets ("Realisasi (Rp)", "Pagu (Rupiah)") does not change what the column is.
  return index.get(normalizeHeader(header)) ?? index.get(normalizeHeader(header.replace(/\([^)]*\)/g, "")));
}

const YEAR_SUFFIX = /[\s(]*(?:(?:tahun|th\.?|ta\.?)\s*(?:anggaran\s*)?)?((?:19|20|21)\d\d)\s*\)?\s*$/i;

/** `Target Tahun 2025` → { base: "Target", year: 2025 }; `Capaian (%) 2025` → { base: "Capaian (%)", year: 2025 }. */
export function splitYear(header: string): { base: string; year?: number } {
  const m = YEAR_SUFFIX.exec(header);
  if (!m || m.index === 0) return { base: header };
  return { base: header.slice(0, m.index).trim(), year: Number(m[1]) };
}

/** `Target 2025` → { kind: "target", year: 2025 }. */
export function matchYearColumn(header: string): { kind: "target" | "realisasi"; year: number } | undefined {
  const m = /^(target|realisasi)(?:tahun)?((?:19|20|21)\d\d)$/.exec(normalizeHeader(header));
  if (!m) return undefined;
  return { kind: m[1] as "target" | "realisasi", year: Number(m[2]) };
}

/** The contract sheet a worksheet name stands for. */
export function matchSheet(name: string): SheetId | undefined {
  const n = normalizeHeader(name);
  for (const spec of Object.values(SHEETS)) if (spec.names.some((a) => normalizeHeader(a) === n)) return spec.id;
  return undefined;
}

const TOTAL_LABELS = new Set(["jumlah", "total", "jumlahtotal", "totaljumlah", "grandtotal", "jumlahkeseluruhan"]);

/** The most letters and digits a total label has (`jumlahkeseluruhan`). */
const TOTAL_LABEL_MAX = Math.max(...[...TOTAL_LABELS].map((l) => l.length));

/** A row labelled `Jumlah`, `Total`, `Jumlah Total` is a stated total. */
export function isTotalLabel(text: string): boolean {
  return shortEnoughForTotal(text) && TOTAL_LABELS.has(normalizeHeader(text));
}

/**
 * False when the text has more ASCII letters and digits than any total label, so normalising it (every row's uraian,
 * 20.000 times on a large budget) can be skipped; any other character leaves the decision to normalisation.
 */
function shortEnoughForTotal(text: string): boolean {
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return true;
    const lower = c | 32;
    if ((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57)) {
      if (++kept > TOTAL_LABEL_MAX) return false;
    }
  }
  return true;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length]!;
}

const words = (text: string) => new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0));

/** `tgt` in `target`: the letters of an abbreviation appear in order. */
function isAbbreviation(short: string, long: string): boolean {
  if (short.length < 3 || short[0] !== long[0]) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/**
 * How alike a header as written is to a column name, 0…1: the better of edit distance, shared words and
 * abbreviation (`Tgt` for Target, `Real.` for Realisasi); a year suffix is ignored.
 */
export function headerSimilarity(written: string, name: string): number {
  const a = normalizeHeader(splitYear(written).base);
  const b = normalizeHeader(name);
  if (a === "" || b === "") return 0;
  const edit = 1 - editDistance(a, b) / Math.max(a.length, b.length);
  const wa = words(splitYear(written).base);
  const wb = words(name);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  const overlap = shared / Math.max(wa.size, wb.size, 1);
  const abbreviation = isAbbreviation(a, b) || isAbbreviation(b, a) ? 0.7 : 0;
  return Math.max(edit, overlap, abbreviation);
}

/** The header as written that is most like one of a column's names, when one is alike enough to suggest. */
export function closestHeader(sheet: SheetId, key: string, written: string[]): string | undefined {
  const spec = SHEETS[sheet].columns.find((c) => c.key === key);
  if (!spec) return undefined;
  let best: { text: string; score: number } | undefined;
  for (const text of written) {
    const score = Math.max(...spec.aliases.map((a) => headerSimilarity(text, a)));
    if (score >= 0.5 && (!best || score > best.score)) best = { text, score };
  }
  return best?.text;
}
