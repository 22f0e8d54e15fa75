// Figures a report prints more than once: the same indicator's target / realisasi / capaian, or the same program's
// pagu / realisasi, in two tables (`dokumen/antar-tabel`); a sentence that repeats a table's figure next to the row's
// name, and a paragraph whose amount the table below it details "sebagai berikut" (`dokumen/teks-tabel`).
// A figure is keyed by its row's name — the text in the nearest name column to its left (indicator, program, uraian),
// normalised, plus the row's code — by what its column holds (target, realisasi, capaian, pagu; money or performance)
// and by the year the column is about (the report's year when the header gives none). A table about another version of
// the figures — the PK `murni` against the `perubahan`, a `triwulan` — is told by words in its caption, title lines,
// `Sumber` line and headers: differently qualified tables are never compared, and a qualified table is compared with
// an unqualified one only when the two agree on more rows than they differ on. A figure that agrees with any earlier
// one is not reported.
import * as msg from "../text/messages/document.js";
import type { DocxDocument } from "./read.js";
import { intervalOf, parseDocNumber, printed, type DocNumber } from "./number.js";
import { overlaps } from "../check/interval.js";
import { cellNumber, codeOf, isTotalRow, numericColumns, tableTitle, type LogicalRow, type LogicalTable } from "./tables.js";
import type { DocFinding, Lokasi } from "./types.js";

export type Quantity = "target" | "realisasi" | "capaian" | "pagu";

/** One printed figure of a named row. */
export interface NamedFigure {
  names: string[];
  /** The row's name as printed, for messages. */
  subject: string;
  quantity: Quantity;
  /** An amount of rupiah (a budget's pagu or realisasi) rather than a performance figure. */
  money: boolean;
  year: string;
  /** Version words of the table or column (`awal`, `perubahan`, `triwulan`), sorted. */
  qualifier: string;
  n: DocNumber;
  table: LogicalTable;
  row: LogicalRow;
  grid: number;
  kolom: number;
  /** Column label for messages. */
  column: string;
  /** Order in the document (item index, row). */
  order: [number, number];
}

/** Lower case, letters and digits only, leading list numbering (`1.`, `a.`, `1)`) dropped. */
export function normName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^(\d{1,2}|[a-h])\s+(?=[a-z])/, "")
    .trim();
}

const IGNORED_COLUMN = /satuan|ket|sumber|alasan|formulasi|rumus|penjelasan|^no\.?$|kode/i;

function quantityOf(t: LogicalTable, grid: number): Quantity | undefined {
  const path = t.columns.get(grid)?.path ?? [];
  const leaf = (path.at(-1) ?? "").toLowerCase();
  if (/^\(?%\)?$/.test(leaf.trim())) return undefined; // a bare percentage of some other column
  for (const text of [leaf, path.join(" ").toLowerCase()]) {
    // figures against another yardstick (a standard, the Renstra's final target) or of another kind
    if (/bobot|nilai|kondisi|renstra|akhir|standar|terhadap|thd|nasional|provinsi|efisiensi|selisih|sisa|rencana|rata/.test(text)) return undefined;
    if (/capaian/.test(text)) return "capaian";
    if (/realisasi/.test(text)) return "realisasi";
    if (/target/.test(text)) return "target";
    if (/pagu|anggaran|alokasi/.test(text)) return "pagu";
  }
  return undefined;
}

const QUALIFIERS: [RegExp, string][] = [
  [/\b(murni|awal|induk)\b/i, "awal"],
  [/\b(perubahan|p-?apbd|apbd-?p)\b/i, "perubahan"],
  [/\b(triwulan|tw)\b/i, "triwulan"],
];

function qualifiersIn(text: string): string[] {
  return QUALIFIERS.filter(([re]) => re.test(text)).map(([, q]) => q);
}

const YEAR = /\b(20\d\d)\b/g;

/** The report's year: the one its short lines (titles, captions, headings) name most often. */
export function reportYear(doc: DocxDocument): string {
  const count = new Map<string, number>();
  for (const p of doc.paragraphs) {
    if (p.text.length > 200) continue;
    for (const m of p.text.matchAll(YEAR)) count.set(m[1]!, (count.get(m[1]!) ?? 0) + 1);
  }
  return [...count].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0] ?? "";
}

