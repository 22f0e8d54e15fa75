// BAB I Pendahuluan: narrative sections from the templates, the Profil (tugas, fungsi) and the Narasi sheet; with a
// `Struktur` sheet the organisation chart and its officials, with a `Pegawai` sheet the staff tables.
import type { FileChild } from "docx";
import { figureCaption, heading, renderText } from "../blocks.js";
import type { Ctx } from "../context.js";
import { orgChart } from "../orgchart.js";
import { strukturTree } from "../../model/struktur.js";
import type { Part } from "../part.js";
import { TEXT_WIDTH } from "../styles.js";
import { captioned, dataTable, type Row } from "../tables.js";
import { pegawaiGroups } from "../../engine/pegawai.js";
import * as msg from "../../text/messages/report.js";

const P = msg.PROFIL_ORGANISASI;

/** The chart and, when the sheet names them, the officials who hold the positions. */
function struktur(ctx: Ctx): FileChild[] {
  const rows = ctx.model.struktur?.rows ?? [];
  const { root } = strukturTree(rows);
  if (!root) return [];
  const out: FileChild[] = [orgChart(root, TEXT_WIDTH.portrait), figureCaption(ctx.figure("1", msg.GAMBAR.struktur(ctx.instansi)))];
  const pejabat = rows.filter((r) => r.nama);
  if (pejabat.length > 0) {
    const table = dataTable({
      columns: [
        { header: msg.COL.no, weight: 5, align: "center" },
        { header: P.jabatan, weight: 35 },
        { header: P.nama, weight: 24 },
        { header: P.nip, weight: 18 },
        { header: P.pangkat, weight: 18 },
      ],
      rows: pejabat.map((r, n) => ({
        cells: [{ text: String(n + 1), align: "center" }, r.jabatan, r.nama ?? msg.NIHIL, r.nip ?? msg.NIHIL, r.pangkat ?? msg.NIHIL],
      })),
    });
    out.push(...captioned(ctx.table("1", P.pejabatCaption(ctx.instansi)), table, msg.sumber(msg.SUMBER.kepegawaian(ctx.instansi, ctx.tahun))));
  }
  return out;
}

/** One table per kelompok of the `Pegawai` sheet, totals computed by the engine. */
function pegawai(ctx: Ctx): FileChild[] {
  return pegawaiGroups(ctx.model).flatMap((g) => {
    const gender = g.lakiLaki !== undefined || g.perempuan !== undefined;
    const num = (d: Parameters<Ctx["num"]>[0]) => ({ text: ctx.num(d), align: "right" as const });
    const rows: Row[] = g.lines.map((l, n) => ({
      cells: [{ text: String(n + 1), align: "center" }, l.row.uraian, ...(gender ? [num(l.lakiLaki), num(l.perempuan)] : []), num(l.jumlah)],
    }));
    rows.push({
      kind: "total",
      cells: [{ text: P.jumlah, span: 2, align: "center" }, ...(gender ? [num(g.lakiLaki), num(g.perempuan)] : []), num(g.jumlah)],
    });
    const table = dataTable({
      columns: [
        { header: msg.COL.no, weight: 6, align: "center" },
        { header: P.uraian, weight: gender ? 49 : 74, align: "left" },
        ...(gender
          ? [
              { header: P.lakiLaki, weight: 15, align: "right" as const },
              { header: P.perempuan, weight: 15, align: "right" as const },
            ]
          : []),
        { header: P.jumlah, weight: 15, align: "right" },
      ],
      rows,
    });
    return captioned(ctx.table("1", P.pegawaiCaption(g.kelompok)), table, msg.sumber(msg.SUMBER.kepegawaian(ctx.instansi, ctx.tahun)));
  });
}

export function bab1(ctx: Ctx): Part[] {
  const vars = ctx.figureVars();
  const sections: [string, string][] = [
    [msg.BAB1.latar, "latar-belakang"],
    [msg.BAB1.maksud, "maksud-tujuan"],
    [msg.BAB1.landasan, "landasan-hukum"],
    [msg.BAB1.organisasi, "tugas-fungsi"],
    [msg.BAB1.sumberDaya, "sumber-daya"],
    [msg.BAB1.isu, "isu-strategis"],
    [msg.BAB1.sistematika, "sistematika"],
  ];
  const children: FileChild[] = [heading(1, msg.H.bab1)];
  sections.forEach(([title, key], i) => {
    children.push(heading(2, `1.${i + 1} ${title}`));
    children.push(...renderText(ctx.texts.text(key, vars)));
    if (key === "tugas-fungsi") {
      children.push(heading(4, msg.BAB1.struktur));
      children.push(...renderText(ctx.texts.text("struktur-organisasi", vars)));
      children.push(...struktur(ctx));
    }
    if (key === "sumber-daya") children.push(...pegawai(ctx));
  });
  return [{ restart: "decimal", children }];
}
