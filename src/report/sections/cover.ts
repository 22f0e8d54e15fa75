// The cover (sampul): title, year, logo (`--logo`, or Profil `Logo` naming an image beside the workbook), office, region, address.
import { isAbsolute, join } from "node:path";
import { AlignmentType, ImageRun, Paragraph } from "docx";
import { centered, spacer } from "../blocks.js";
import type { Ctx } from "../context.js";
import { isLogo, readLogo, type Logo } from "../image.js";
import type { Part } from "../part.js";
import { SIZE } from "../styles.js";
import * as msg from "../../text/messages/report.js";

const LOGO_HEIGHT_PX = 170;

/** The Profil `Logo` file: a relative path inside the workbook's folder tree, read within the documented limits. */
function profilLogo(ctx: Ctx): Logo | undefined {
  const name = ctx.profil.logo?.trim();
  if (!name) return undefined;
  const cell = ctx.profil.entries["logo"]?.src;
  const where = cell ? `${cell.sheet}!${cell.cell}` : "Profil (Logo)";
  const result = isAbsolute(name) ? ({ kind: "absolute" } as const) : readLogo(join(ctx.baseDir, name), ctx.baseDir);
  if (isLogo(result)) return result;
  ctx.warnings.push(msg.warnLogo(name, where, msg.logoProblem(result)));
  return undefined;
}

function logo(ctx: Ctx): Paragraph | undefined {
  const image = ctx.logo ?? profilLogo(ctx);
  if (!image) return undefined;
  const { data, info } = image;
  const height = LOGO_HEIGHT_PX;
  const width = Math.round((info.width / info.height) * height);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    children: [new ImageRun({ type: info.type, data, transformation: { width, height }, altText: { name: "Logo", description: ctx.instansi, title: "Logo" } })],
  });
}

export function cover(ctx: Ctx): Part[] {
  const p = ctx.profil;
  const image = logo(ctx);
  const kontak = msg.kontak(p.telepon, p.email);
  const children = [
    spacer(900),
    ...msg.JUDUL_BARIS.map((t) => centered(t, { size: SIZE.coverTitle, after: 60 })),
    centered(msg.JUDUL_SINGKAT, { size: SIZE.coverOffice, after: 240 }),
    centered(msg.tahunJudul(ctx.tahun), { size: SIZE.coverTitle, after: 0 }),
    spacer(1500),
    ...(image ? [image] : [spacer(LOGO_HEIGHT_PX * 15)]),
    spacer(1500),
    ...(ctx.pemda ? [centered(msg.pemerintah(ctx.pemda), { size: SIZE.coverOffice, after: 60 })] : []),
    centered(ctx.namaInstansi.toUpperCase(), { size: SIZE.coverOffice, after: 300 }),
    ...(p.alamat ? [centered(p.alamat, { bold: false, size: SIZE.body })] : []),
    ...(kontak ? [centered(kontak, { bold: false, size: SIZE.body })] : []),
  ];
  return [{ children, bare: true }];
}
