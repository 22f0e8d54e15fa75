// The standalone "Pengukuran Kinerja Individu" (`lkip cascading`): the cascade as offices make it, on landscape pages —
// the top across the page with tujuan, sasaran and indikator sasaran; then one column per unit under the top, levels as
// rows (the unit, its Jabatan Fungsional, the pelaksana below), each position with its SASARAN and INDIKATOR blocks as
// generated numbered lists; with targets and realisasi, a measurement table per position (capaian and kategori by
// the engine, as the PK's); closing with the head of office's signature block from the Profil.
import {
  AlignmentType,
  BorderStyle,
  Document,
  LineRuleType,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from "docx";
import { centered, spacer } from "./blocks.js";
import { footer } from "./build.js";
import { numbered, under, type Cascade, type Position } from "./cascade.js";
import type { Ctx } from "./context.js";
import { COLOR, documentStyles, STYLE } from "./styles.js";
import { dataTable, scaleWidths, signatureTable } from "./tables.js";
import { normalizeText } from "../engine/text.js";
import { MEASURE_COLUMNS } from "./sections/bab3.js";
import { capitalizeFirst } from "../text/terbilang.js";
import { GENERATOR_PROPERTY } from "../util/output.js";
import * as msg from "../text/messages/report.js";
import * as cmsg from "../text/messages/cascading.js";

const CM = 567;
/** A4 landscape with 2 cm margins: the widest table offices print the cascade on. */
export const INDIVIDU_PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 2 * CM, right: 2 * CM, bottom: 2 * CM, left: 2 * CM, header: CM, footer: CM },
} as const;
export const INDIVIDU_WIDTH = INDIVIDU_PAGE.height - INDIVIDU_PAGE.margin.left - INDIVIDU_PAGE.margin.right;
/** Unit columns side by side on one page (about 5 cm each); more go into further parts of the table. */
export const UNIT_COLUMNS = 5;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: COLOR.border } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const MARGINS = { top: 60, bottom: 60, left: 80, right: 80 };

type Line = { text: string; bold?: boolean; italics?: boolean; center?: boolean; label?: boolean; indent?: boolean; before?: number; fill?: string };

function para(l: Line): Paragraph {
  return new Paragraph({
    style: STYLE.tableText,
    ...(l.center ? { alignment: AlignmentType.CENTER } : {}),
    ...(l.indent ? { indent: { left: 260, hanging: 260 } } : {}),
    ...(l.before ? { spacing: { before: l.before, after: 20, line: 240, lineRule: LineRuleType.AUTO } } : {}),
    ...(l.fill ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: l.fill } } : {}),
    children: [new TextRun({ text: l.text, ...(l.bold || l.label ? { bold: true } : {}), ...(l.italics ? { italics: true } : {}) })],
  });
}

function cell(lines: readonly Line[], width: number, o: { fill?: string; span?: number } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    ...(o.span && o.span > 1 ? { columnSpan: o.span } : {}),
    ...(o.fill ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: o.fill } } : {}),
    children: lines.length > 0 ? lines.map(para) : [para({ text: "" })],
  });
}

function table(rows: TableRow[], widths: number[]): Table {
  return new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: MARGINS,
  });
}

/** A labelled block: `SASARAN` and its numbered items (a lone item is not numbered). */
function block(label: string, items: readonly string[]): Line[] {
  if (items.length === 0) return [];
  const texts = items.length > 1 ? numbered(items) : [...items];
  return [{ text: label, label: true, before: 60 }, ...texts.map((text) => ({ text, indent: items.length > 1 }))];
}

const jabatanOf = (p: Position) => p.node.jabatan || p.node.kode;

/**
 * What a position's part of a column shows: its jabatan (and holder), SASARAN and INDIKATOR. Below the second level
 * a column holds the positions of several atasan in one row, so each names its atasan.
 */
