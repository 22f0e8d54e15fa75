// Two rules that read figures against each other inside the narrative of a Word report:
// - `dokumen/persen-teks`: a percentage stated with the two rupiah amounts it comes from ("efisiensi sebesar 15% atau
//   sebesar Rp 4.145.409.433 dari pagu anggaran sebesar Rp 29.226.552.145") is the share a ÷ b × 100 or the
//   difference |b − a| ÷ b × 100 (what is left, or a growth over the base), under the percentage's printed precision
//   (src/check/interval.ts).
// - `dokumen/hitungan`: the same group of people counted twice with different numbers — a count that refers back
//   ("Dari 67 orang pelaksana tersebut") against the count it refers to in the same paragraph ("64 orang merupakan
//   pelaksana"), and a count naming a group with its acronym ("121 orang Pekerja Sosial Masyarakat (PSM)") against the
//   list of counts just above it ("d. PSM : 238 Orang").
// Both are deliberately narrow: only the sentence shapes below qualify, so that ordinary narrative stays silent.
import { Decimal } from "decimal.js";
import { formatNumber } from "../text/format.js";
import * as msg from "../text/messages/document.js";
import type { DocParagraph, DocxDocument } from "./read.js";
import { agrees, parseDocNumber, printed, printedLike, roundingOnly, type DocNumber } from "./number.js";
import { LIST_ITEM, LIST_TOTAL, paragraphAt } from "./text-rules.js";
import type { DocFinding, Lokasi } from "./types.js";

/** Paragraphs read as one text: a paragraph that stops mid-sentence continues in the next one when that starts in lower case. */
interface Passage {
  text: string;
  /** Where each paragraph starts in `text`. */
  parts: { start: number; p: DocParagraph }[];
}

function passages(doc: DocxDocument): Passage[] {
  const out: Passage[] = [];
  let cur: Passage | undefined;
  for (const item of doc.items) {
    if (item.kind !== "p") {
      cur = undefined;
      continue;
    }
    const text = item.text.trim();
    if (cur && /^[a-z]/.test(text) && !/[.:;!?]$/.test(cur.text)) {
      cur.text += " ";
      cur.parts.push({ start: cur.text.length, p: item });
      cur.text += text;
    } else {
      cur = { text, parts: [{ start: 0, p: item }] };
      out.push(cur);
    }
    if (text === "") cur = undefined;
  }
  return out;
}

const paragraphOf = (ps: Passage, offset: number) => ps.parts.filter((x) => x.start <= offset).at(-1)!.p;

/** The other paragraphs a match spans, for `terkait`. */
function spanned(ps: Passage, from: number, to: number, own: DocParagraph): Lokasi[] {
  return ps.parts.filter((x) => x.p !== own && x.start < to && x.start + x.p.text.trim().length > from).map((x) => ({ paragraf: x.p.index }));
}

/** Sentences of a passage with their offsets; a dot inside a figure (`29.226.552.145`) or after `Rp` does not end one. */
function sentences(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const re = /[.!?](?=\s+[A-Z])/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    if (/\bRp$/i.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    out.push({ start, text: text.slice(start, m.index + 1) });
    start = m.index + 1;
  }
  out.push({ start, text: text.slice(start) });
  return out;
}

// ---- dokumen/persen-teks ------------------------------------------------------------------------------------------

const pct = (g: string) => String.raw`(?<${g}>\d{1,3}(?:,\d{1,4})?)\s*%`;
const amt = (g: string) => String.raw`Rp\s*[.,]?\s*(?<${g}>\d{1,3}(?:\.\d{3})+)(?:,-|,00)?`;
const AS = String.raw`(?:(?:sebesar|senilai)\s+)?`;
/** `dari` / `terhadap`, then at most eight words (no figure but a year, no `Rp`) before the base amount. */
const OF = String.raw`\s+(?:dari|terhadap)(?:\s+(?!rp\b)(?:[a-z][a-z/-]*|\d{4}))${"{0,8}"}\s+${AS}`;
/** `(15%)`, `(serapan 15%)` or `atau (sebesar) 15%` after an amount. */
const PCT_AFTER = String.raw`(?:\s*\(\s*(?:[a-z]+\s+)?${pct("p1")}\s*\)|,?\s+atau\s+${AS}${pct("p2")})`;
/** The shapes that state a share: `P% atau Rp A dari … Rp B`, `Rp A (P%) dari … Rp B`, `Rp A dari … Rp B (P%)`. */
const SHARE_SHAPES = [
  new RegExp(String.raw`(?<![\d,.])${pct("p1")}\s+atau\s+${AS}${amt("a")}${OF}${amt("b")}`, "gi"),
  new RegExp(String.raw`${amt("a")}${PCT_AFTER}${OF}${amt("b")}`, "gi"),
  new RegExp(String.raw`${amt("a")}${OF}${amt("b")}${PCT_AFTER}`, "gi"),
];
const ANY_PCT = /(?<![\d,.])\d{1,3}(?:,\d+)?\s*%/g;

