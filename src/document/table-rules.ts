// The table rules of a Word report: totals (`dokumen/jumlah`), budget hierarchy (`dokumen/hierarki`) and percentage
// columns (`dokumen/persen`). Each compares a stated figure with what its operands give under printed precision
// (number.ts): consistent → nothing; only truncation / half-even → info; otherwise an error with expected and found.
import type { Decimal } from "decimal.js";
import { formatNumber } from "../text/format.js";
import * as msg from "../text/messages/document.js";
import {
  agrees,
  intervalOf,
  percentInterval,
  printed,
  printedDiff,
  printedLike,
  roundingOnly,
  sumIntervals,
  type DocNumber,
  type Interval,
} from "./number.js";
import {
  cellNumber,
  isPercentColumn,
  isTotalRow,
  numberAt,
  numericColumns,
  tableTitle,
  type LogicalRow,
  type LogicalTable,
} from "./tables.js";
import type { DocFinding } from "./types.js";

const mid = (i: Interval): Decimal => i.lo.plus(i.hi).div(2);

function columnLabel(t: LogicalTable, grid: number, kolom: number): string {
  const path = t.columns.get(grid)?.path ?? [];
  return path.length > 0 ? path.join(" ") : msg.columnNumber(kolom);
}

/** A finding for a stated figure against its computed interval; undefined when they agree. */
function judge(
  rule: string,
  t: LogicalTable,
  row: LogicalRow,
  grid: number,
  kolom: number,
  stated: DocNumber,
  computed: Interval,
  message: (expected: string, diff: string) => string,
  terkait: LogicalRow[] = [],
  rounded = false,
): DocFinding | undefined {
  if (agrees(stated, computed, rounded)) return undefined;
  const exact = mid(computed);
  const expected = printedLike(stated, exact);
  const column = columnLabel(t, grid, kolom);
  const base = {
    rule,
    lokasi: { tabel: row.tabel, baris: row.baris, kolom },
    where: tableTitle(t, row.tabel),
    cellWhere: msg.rowCol(row.baris, column),
    expected,
    actual: printed(stated),
    ...(terkait.length > 0 ? { terkait: terkait.map((r) => ({ tabel: r.tabel, baris: r.baris, kolom: r.byCol.get(grid)?.kolom ?? kolom })) } : {}),
  };
  if (roundingOnly(stated, exact) && stated.decimals < exact.decimalPlaces()) {
    const shown = `${formatNumber(exact, Math.min(stated.decimals + 2, 4))}${stated.percent ? "%" : ""}`;
    return { ...base, severity: "info", message: msg.roundingNote(column, printed(stated), shown) };
  }
  return { ...base, severity: "error", message: message(expected, printedDiff(stated, stated.value.minus(exact).abs())) };
}

/** Sum of the figures at a grid column over rows; undefined when none has one. */
function sumAt(rows: readonly LogicalRow[], grid: number): { sum: Interval; count: number } | undefined {
  const xs: Interval[] = [];
  for (const r of rows) {
    const v = numberAt(r, grid);
    if (v) xs.push(intervalOf(v.n));
  }
  return xs.length > 0 ? { sum: sumIntervals(xs), count: xs.length } : undefined;
}

/** Code depth of each coded row: 0 for the shortest codes in the block. */
function topLevel(rows: readonly LogicalRow[]): LogicalRow[] {
  const coded = rows.filter((r) => r.code);
  if (coded.length === 0) return [...rows];
  const min = Math.min(...coded.map((r) => r.code!.length));
  return coded.filter((r) => r.code!.length === min);
}

export function checkTotals(t: LogicalTable): DocFinding[] {
  const out: DocFinding[] = [];
  const cols = numericColumns(t).filter((g) => !isPercentColumn(t, g));
  let start = 0;
  t.rows.forEach((row, i) => {
    if (!isTotalRow(row)) return;
    const block = topLevel(t.rows.slice(start, i).filter((r) => !isTotalRow(r)));
    start = i + 1;
    for (const g of cols) {
      const stated = numberAt(row, g);
      if (!stated) continue;
      const s = sumAt(block, g);
      if (!s || s.count < 1) continue;
      const f = judge("dokumen/jumlah", t, row, g, stated.kolom, stated.n, s.sum, (expected, diff) =>
        msg.totalMismatch(row.label, columnLabel(t, g, stated.kolom), printed(stated.n), s.count, expected, diff),
      );
      if (f) out.push(f);
    }
  });
  return out;
}

const LEVEL_WORDS = [msg.levelWord.program, msg.levelWord.kegiatan, msg.levelWord.sub];