/** Short lines just before a table (its caption and title) and a `Sumber` line just after it. */
function contextOf(doc: DocxDocument, t: LogicalTable): { text: string; at: number } {
  const at = doc.items.indexOf(t.first);
  const lines: string[] = [];
  for (let i = at - 1; i >= 0 && i >= at - 4; i--) {
    const it = doc.items[i]!;
    // a narrative paragraph or the previous table's Sumber line ends the table's title
    if (it.kind !== "p" || it.text.length > 160 || /^\s*sumber/i.test(it.text)) break;
    lines.push(it.text);
  }
  const last = t.parts.at(-1)!;
  const after = doc.items[doc.items.indexOf(last) + 1];
  if (after?.kind === "p" && /^\s*sumber/i.test(after.text)) lines.push(after.text);
  return { text: lines.join(" "), at };
}

/**
 * The grid columns that name the row's subject: text in most data rows, outside number, unit and note columns.
 */
function nameColumns(t: LogicalTable, rows: readonly LogicalRow[]): number[] {
  const cols: number[] = [];
  for (const g of t.columns.keys()) {
    if (IGNORED_COLUMN.test((t.columns.get(g)?.path.at(-1) ?? "").trim())) continue;
    let text = 0;
    let numbers = 0;
    for (const r of rows) {
      const c = r.byCol.get(g)?.cell;
      if (!c || c.text.trim() === "") continue;
      if (cellNumber(c) && !codeOf(c.text)) numbers++;
      else if (/[a-z]{3}/i.test(c.text)) text++;
    }
    if (text > 0 && text >= numbers) cols.push(g);
  }
  return cols.sort((a, b) => a - b);
}

/** The name key of a row's cell at a text column (and the row's code). */
function nameAt(row: LogicalRow, g: number | undefined): string[] {
  const names: string[] = [];
  const text = g === undefined ? "" : (row.byCol.get(g)?.cell.text.trim() ?? "");
  const n = normName(text);
  if (n.length >= 8 && /[a-z]{3}/.test(n)) names.push(n);
  if (row.code) names.push(`kode ${row.code.map((s) => String(Number(s))).join(".")}`);
  return names;
}

/** Money columns: under Anggaran/Keuangan/Pagu or holding `Rp` figures. */
function isMoney(t: LogicalTable, rows: readonly LogicalRow[], g: number): boolean {
  const path = (t.columns.get(g)?.path ?? []).join(" ").toLowerCase();
  if (/anggaran|keuangan|pagu|alokasi|\brp\b|biaya|dana/.test(path)) return true;
  return rows.some((r) => /^\s*rp/i.test(r.byCol.get(g)?.cell.text ?? ""));
}

const figuresCache = new WeakMap<DocxDocument, NamedFigure[]>();

