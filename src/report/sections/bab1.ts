// BAB I Pendahuluan: narrative sections from the templates, the Profil (tugas, fungsi) and the Narasi sheet.
import { heading, renderText } from "../blocks.js";
import type { Ctx } from "../context.js";
import type { Part } from "../part.js";
import * as msg from "../../text/messages/report.js";

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
  const children = [heading(1, msg.H.bab1)];
  sections.forEach(([title, key], i) => {
    children.push(heading(2, `1.${i + 1} ${title}`));
    children.push(...renderText(ctx.texts.text(key, vars)));
    if (key === "tugas-fungsi") {
      children.push(heading(4, msg.BAB1.struktur));
      children.push(...renderText(ctx.texts.text("struktur-organisasi", vars)));
    }
  });
  return [{ restart: "decimal", children }];
}