function positionLines(p: Position, withTitle: boolean, unitDepth: number): Line[] {
  const atasan = p.parent && p.parent.depth > unitDepth ? [{ text: cmsg.atasanLine(jabatanOf(p.parent)), italics: true, center: true }] : [];
  return [
    ...(withTitle ? [{ text: jabatanOf(p), bold: true, center: true, before: 120, fill: COLOR.groupFill }, ...atasan] : []),
    ...(withTitle && p.node.nama ? [{ text: p.node.nama, italics: true, center: true }] : []),
    ...(withTitle && p.node.nip ? [{ text: cmsg.nipPemangku(p.node.nip), center: true }] : []),
    ...block(cmsg.SASARAN, p.sasaran),
    ...block(
      cmsg.INDIKATOR,
      p.indikator.map((i) => i.row.indikator ?? ""),
    ),
  ];
}

/** The Renstra's tujuan, each once, from the IKU sheet (the top's tujuan). */
function tujuan(ctx: Ctx): string[] {
  const out: string[] = [];
  for (const r of ctx.model.iku?.rows ?? []) if (r.tujuan?.trim() && !out.some((t) => normalizeText(t) === normalizeText(r.tujuan))) out.push(r.tujuan.trim());
  return out;
}

function topTable(ctx: Ctx, top: Position): Table {
  const lines: Line[] = [
    { text: (top.node.jabatan || top.node.kode).toUpperCase(), bold: true, center: true },
    ...(top.node.nama ? [{ text: top.node.nama, italics: true, center: true }] : []),
  ];
  const rows = [new TableRow({ cantSplit: true, tableHeader: false, children: [cell(lines, INDIVIDU_WIDTH, { fill: COLOR.headerFill })] })];
  const body = [...block(cmsg.TUJUAN, tujuan(ctx)), ...block(cmsg.SASARAN, top.sasaran), ...block(cmsg.INDIKATOR_SASARAN, top.indikator.map((i) => i.row.indikator ?? ""))];
  if (body.length > 0) rows.push(new TableRow({ children: [cell(body, INDIVIDU_WIDTH)] }));
  return table(rows, [INDIVIDU_WIDTH]);
}

/**
 * The units side by side, levels as rows; the units' names repeat at the top of every page. With `signature`, the
 * table ends with a row spanning its columns, without borders, holding the signature block: the signature then stays
 * with the table (a paragraph's keep-with-next cannot hold it to a row that splits over pages, and LibreOffice left it
 * alone on a page).
 */
function unitsTable(units: readonly Position[], signature?: Table): Table {
  const widths = scaleWidths(new Array<number>(units.length).fill(1), INDIVIDU_WIDTH);
  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: units.map((u, i) => cell([{ text: (u.node.jabatan || u.node.kode).toUpperCase(), bold: true, center: true }], widths[i]!, { fill: COLOR.headerFill })),
    }),
  ];
  const columns = units.map((u) => under(u));
  const deepest = Math.max(...columns.flatMap((c) => c.map((p) => p.depth)));
  for (let depth = units[0]!.depth; depth <= deepest; depth++) {
    const cells = columns.map((c, i) => {
      const here = c.filter((p) => p.depth === depth);
      const lines = here.flatMap((p) => positionLines(p, depth > units[0]!.depth, units[0]!.depth));
      return cell(lines, widths[i]!);
    });
    rows.push(new TableRow({ children: cells }));
  }
  if (signature) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: INDIVIDU_WIDTH, type: WidthType.DXA },
            columnSpan: units.length,
            borders: { top: LINE, bottom: NONE, left: NONE, right: NONE },
            children: [spacer(360), signature, spacer(20)],
          }),
        ],
      }),
    );
  }
  return table(rows, widths);
}

