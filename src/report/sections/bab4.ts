// BAB IV Penutup: the conclusions stated in the engine's numbers, then the steps to improve (Narasi or template).
import type { FileChild } from "docx";
import { body, heading, listItem, renderText } from "../blocks.js";
import type { Ctx } from "../context.js";
import type { Part } from "../part.js";
import * as msg from "../../text/messages/report.js";

export function bab4(ctx: Ctx): Part[] {
  const c = ctx.computed;
  const vars = ctx.figureVars();
  const out: FileChild[] = [heading(1, msg.H.bab4), heading(2, `4.1 ${msg.BAB4.kesimpulan}`), ...renderText(ctx.texts.text("kesimpulan", vars))];
  c.sasaran.forEach((s, k) => {
    const text =
      s.capaian === undefined
        ? msg.sasaranTanpaCapaian(s.nomor, s.sasaran)
        : msg.kesimpulanSasaran(s.nomor, s.sasaran, ctx.pct(s.capaian), s.kategori, msg.tercapaiDari(ctx.count(s.jumlahTercapai), ctx.count(s.jumlahIndikator)));
    out.push(listItem(`${k + 1}.`, text));
  });
  const missed = c.indikator.filter((i) => i.status === "ok" && !i.tercapai);
  out.push(
    body(
      missed.length === 0
        ? msg.kesimpulanSemuaTercapai
        : msg.kesimpulanBelumTercapai(missed.map((i) => `${i.indikator} (${ctx.pct(i.capaian)})`).join("; ")),
    ),
  );
  const t = c.anggaran.total;
  if (t.pagu !== undefined) out.push(body(msg.kesimpulanAnggaran(ctx.rp(t.pagu), ctx.rp(t.realisasi), ctx.pct(t.serapan))));
  const eff = c.sasaran.filter((s) => s.anggaran?.label !== undefined);
  eff.forEach((s, k) => {
    const a = s.anggaran!;
    const nilai = a.metode === "selisih" ? msg.poin(ctx.num(a.nilai)) : ctx.pct(a.nilai);
    out.push(listItem(`${String.fromCharCode(97 + (k % 26))}.`, msg.kesimpulanEfisiensi(s.nomor, ctx.pct(a.serapan), ctx.pct(a.capaian), nilai, a.label!)));
  });
  out.push(heading(2, `4.2 ${msg.BAB4.langkah}`));
  // the closing words stay whole, and never alone on the chapter's last page: the last step goes with them
  out.push(...renderText(ctx.texts.text("langkah-perbaikan", vars), { lastWithNext: true }));
  out.push(...renderText(ctx.texts.text("penutup", vars), { together: true }));
  return [{ children: out }];
}