/** Every figure of a named row in a target/realisasi/capaian/pagu column, in document order. */
export function namedFigures(doc: DocxDocument, tables: readonly LogicalTable[]): NamedFigure[] {
  const known = figuresCache.get(doc);
  if (known) return known;
  const year = reportYear(doc);
  const out: NamedFigure[] = [];
  const place = new Map<number, number>();
  doc.items.forEach((it, i) => {
    if (it.kind === "tbl") place.set(it.index, i);
  });
  for (const t of tables) {
    const ctx = contextOf(doc, t);
    const tableQ = qualifiersIn(ctx.text);
    const rows = t.rows.filter((r) => !isTotalRow(r));
    const nameCols = nameColumns(t, rows);
    const columns: { g: number; quantity: Quantity; year: string; qualifier: string; money: boolean; nameCol: number }[] = [];
    for (const g of numericColumns(t)) {
      const quantity = quantityOf(t, g);
      const nameCol = nameCols.filter((c) => c < g).at(-1);
      if (!quantity || nameCol === undefined) continue;
      const path = t.columns.get(g)?.path ?? [];
      const years = [...new Set([...path.join(" ").matchAll(YEAR)].map((m) => m[1]!))];
      if (years.length > 1) continue;
      const qualifier = [...new Set([...tableQ, ...qualifiersIn(path.join(" "))])].sort().join(",");
      columns.push({ g, quantity, year: years[0] ?? year, qualifier, money: quantity === "pagu" || isMoney(t, rows, g), nameCol });
    }
    // two columns of one table that would say the same thing (two "2024" targets) say nothing certain
    const sig = (c: (typeof columns)[number]) => `${c.quantity}|${c.year}|${c.qualifier}|${c.money}|${c.nameCol}`;
    for (const c of columns) {
      if (columns.filter((d) => sig(d) === sig(c)).length > 1) continue;
      // a name that several rows of the table share (a merged sasaran over its indicators) names none of them
      const keyed = rows.map((r) => nameAt(r, c.nameCol));
      const count = new Map<string, number>();
      for (const ns of keyed) for (const n of ns) count.set(n, (count.get(n) ?? 0) + 1);
      rows.forEach((row, i) => {
        const at = row.byCol.get(c.g);
        const n = at && cellNumber(at.cell);
        const names = keyed[i]!.filter((x) => count.get(x) === 1);
        if (!at || !n || names.length === 0 || codeOf(at.cell.text)) return;
        const path = t.columns.get(c.g)?.path ?? [];
        out.push({
          names,
          subject: (row.byCol.get(c.nameCol)?.cell.text ?? row.label).replace(/\s+/g, " ").trim(),
          quantity: c.quantity,
          money: c.money,
          year: c.year,
          qualifier: c.qualifier,
          n,
          table: t,
          row,
          grid: c.g,
          kolom: at.kolom,
          column: path.join(" ") || msg.columnNumber(at.kolom),
          order: [place.get(row.tabel) ?? 0, row.baris],
        });
      });
    }
  }
  out.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
  figuresCache.set(doc, out);
  return out;
}

const cellLokasi = (f: NamedFigure): Lokasi => ({ tabel: f.row.tabel, baris: f.row.baris, kolom: f.kolom });

/** Whether two printed figures may stand for the same value (printed precision; `12` and `12%` are alike). */
export function sameFigure(a: DocNumber, b: DocNumber): boolean {
  return overlaps(intervalOf(a), intervalOf(b));
}

const quantityWord: Record<Quantity, string> = { target: "target", realisasi: "realisasi", capaian: "capaian", pagu: "pagu/anggaran" };

export function checkAcrossTables(doc: DocxDocument, tables: readonly LogicalTable[]): DocFinding[] {
  const figures = namedFigures(doc, tables);
  const tableKey = (f: NamedFigure) => `${f.table.first.index}/${f.grid}`;
  // pairs of earlier/later figures saying the same thing, and how often each pair of columns agrees
  const pairs: { early: NamedFigure; late: NamedFigure; name: string }[] = [];
  const agreement = new Map<string, { same: number; differ: number }>();
  for (let j = 0; j < figures.length; j++) {
    const late = figures[j]!;
    for (let i = 0; i < j; i++) {
      const early = figures[i]!;
      if (early.table === late.table || early.quantity !== late.quantity || early.money !== late.money || early.year !== late.year) continue;
      if (early.qualifier !== late.qualifier && early.qualifier !== "" && late.qualifier !== "") continue;
      const name = late.names.find((n) => early.names.includes(n));
      if (!name) continue;
      const key = `${tableKey(early)}>${tableKey(late)}`;
      const a = agreement.get(key) ?? { same: 0, differ: 0 };
      if (sameFigure(early.n, late.n)) a.same++;
      else a.differ++;
      agreement.set(key, a);
      pairs.push({ early, late, name });
    }
  }
  const out: DocFinding[] = [];
  const reported = new Set<NamedFigure>();
  const agreed = new Set(pairs.filter((p) => sameFigure(p.early.n, p.late.n)).map((p) => p.late));
  for (const { early, late } of pairs) {
    if (reported.has(late) || agreed.has(late) || sameFigure(early.n, late.n)) continue;
    if (early.qualifier !== late.qualifier) {
      const a = agreement.get(`${tableKey(early)}>${tableKey(late)}`)!;
      if (a.same <= a.differ) continue;
    }
    reported.add(late);
    out.push({
      rule: "dokumen/antar-tabel",
      severity: "error",
      lokasi: cellLokasi(late),
      where: tableTitle(late.table, late.row.tabel),
      cellWhere: msg.rowCol(late.row.baris, late.column),
      message: msg.crossTableMismatch(late.subject, quantityWord[late.quantity], printed(late.n), tableTitle(early.table, early.row.tabel), early.row.baris, printed(early.n)),
      expected: printed(early.n),
      actual: printed(late.n),
      terkait: [cellLokasi(early)],
    });
  }
  return out;
}