/** Whether a row's label (its first written cell that is not a figure) is bold. */
function boldLabel(row: LogicalRow): boolean {
  const c = row.cells.find((c) => c.text.trim() !== "" && !(cellNumber(c) && !/^\d{1,3}\.?$/.test(c.text.trim())));
  return c?.bold ?? false;
}

/**
 * Without codes, a table whose rows alternate bold parents with plain children (a bold program over its kegiatan, as
 * many reports set them): each bold row with figures against the plain rows below it, up to the next bold or total row.
 */
function checkBoldHierarchy(t: LogicalTable, cols: number[]): DocFinding[] {
  const rows = t.rows.filter((r) => !isTotalRow(r));
  const withFigures = (r: LogicalRow) => cols.some((g) => numberAt(r, g));
  const parents = rows.filter((r) => boldLabel(r) && withFigures(r));
  if (parents.length < 2 || parents.length === rows.filter(withFigures).length) return [];
  const tree = new Map<LogicalRow, LogicalRow[]>();
  for (const parent of parents) {
    const children: LogicalRow[] = [];
    for (const r of t.rows.slice(t.rows.indexOf(parent) + 1)) {
      if (isTotalRow(r) || boldLabel(r)) break;
      if (withFigures(r)) children.push(r);
    }
    if (children.length > 0) tree.set(parent, children);
  }
  return sumTree(t, cols, tree).findings;
}

/** Each parent row against the sum of its children, in every column; also how many cells agreed. */
function sumTree(t: LogicalTable, cols: number[], tree: Map<LogicalRow, LogicalRow[]>): { findings: DocFinding[]; same: number } {
  const findings: DocFinding[] = [];
  let same = 0;
  for (const [parent, children] of tree) {
    for (const g of cols) {
      const stated = numberAt(parent, g);
      const s = stated && sumAt(children, g);
      if (!stated || !s) continue;
      const subject = parent.label.replace(/\s+/g, " ").trim();
      const f = judge(
        "dokumen/hierarki",
        t,
        parent,
        g,
        stated.kolom,
        stated.n,
        s.sum,
        (expected, diff) => msg.childMismatch(subject, columnLabel(t, g, stated.kolom), printed(stated.n), s.count, msg.rowsBelow, expected, diff),
        children,
      );
      if (f) findings.push(f);
      else same++;
    }
  }
  return { findings, same };
}

/**
 * Outline numbering in the first columns — `1`, `1.1`, `1.1.1` — as each row's parent: the row numbered with its
 * number's last part dropped. Undefined unless some number has two parts or more (a plain row-number column is no tree).
 */
function outlineParents(t: LogicalTable): Map<LogicalRow, LogicalRow> | undefined {
  const numbered: { row: LogicalRow; key: string; parent: string }[] = [];
  let deep = false;
  for (const row of t.rows) {
    const c = [0, 1].map((g) => row.byCol.get(g)?.cell.text.trim() ?? "").find((x) => /^[1-9]\d?(\.[1-9]\d?)*\.?$/.test(x));
    if (!c) continue;
    const segs = c.replace(/\.$/, "").split(".");
    if (segs.length > 1) deep = true;
    numbered.push({ row, key: segs.join("."), parent: segs.slice(0, -1).join(".") });
  }
  if (!deep) return undefined;
  const parents = new Map<LogicalRow, LogicalRow>();
  numbered.forEach((n, i) => {
    if (n.parent === "") return;
    const p = numbered.slice(0, i).reverse().find((m) => m.key === n.parent);
    if (p) parents.set(n.row, p.row);
  });
  return parents;
}

/** List markers, outermost first: `1.` / `1`, `a.`, `1)`, `a)`, `-` / `•`. */
const MARKERS: RegExp[] = [/^[1-9]\d?\.?(\s|$)/, /^[a-z]\.(\s|$)/, /^[1-9]\d?\)(\s|$)/, /^[a-z]\)(\s|$)/, /^[-•–](\s|$)/];

/** Each row's level from its list marker (in the first written cell) or, without markers, its label's indentation. */
function levels(t: LogicalTable): Map<LogicalRow, number> | undefined {
  const rows = t.rows.filter((r) => !isTotalRow(r));
  const marker = new Map<LogicalRow, number>();
  for (const r of rows) {
    const first = r.cells.find((c) => c.text.trim() !== "")?.text.trim() ?? "";
    const k = MARKERS.findIndex((re) => re.test(first));
    if (k >= 0) marker.set(r, k);
  }
  const kinds = [...new Set(marker.values())].sort((a, b) => a - b);
  if (kinds.length >= 2 && kinds[0] === 0) return new Map([...marker].map(([r, k]) => [r, kinds.indexOf(k)]));
  const indent = new Map<LogicalRow, number>();
  for (const r of rows) {
    const label = r.cells.find((c) => /[a-z]{3}/i.test(c.text) && !cellNumber(c));
    if (label) indent.set(r, label.indent);
  }
  const steps = [...new Set(indent.values())].sort((a, b) => a - b);
  if (steps.length < 2) return undefined;
  return new Map([...indent].map(([r, x]) => [r, steps.indexOf(x)]));
}