interface Share {
  stated: DocNumber;
  a: Decimal;
  b: Decimal;
  /** Where the shape starts and ends in the sentence, and where its percentage stands. */
  from: number;
  to: number;
  pctAt: number;
}

/** The one share a sentence states, when it has exactly one percentage and that stands in one of the shapes. */
function shareIn(sentence: string): Share | undefined {
  if ((sentence.match(ANY_PCT) ?? []).length !== 1) return undefined;
  for (const re of SHARE_SHAPES) {
    for (const m of sentence.matchAll(re)) {
      const g = m.groups!;
      const p = g.p1 ?? g.p2!;
      const stated = parseDocNumber(`${p}%`);
      const a = parseDocNumber(g.a!);
      const b = parseDocNumber(g.b!);
      if (!stated || !a || !b || b.value.lte(0)) continue;
      return { stated, a: a.value, b: b.value, from: m.index, to: m.index + m[0].length, pctAt: m.index + m[0].indexOf(p) };
    }
  }
  return undefined;
}

export function checkTextShares(doc: DocxDocument): DocFinding[] {
  const out: DocFinding[] = [];
  for (const ps of passages(doc)) {
    for (const s of sentences(ps.text)) {
      const sh = shareIn(s.text);
      if (sh) {
        const share = sh.a.div(sh.b).times(100);
        // what is left of the base, or (when the part exceeds it) the growth over it
        const difference = sh.b.minus(sh.a).abs().div(sh.b).times(100);
        const candidates = [share, difference];
        if (candidates.some((c) => agrees(sh.stated, { lo: c, hi: c }))) continue;
        const own = paragraphOf(ps, s.start + sh.pctAt);
        const terkait = spanned(ps, s.start + sh.from, s.start + sh.to, own);
        const a = `Rp ${formatNumber(sh.a)}`;
        const b = `Rp ${formatNumber(sh.b)}`;
        const exact = `${formatNumber(share, 2)}%`;
        const differenceShown = `${formatNumber(difference, 2)}%`;
        const roundingNote = candidates.find((c) => roundingOnly(sh.stated, c));
        out.push({
          rule: "dokumen/persen-teks",
          ...paragraphAt(own),
          ...(roundingNote
            ? { severity: "info" as const, message: msg.textShareRounding(printed(sh.stated), a, b, `${formatNumber(roundingNote, 2)}%`) }
            : { severity: "error" as const, message: msg.textShareMismatch(printed(sh.stated), a, b, exact, differenceShown) }),
          // the reading nearer to what is printed
          expected: printedLike(sh.stated, candidates.reduce((x, y) => (y.minus(sh.stated.value).abs().lt(x.minus(sh.stated.value).abs()) ? y : x))),
          actual: printed(sh.stated),
          ...(terkait.length > 0 ? { terkait } : {}),
        });
      }
    }
  }
  return out;
}

// ---- dokumen/hitungan ---------------------------------------------------------------------------------------------