const QUANTITY_WORD: Record<string, Quantity> = {
  target: "target",
  realisasi: "realisasi",
  terealisasi: "realisasi",
  capaian: "capaian",
  pagu: "pagu",
  anggaran: "pagu",
  alokasi: "pagu",
};
// a quantity word, at most a few filler words, then the figure: "realisasi anggaran sebesar Rp 1.234.567",
// "capaian kinerja tahun 2025 sebesar 85,82%", "target 12 %"
const FILLER =
  "(?:sebesar|mencapai|menjadi|adalah|yaitu|senilai|sebanyak|kinerja|anggaran|keuangan|indikator|program|kegiatan|untuk|tahun|20\\d\\d|telah|hanya|baru|pada|[\"“”']?NAMA[\"“”']?)";
/** Sentences measuring against another yardstick (a standard, the Renstra's final target) are left alone. */
const OTHER_YARDSTICK = /\b(standar|renstra|nasional|provinsi|terhadap|thd|dibandingkan|target akhir)\b/i;
const MENTION = new RegExp(
  `\\b(target|realisasi|terealisasi|capaian|pagu|anggaran|alokasi)((?:\\s+${FILLER}){0,4})\\s+(Rp\\s*[.,]?\\s*)?(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)(\\s*(?:%|persen\\b))?`,
  "gi",
);

const QUANTITY_IN_TEXT = /\b(target|realisasi|terealisasi|capaian|pagu|anggaran|alokasi)\b/i;

/** Sentences of a paragraph: split after `.`, `;`, `?` or `!` followed by a space and a capital. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.;?!])\s+(?=[A-Z])/);
}

/**
 * A sentence that names exactly one table row (its normalised name, three words or more, inside the sentence) and puts
 * a figure right after a quantity word (target, realisasi, capaian, pagu/anggaran): the figure must agree with one of
 * the tables' figures for that row, quantity and year.
 */
export function checkTextAgainstTables(doc: DocxDocument, tables: readonly LogicalTable[]): DocFinding[] {
  const figures = namedFigures(doc, tables);
  const byName = new Map<string, NamedFigure[]>();
  for (const f of figures) {
    for (const n of f.names) if (!n.startsWith("kode ") && n.split(" ").length >= 3) byName.set(n, [...(byName.get(n) ?? []), f]);
  }
  if (byName.size === 0) return [];
  const year = reportYear(doc);
  const out: DocFinding[] = [];
  for (const p of doc.paragraphs) {
    if (!QUANTITY_IN_TEXT.test(p.text)) continue;
    for (const s of sentences(p.text)) {
      const flat = ` ${normName(s)} `;
      const named = [...byName.keys()].filter((n) => flat.includes(` ${n} `));
      // the longest names only ("program rehabilitasi sosial" inside "… rehabilitasi sosial dasar …" is not a second name)
      const names = named.filter((n) => !named.some((m) => m !== n && m.includes(n)));
      if (names.length !== 1) continue;
      const name = names[0]!;
      if (OTHER_YARDSTICK.test(s)) continue;
      const otherYears = [...s.matchAll(YEAR)].some((m) => m[1] !== year);
      // the row's name may stand between the quantity word and the figure: "realisasi anggaran Program X sebesar Rp …"
      const words = name.split(" ").map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
      const reduced = s.replace(new RegExp(words.join("[^a-z0-9]+"), "gi"), "NAMA");
      for (const m of reduced.matchAll(MENTION)) {
        // "sisa anggaran", "serapan anggaran", "persentase realisasi" are other figures
        if (/\b(sisa|selisih|efisiensi|serapan|penghematan|persentase|prosentase|rata-rata)\s+$/i.test(reduced.slice(0, m.index))) continue;
        const quantity = QUANTITY_WORD[m[1]!.toLowerCase()]!;
        const fillerYear = /20\d\d/.exec(m[2] ?? "")?.[0];
        if (!fillerYear && otherYears) continue;
        const n = parseDocNumber(`${m[4]}${m[5] ? "%" : ""}`);
        if (!n) continue;
        const money = quantity === "pagu" || m[3] !== undefined;
        const candidates = byName
          .get(name)!
          .filter((f) => f.quantity === quantity && f.money === money && f.year === (fillerYear ?? year));
        if (candidates.length === 0 || candidates.some((f) => sameFigure(f.n, n))) continue;
        const table = candidates.find((f) => f.qualifier === "") ?? candidates[0]!;
        out.push({
          rule: "dokumen/teks-tabel",
          severity: "error",
          lokasi: { paragraf: p.index },
          where: msg.paragraphWhere(p.index),
          cellWhere: "",
          message: msg.textTableMismatch(table.subject, quantityWord[quantity], printed(n), tableTitle(table.table, table.row.tabel), table.row.baris, printed(table.n)),
          expected: printed(table.n),
          actual: printed(n),
          terkait: [cellLokasi(table)],
        });
      }
    }
  }
  return out;
}