/** Parents from levels: the nearest row above one level up, with no shallower row between. */
function levelParents(t: LogicalTable, level: Map<LogicalRow, number>): Map<LogicalRow, LogicalRow> {
  const parents = new Map<LogicalRow, LogicalRow>();
  const stack: LogicalRow[] = [];
  for (const r of t.rows) {
    if (isTotalRow(r)) {
      stack.length = 0;
      continue;
    }
    const l = level.get(r);
    if (l === undefined) continue;
    while (stack.length > 0 && level.get(stack.at(-1)!)! >= l) stack.pop();
    const top = stack.at(-1);
    if (top && level.get(top) === l - 1) parents.set(r, top);
    stack.push(r);
  }
  return parents;
}

/**
 * Sums down a tree told by numbering or indentation rather than codes. Such a table may list things that do not add up
 * (an indicator over its sub-indicators), so it is judged only when its parents agree with their children in at least
 * as many cells as they differ.
 */
function checkTree(t: LogicalTable, cols: number[], parents: Map<LogicalRow, LogicalRow>): DocFinding[] {
  const tree = new Map<LogicalRow, LogicalRow[]>();
  for (const [child, parent] of parents) tree.set(parent, [...(tree.get(parent) ?? []), child]);
  const { findings, same } = sumTree(t, cols, tree);
  return same >= findings.length ? findings : [];
}

export function checkHierarchy(t: LogicalTable): DocFinding[] {
  const cols = numericColumns(t).filter((g) => !isPercentColumn(t, g));
  const outline = outlineParents(t);
  if (outline) return checkTree(t, cols, outline);
  const coded = t.rows.filter((r) => r.code && !isTotalRow(r));
  if (coded.length < 2) {
    const level = levels(t);
    if (level) {
      const tree = levelParents(t, level);
      if (tree.size > 0) return checkTree(t, cols, tree);
    }
    return checkBoldHierarchy(t, cols);
  }
  const out: DocFinding[] = [];
  const key = (c: string[]) => c.map((s) => String(Number(s))).join(".");
  const depthOf = new Map<string, number>();
  const lengths = [...new Set(coded.map((r) => r.code!.length))].sort((a, b) => a - b);
  for (const r of coded) depthOf.set(key(r.code!), lengths.indexOf(r.code!.length));
  for (const parent of coded) {
    const pk = key(parent.code!);
    // children: the coded rows whose nearest coded ancestor is this row
    const children = coded.filter((r) => {
      if (r === parent || r.code!.length <= parent.code!.length) return false;
      if (!key(r.code!).startsWith(pk + ".")) return false;
      return !coded.some(
        (m) => m !== parent && m !== r && m.code!.length > parent.code!.length && m.code!.length < r.code!.length && key(r.code!).startsWith(key(m.code!) + "."),
      );
    });
    if (children.length === 0) continue;
    const level = LEVEL_WORDS[Math.min(2, (depthOf.get(key(children[0]!.code!)) ?? 1))] ?? msg.levelWord.sub;
    for (const g of cols) {
      const stated = numberAt(parent, g);
      if (!stated) continue;
      const s = sumAt(children, g);
      if (!s) continue;
      const subject = parent.label.replace(/\s+/g, " ").trim();
      const f = judge("dokumen/hierarki", t, parent, g, stated.kolom, stated.n, s.sum, (expected, diff) =>
        msg.childMismatch(subject, columnLabel(t, g, stated.kolom), printed(stated.n), s.count, level, expected, diff),
        children,
      );
      if (f) out.push(f);
    }
  }
  return out;
}

const leafOf = (t: LogicalTable, g: number) => (t.columns.get(g)?.path.at(-1) ?? "").toLowerCase();
const groupOf = (t: LogicalTable, g: number) => {
  const path = t.columns.get(g)?.path ?? [];
  return path.length > 1 ? path[0] : undefined;
};
/** What a column holds, from its lowest header first, then its whole header. */
function roleOf(t: LogicalTable, g: number): "realisasi" | "target" | "pagu" | undefined {
  for (const text of [leafOf(t, g), (t.columns.get(g)?.name ?? "").toLowerCase()]) {
    if (/realisasi/.test(text)) return "realisasi";
    if (/target/.test(text)) return "target";
    if (/pagu|anggaran|alokasi|rencana/.test(text)) return "pagu";
  }
  return undefined;
}

