// Ikhtisar Eksekutif: the summary written from the engine's figures — sasaran and indicators, how many reached their
// targets, the overall capaian, the budget and its serapan — around the office's template text.
import { heading, listItem, renderText } from "../blocks.js";
import type { Ctx } from "../context.js";
import type { Part } from "../part.js";
import * as msg from "../../text/messages/report.js";

export function ikhtisar(ctx: Ctx): Part[] {
  const vars = ctx.figureVars();
  const sasaran = ctx.computed.sasaran.map((s, i) =>
    listItem(
      `${i + 1}.`,
      s.capaian === undefined
        ? msg.sasaranTanpaCapaian(s.nomor, s.sasaran)
        : msg.ikhtisarSasaran(
            s.nomor,
            s.sasaran,
            ctx.pct(s.capaian),
            s.kategori,
            msg.tercapaiDari(ctx.count(s.jumlahTercapai), ctx.count(s.jumlahIndikator)),
          ),
    ),
  );
  return [
    {
      children: [
        heading(1, msg.H.ikhtisar),
        ...renderText(ctx.texts.text("ikhtisar", vars)),
        ...sasaran,
        ...renderText(ctx.texts.text("ikhtisar-penutup", vars)),
      ],
    },
  ];
}
