// One office of a batch: read → compute → check → (build). Never throws: a failure is a result with its reason.
import { mkdir } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { computeLkip } from "../engine/index.js";
import type { Computed } from "../engine/types.js";
import { LkipError } from "../errors.js";
import type { Model } from "../model/types.js";
import { readWorkbook } from "../workbook/read.js";
import { plain, plainMeasured, plainQuantity } from "../summary/values.js";
import * as msg from "../text/messages/batch.js";
import { failedResult } from "./result.js";
import type { OfficeResult, OfficeTask } from "./types.js";

function summarize(task: OfficeTask, model: Model, computed: Computed): OfficeResult {
  return {
    file: task.file,
    relDir: task.relDir,
    status: "ok",
    ...(model.profil?.namaInstansi ? { instansi: model.profil.namaInstansi } : {}),
    ...(model.profil?.pemerintahDaerah ? { pemerintahDaerah: model.profil.pemerintahDaerah } : {}),
    ...(computed.tahun !== undefined ? { tahun: computed.tahun } : {}),
    desimal: computed.desimal,
    jumlahIndikator: computed.ringkasan.jumlahIndikator,
    jumlahTercapai: computed.ringkasan.jumlahTercapai,
    ...(computed.ringkasan.capaian ? { capaian: plain(computed.ringkasan.capaian)! } : {}),
    ...(computed.anggaran.total.serapan ? { serapan: plain(computed.anggaran.total.serapan)! } : {}),
    errors: 0,
    warnings: 0,
    infos: 0,
    indikator: computed.indikator.map((r) => ({
      kode: r.kode ?? null,
      indikator: r.indikator,
      satuan: r.satuan ?? null,
      target: plainQuantity(r.target) ?? null,
      realisasi: plainMeasured(r.realisasi) ?? null,
      capaian: plain(r.capaian) ?? null,
      kategori: r.kategori ?? null,
    })),
    ms: 0,
  };
}

export async function processOffice(task: OfficeTask): Promise<OfficeResult> {
  const start = performance.now();
  const done = (r: OfficeResult): OfficeResult => ({ ...r, ms: Math.round(performance.now() - start) });
  try {
    const model = await readWorkbook(task.file);
    const { requireSheets } = await import("../cli/common.js");
    requireSheets(model, task.mode === "build" ? ["profil", "iku", "pk", "anggaran"] : ["pk"], task.mode === "build" ? "lkip build" : "lkip check");
    const computed = computeLkip(model);
    const result = summarize(task, model, computed);
    const [{ checkModel }, { configFor }] = await Promise.all([import("../check/index.js"), import("../check/config.js")]);
    // the same configuration `lkip check` and `lkip build` would use on this workbook alone
    const check = checkModel(model, computed, await configFor(task.file, task.config));
    result.errors = check.summary.errors;
    result.warnings = check.summary.warnings;
    result.infos = check.summary.infos;
    if (task.mode === "build") {
      if (result.errors > 0 && !task.force) {
        result.outputSkipped = msg.skippedErrors(result.errors);
      } else {
        if (task.outDir) await mkdir(task.outDir, { recursive: true });
        const { writeReport } = await import("../report/write.js");
        const written = await writeReport(model, computed, {
          ...(task.outDir ? { outDir: task.outDir } : {}),
          force: task.force,
        });
        result.output = written.output;
      }
    }
    return done(result);
  } catch (e) {
    const reason = e instanceof LkipError ? e.message : msg.internal(e instanceof Error ? e.message : String(e));
    return done(failedResult(task, reason));
  }
}