/**
 * The operands of a percentage column: the numerator is the column just left of a bare `%` / `(%)`, else the nearest
 * Realisasi to its left; the denominator is the nearest Target (capaian) or Pagu/Anggaran/Rencana (serapan) left of
 * the numerator, looked for first under the same group header ("Anggaran: Pagu | Realisasi | Capaian (%)").
 */
function operandsOf(t: LogicalTable, p: number, numeric: number[]): { num: number; den: number } | undefined {
  const name = (t.columns.get(p)?.name ?? "").toLowerCase();
  if (/target|renstra|bobot|efisiensi|nilai/.test(leafOf(t, p)) || /efisiensi/.test(name)) return undefined;
  const left = numeric.filter((g) => g < p && !isPercentColumn(t, g));
  const group = groupOf(t, p);
  const inGroup = left.filter((g) => group !== undefined && groupOf(t, g) === group);
  const bareSign = /^\(?%\)?$/.test(leafOf(t, p).trim());
  if (!bareSign && !/%|persen|capaian|serapan/.test(name)) return undefined;
  const num = bareSign ? left.at(-1) : (inGroup.filter((g) => roleOf(t, g) === "realisasi").at(-1) ?? left.filter((g) => roleOf(t, g) === "realisasi").at(-1));
  if (num === undefined) return undefined;
  const pick = (cands: number[]) => {
    const role = (g: number) => roleOf(t, g);
    return cands.filter((g) => g < num && (role(g) === "target" || role(g) === "pagu")).at(-1);
  };
  const den = pick(inGroup) ?? pick(left);
  return den === undefined ? undefined : { num, den };
}

/** A polarity column: `Polaritas`, `Polarisasi`, `Sifat`. */
const POLARITY_HEADER = /polaritas|polarisasi|^sifat/i;

/**
 * The polarity a row states: in a Polaritas column (`Negatif`, `(-)`, `Menurun` / `Positif`, `(+)`, `Meningkat`), or
 * in its label (`(-)`, `negatif`, `(+)`, `positif`); undefined when it does not say.
 */
function polarityOf(t: LogicalTable, row: LogicalRow): "positif" | "negatif" | undefined {
  for (const [g, { cell }] of row.byCol) {
    if (!POLARITY_HEADER.test((t.columns.get(g)?.name ?? "").trim())) continue;
    const x = cell.text.trim().toLowerCase();
    if (/negatif|^\(?[-–−]\)?$|menurun|turun|lower/.test(x)) return "negatif";
    if (/positif|^\(?\+\)?$|meningkat|naik|higher/.test(x)) return "positif";
  }
  const label = row.label.toLowerCase();
  if (/\([-–−]\)|\bnegatif\b/.test(label)) return "negatif";
  if (/\(\+\)|\bpositif\b/.test(label)) return "positif";
  return undefined;
}

export function checkPercent(t: LogicalTable): DocFinding[] {
  const out: DocFinding[] = [];
  const numeric = numericColumns(t);
  for (const p of numeric.filter((g) => isPercentColumn(t, g))) {
    const ops = operandsOf(t, p, numeric);
    if (!ops) continue;
    const capaian = roleOf(t, ops.den) === "target";
    for (const row of t.rows) {
      const stated = numberAt(row, p);
      const a = numberAt(row, ops.num);
      const b = numberAt(row, ops.den);
      if (!stated || !a || !b) continue;
      const computed = percentInterval(intervalOf(a.n), intervalOf(b.n));
      if (!computed) continue;
      // a lower-is-better indicator states (2 − r/t) × 100 (src/engine/capaian.ts); when the table does not say which
      // polarity a capaian has, either formula is accepted
      const negative = { lo: computed.hi.neg().plus(200), hi: computed.lo.neg().plus(200) };
      const polarity = capaian ? polarityOf(t, row) : undefined;
      if (polarity === undefined && agrees(stated.n, negative, true) && !agrees(stated.n, computed, true)) continue;
      const column = columnLabel(t, p, stated.kolom);
      const f =
        polarity === "negatif"
          ? judge("dokumen/persen", t, row, p, stated.kolom, stated.n, negative, (expected) =>
              msg.percentMismatchNegative(column, printed(stated.n), printed(a.n), printed(b.n), expected), [], true)
          : judge("dokumen/persen", t, row, p, stated.kolom, stated.n, computed, (expected) =>
              msg.percentMismatch(column, printed(stated.n), printed(a.n), printed(b.n), expected), [], true);
      if (f) out.push(f);
    }
  }
  return out;
}
