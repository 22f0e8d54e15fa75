// BAB II "Cascading Kinerja", when the workbook has a Cascading sheet with a top: the introduction (template
// `cascading-kinerja`), the pohon kinerja (one figure, or one per unit when the tree is too wide or deep for a page; on
// landscape pages when wide), and the table of positions with their sasaran and indicators, every list numbered here.
import type { FileChild } from "docx";
import { figureCaption, heading, renderText } from "../blocks.js";
import { cascadeOf, numbered, under, type Cascade, type Position } from "../cascade.js";
import type { Ctx } from "../context.js";
import type { Part } from "../part.js";
import { pohonFigures } from "../pohon.js";
import { captioned, dataTable, type Row } from "../tables.js";
import * as msg from "../../text/messages/report.js";
import * as cmsg from "../../text/messages/cascading.js";

/** Positions stacked under a unit up to which a one-figure pohon still leaves room on its page for the introduction. */
const INTRO_ABOVE_STACK = 3;

/** One row per indicator of a position; the position's number, jabatan and sasaran span its rows. */
function positionRows(ctx: Ctx, positions: readonly Position[]): Row[] {
  const rows: Row[] = [];
  positions.forEach((p, n) => {
    const span = Math.max(1, p.indikator.length);
    const jabatan = [p.node.jabatan || p.node.kode, ...(p.node.nama ? [p.node.nama] : [])].join("\n");
    const sasaran = p.sasaran.length > 1 ? numbered(p.sasaran).join("\n") : p.sasaran[0] ?? msg.NIHIL;
    const lead = [
      { text: String(n + 1), align: "center" as const, rowSpan: span },
      { text: jabatan, rowSpan: span },
      { text: sasaran, rowSpan: span },
    ];
    if (p.indikator.length === 0) {
      rows.push({ cells: [...lead, msg.NIHIL, { text: msg.NIHIL, align: "center" }, { text: msg.NIHIL, align: "right" }] });
      return;
    }
    numbered(p.indikator.map((i) => i.row.indikator ?? "")).forEach((text, k) => {
      const i = p.indikator[k]!;
      rows.push({
        cells: [
          ...(k === 0 ? lead : []),
          text,
          { text: i.row.satuan ?? msg.NIHIL, align: "center" },
          { text: ctx.quantity(i.row.target), align: "right" },
        ],
      });
    });
  });
  return rows;
}

function positionTable(ctx: Ctx, cascade: Cascade): FileChild[] {
  const table = dataTable({
    columns: [
      { header: cmsg.COL.no, weight: 5, align: "center" },
      { header: cmsg.COL.jabatan, weight: 20 },
      { header: cmsg.COL.sasaran, weight: 25 },
      { header: cmsg.COL.indikator, weight: 30 },
      { header: cmsg.COL.satuan, weight: 10, align: "center" },
      { header: cmsg.COL.target, weight: 10, align: "right" },
    ],
    rows: positionRows(ctx, cascade.positions),
  });
  return captioned(ctx.table("2", cmsg.tabelBab2(ctx.instansi, ctx.tahun)), table, msg.sumber(cmsg.sumberCascading(ctx.instansi, ctx.tahun)));
}

/**
 * The sub-section as parts: its heading and introduction and (portrait figures) the figures join `portrait`, the
 * page the section starts on; landscape figures get their own part; the table a portrait part after them. Nothing
 * when the workbook has no cascade.
 */
export function cascadingSection(ctx: Ctx, numberText: string, portrait: Part): Part[] {
  const cascade = cascadeOf(ctx.model, ctx.computed);
  if (!cascade) return [portrait];
  const vars = { ...ctx.figureVars(), jumlah_jabatan: ctx.count(cascade.positions.length) };
  const { figures, landscape } = pohonFigures(cascade.top);
  const drawn: FileChild[] = figures.flatMap((f) => [
    f.chart,
    figureCaption(ctx.figure("2", cmsg.gambarPohon(f.subject === "instansi" ? ctx.instansi : f.subject, f.part))),
  ]);
  const intro = [heading(2, `${numberText} ${cmsg.judulBab2}`), ...renderText(ctx.texts.text("cascading-kinerja", vars))];
  const table = positionTable(ctx, cascade);
  if (!landscape) return [{ ...portrait, children: [...portrait.children, ...intro, ...drawn, ...table] }];
  // The heading and introduction open the landscape pages above the first figure, rather than ending the portrait pages
  // with a page of a few lines, when that figure leaves room for them: the overview of a split tree (the top and its
  // units), or a whole tree whose units have at most INTRO_ABOVE_STACK positions stacked under them.
  const deepest = Math.max(0, ...cascade.top.children.map((c) => under(c).length - 1));
  if (figures.length > 1 || deepest <= INTRO_ABOVE_STACK) {
    return [portrait, { orientation: "landscape", children: [...intro, ...drawn] }, { children: table }];
  }
  return [{ ...portrait, children: [...portrait.children, ...intro] }, { orientation: "landscape", children: drawn }, { children: table }];
}