const COUNT = String.raw`(?<![\d.,])(\d{1,3}(?:\.\d{3})*)`;
const UNIT = String.raw`(orang|jiwa|personil)`;
/** A count that refers back: `67 orang pelaksana tersebut`, `10 jiwa lansia itu`. */
const BACK = new RegExp(String.raw`${COUNT}\s+${UNIT}\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)\s+(?:tersebut|itu)\b`, "gi");
/** Words that cannot name a group. */
const NOT_A_NOUN = /^(tersebut|itu|ini|yang|dari|di|ke|pada|dan|atau|serta|untuk|dengan|dalam|telah|sudah|akan|sebagai|merupakan|adalah|yaitu|per|setiap|tiap)$/i;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Within one passage: a count referring back to a group against the nearest earlier count of exactly that group. */
function backReferences(ps: Passage): DocFinding[] {
  const out: DocFinding[] = [];
  for (const m of ps.text.matchAll(BACK)) {
    const noun = m[3]!.toLowerCase();
    if (noun.split(/\s+/).some((w) => NOT_A_NOUN.test(w))) continue;
    // the same unit and the same words, closed by punctuation, `dan`/`serta` or the end: not a narrower group
    const earlier = new RegExp(
      String.raw`${COUNT}\s+${escape(m[2]!)}\s+(?:(?:merupakan|adalah|sebagai|yaitu)\s+)?${escape(noun).replace(/\s+/g, "\\s+")}(?=\s*(?:[.,;:)]|$)|\s+(?:dan|serta)\b)`,
      "gi",
    );
    const before = [...ps.text.slice(0, m.index).matchAll(earlier)].at(-1);
    if (!before) continue;
    const first = parseDocNumber(before[1]!);
    const again = parseDocNumber(m[1]!);
    if (!first || !again || first.value.eq(again.value)) continue;
    const own = paragraphOf(ps, m.index);
    out.push({
      rule: "dokumen/hitungan",
      severity: "error",
      ...paragraphAt(own),
      message: msg.countTwice(`${formatNumber(again.value)} ${m[2]!.toLowerCase()} ${noun}`, `${formatNumber(first.value)} ${m[2]!.toLowerCase()} ${noun}`),
      expected: formatNumber(first.value),
      actual: formatNumber(again.value),
      terkait: [{ paragraf: paragraphOf(ps, before.index).index }],
    });
  }
  return out;
}

/** A count naming its group in full with the acronym: `121 orang Pekerja Sosial Masyarakat (PSM)`. */
const NAMED = new RegExp(String.raw`${COUNT}\s+${UNIT}\s+((?:[A-Z][A-Za-z-]*\s+){1,6})\(([A-Za-z][A-Za-z-]{1,12})\)`, "g");
const HEADING = /^\s*(?:BAB\s+[IVXL]+\b|\d+(?:\.\d+)+\.?\s+[A-Z])/;
const isHeading = (p: DocParagraph) => /heading|judul/i.test(p.style ?? "") || (HEADING.test(p.text) && p.text.length < 120);
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * A list of counts (`d. PSM : 238 Orang`, two items or more, its total line optional) against the counts the next
 * paragraphs of the same section give for a group named with its acronym or its full name (at most three paragraphs,
 * up to a heading or a table).
 */
function listAgainstText(doc: DocxDocument): DocFinding[] {
  const out: DocFinding[] = [];
  const items = doc.items;
  for (let i = 0; i < items.length; i++) {
    const list: { label: string; n: Decimal; unit: string; p: DocParagraph }[] = [];
    let j = i;
    for (; j < items.length; j++) {
      const it = items[j]!;
      const m = it.kind === "p" ? LIST_ITEM.exec(it.text) : null;
      const n = m && parseDocNumber(m[2]!);
      if (!m || !n || it.kind !== "p") break;
      list.push({ label: norm(m[1]!), n: n.value, unit: m[3]!.toLowerCase(), p: it });
    }
    if (list.length < 2) continue;
    i = j - 1;
    const next = items[j];
    if (next?.kind === "p" && LIST_TOTAL.test(next.text)) j++;
    let seen = 0;
    for (; j < items.length && seen < 3; j++) {
      const it = items[j]!;
      if (it.kind !== "p" || isHeading(it) || LIST_ITEM.test(it.text)) break;
      if (it.text.trim() === "") continue;
      seen++;
      for (const m of it.text.matchAll(NAMED)) {
        const names = [norm(m[4]!), norm(m[3]!)];
        const item = list.find((x) => names.includes(x.label));
        const n = parseDocNumber(m[1]!);
        if (!item || !n || item.n.eq(n.value)) continue;
        out.push({
          rule: "dokumen/hitungan",
          severity: "error",
          ...paragraphAt(it),
          message: msg.countAgainstList(`${m[3]!.trim()} (${m[4]})`, `${formatNumber(n.value)} ${m[2]!.toLowerCase()}`, `${formatNumber(item.n)} ${item.unit}`, item.p.index),
          expected: formatNumber(item.n),
          actual: formatNumber(n.value),
          terkait: [{ paragraf: item.p.index }],
        });
      }
    }
  }
  return out;
}

export function checkCounts(doc: DocxDocument): DocFinding[] {
  return [...passages(doc).flatMap(backReferences), ...listAgainstText(doc)];
}