/** A paragraph that hands over to the table below it: "… dengan rincian sebagai berikut:". */
const INTRODUCES_TABLE = /berikut\s*:?\s*$/i;

/**
 * The amounts a paragraph gives just before the table it introduces ("alokasi anggaran sebesar Rp X … dengan rincian
 * sebagai berikut:") against that table's total row: a pagu/anggaran or realisasi amount must be one of the total
 * row's figures in a column holding the same thing. When the paragraph gives several amounts of one kind, one of them
 * agreeing is enough.
 */
export function checkTextAgainstNextTotal(doc: DocxDocument, tables: readonly LogicalTable[]): DocFinding[] {
  const out: DocFinding[] = [];
  doc.items.forEach((item, i) => {
    if (item.kind !== "p" || !INTRODUCES_TABLE.test(item.text)) return;
    // the table after the caption and title lines
    let j = i + 1;
    while (j < doc.items.length && j <= i + 5 && doc.items[j]!.kind === "p" && (doc.items[j] as { text: string }).text.length <= 160) j++;
    const next = doc.items[j];
    const t = next?.kind === "tbl" ? tables.find((lt) => lt.first === next) : undefined;
    if (!t) return;
    const totals: NamedFigure[] = [];
    for (const row of t.rows.filter(isTotalRow)) {
      for (const [g, { cell, kolom }] of row.byCol) {
        const quantity = quantityOf(t, g);
        const n = cellNumber(cell);
        if (!n || (quantity !== "pagu" && quantity !== "realisasi")) continue;
        totals.push({
          names: [],
          subject: row.label,
          quantity,
          money: true,
          year: "",
          qualifier: "",
          n,
          table: t,
          row,
          grid: g,
          kolom,
          column: (t.columns.get(g)?.path ?? []).join(" ") || msg.columnNumber(kolom),
          order: [j, row.baris],
        });
      }
    }
    const mentions = [...item.text.matchAll(MENTION)]
      .filter((m) => m[3] !== undefined && !/\b(sisa|selisih|efisiensi|serapan|penghematan)\s+$/i.test(item.text.slice(0, m.index)))
      .map((m) => ({ quantity: QUANTITY_WORD[m[1]!.toLowerCase()]!, n: parseDocNumber(m[4]!) }))
      .filter((m): m is { quantity: Quantity; n: DocNumber } => m.n !== undefined && (m.quantity === "pagu" || m.quantity === "realisasi"));
    for (const quantity of ["pagu", "realisasi"] as const) {
      const stated = mentions.filter((m) => m.quantity === quantity);
      const cells = totals.filter((f) => f.quantity === quantity);
      if (stated.length === 0 || cells.length === 0 || stated.some((m) => cells.some((c) => sameFigure(c.n, m.n)))) continue;
      for (const m of stated) {
        out.push({
          rule: "dokumen/teks-tabel",
          severity: "error",
          lokasi: { paragraf: item.index },
          where: msg.paragraphWhere(item.index),
          cellWhere: "",
          message: msg.textTotalMismatch(quantityWord[quantity], printed(m.n), tableTitle(t, cells[0]!.row.tabel), cells.map((c) => `${printed(c.n)} (${c.column})`).join(", ")),
          expected: printed(cells[0]!.n),
          actual: printed(m.n),
          terkait: cells.map(cellLokasi),
        });
      }
    }
  });
  return out;
}
