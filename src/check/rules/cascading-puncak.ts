// The top of the cascade is the head of office, whose sasaran and indicators are the office's own: the IKU of the
// Renstra and the indicators of the Perjanjian Kinerja. A top indicator found in neither (by its Kode IKU, else by its
// text) is pointed at; so is a top sasaran that is none of the sheets' sasaran or tujuan.
import { normalizeText } from "../../engine/index.js";
import { cascadingRule, codeKey, codesOf, kinerjaOf, nodeName, rowsOf } from "../cascading.js";
import * as msg from "../../text/messages/check.js";

const ID = "cascading/puncak";

export const rule = cascadingRule(ID, "warning", (c, model, at) => {
  const kinerja = kinerjaOf(model);
  if (kinerja.length === 0) return;
  const codes = new Set(kinerja.flatMap((k) => (k.kode ? [codeKey(k.kode)] : [])));
  const texts = new Set(kinerja.map((k) => normalizeText(k.indikator)));
  const sasaran = new Set(
    [...(model.iku?.rows ?? []).flatMap((r) => [r.sasaran, r.tujuan]), ...(model.pk?.rows ?? []).map((r) => r.sasaran)]
      .map((s) => normalizeText(s))
      .filter((s) => s !== ""),
  );
  for (const top of c.roots.slice(0, 1)) {
    const name = nodeName(top);
    const seen = new Set<string>();
    for (const r of rowsOf(c, top)) {
      // each sasaran once, at the row that writes it (the rows below carry it)
      const s = normalizeText(r.sasaran);
      if (s && !seen.has(s)) {
        seen.add(s);
        if (sasaran.size > 0 && !sasaran.has(s)) at(r.cells["sasaran"]?.cell ?? r.src.cell, msg.cascadingPuncakSasaran(r.sasaran!, name));
      }
      if (!r.indikator) continue;
      const named = codesOf(r.kodeIku);
      if (named.length > 0) {
        for (const k of named) if (!codes.has(codeKey(k))) at(r.cells["kodeIku"]?.cell ?? r.src.cell, msg.cascadingPuncakKodeTidakAda(k, name));
      } else if (!texts.has(normalizeText(r.indikator))) at(r.src.cell, msg.cascadingPuncakIndikator(r.indikator, name));
    }
  }
});