function measurementTables(ctx: Ctx, cascade: Cascade): FileChild[] {
  const measured = cascade.positions.filter((p) => p.indikator.some((i) => i.row.target || i.row.realisasi));
  if (measured.length === 0) return [];
  const out: FileChild[] = [centered(cmsg.pengukuranJudul(ctx.tahun), { before: 0, after: 200 })];
  measured.forEach((p, n) => {
    out.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 160, after: 60 },
        children: [new TextRun({ text: cmsg.pengukuranJabatan(n + 1, p.node.jabatan || p.node.kode, p.node.nama), bold: true })],
      }),
    );
    out.push(
      dataTable({
        width: INDIVIDU_WIDTH,
        columns: MEASURE_COLUMNS,
        rows: p.indikator.map((i, k) => ({
          cells: [
            { text: String(k + 1), align: "center" },
            i.row.indikator ?? "",
            { text: i.row.satuan ?? msg.NIHIL, align: "center" },
            { text: ctx.quantity(i.row.target), align: "right" },
            { text: ctx.quantity(i.row.realisasi), align: "right" },
            { text: i.capaian ? ctx.pct(i.capaian) : i.status ? msg.STATUS_SEL[i.status] ?? msg.NIHIL : msg.NIHIL, align: "right" },
            { text: i.kategori ? capitalizeFirst(i.kategori) : msg.NIHIL, align: "center" },
          ],
        })),
      }),
    );
    // a table of a few rows keeps all its rows with what follows: this line ends the chain, so each position's table
    // moves alone to the next page rather than all of them together; the last stays with the signature below it
    if (n < measured.length - 1) out.push(spacer(120));
  });
  return out;
}

/** The head of office's signature, on the right third of the page, as the LKIP's. */
function signatureBlock(ctx: Ctx, width: number): Table {
  return signatureTable([undefined, undefined, ctx.kepalaSigner()], width);
}

/** The document's body: title, the top, the units (in parts of `UNIT_COLUMNS`), measurements, signature. */
export function individuChildren(ctx: Ctx, cascade: Cascade): FileChild[] {
  const { top } = cascade;
  const out: FileChild[] = [
    centered(cmsg.JUDUL, { size: 28, after: 40 }),
    centered(cmsg.judulInstansi(ctx.instansi), { size: 26, after: 40 }),
    centered(cmsg.judulTahun(ctx.tahun), { size: 26, after: 240 }),
    topTable(ctx, top),
  ];
  const measurements = measurementTables(ctx, cascade);
  const parts = Math.ceil(top.children.length / UNIT_COLUMNS);
  for (let k = 0; k < parts; k++) {
    const units = top.children.slice(Math.floor((k * top.children.length) / parts), Math.floor(((k + 1) * top.children.length) / parts));
    // a part after the first starts a page; its label stays with its table
    if (k === 0) out.push(spacer(200, { keepNext: true }));
    if (parts > 1) {
      out.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          ...(k > 0 ? { pageBreakBefore: true } : {}),
          spacing: { before: 0, after: 60 },
          children: [new TextRun({ text: cmsg.lanjutan(k + 1, parts), bold: true, size: 18 })],
        }),
      );
    }
    // without measurements the signature closes the last part of the units table
    const last = k === parts - 1 && measurements.length === 0;
    out.push(unitsTable(units, last ? signatureBlock(ctx, INDIVIDU_WIDTH) : undefined));
  }
  if (measurements.length > 0) out.push(new Paragraph({ pageBreakBefore: true, spacing: { before: 0, after: 0 }, children: [] }), ...measurements);
  // after the measurements, or after the top alone (a cascade of one position)
  if (measurements.length > 0 || parts === 0) out.push(spacer(360, { keepNext: true }), signatureBlock(ctx, INDIVIDU_WIDTH));
  return out;
}

/** The whole document. */
export function individuDocument(ctx: Ctx, cascade: Cascade, version?: string): Document {
  return new Document({
    title: cmsg.documentTitle(ctx.instansi, ctx.tahun),
    subject: cmsg.documentSubject,
    creator: "lkip",
    description: cmsg.documentTitle(ctx.instansi, ctx.tahun),
    customProperties: [{ name: GENERATOR_PROPERTY, value: `lkip ${version ?? ""}`.trim() }],
    styles: documentStyles(),
    sections: [
      {
        properties: {
          page: {
            size: { width: INDIVIDU_PAGE.width, height: INDIVIDU_PAGE.height, orientation: PageOrientation.LANDSCAPE },
            margin: INDIVIDU_PAGE.margin,
          },
        },
        footers: { default: footer() },
        children: individuChildren(ctx, cascade),
      },
    ],
  });
}
