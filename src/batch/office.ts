// One office of a batch: read → compute → check → (build). Never throws: a failure is a result with its reason.
import { basename, dirname, extname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { computeLkip } from "../engine/index.js";
import type { Computed } from "../engine/types.js";
import { LkipError } from "../errors.js";
import type { Model } from "../model/types.js";
import { readWorkbook } from "../read.js";
import { plain, plainMeasured, plainQuantity } from "../summary/values.js";
import * as msg from "../text/messages/batch.js";
import * as cmsg from "../text/messages/cascading.js";
import { failedResult } from "./result.js";
import type { OfficeResult, OfficeTask } from "./types.js";
import { makeFolder } from "../util/atomic.js";

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

/**
 * The document's path in this run: the default name, or — when another office of the run already claimed it (two
 * workbooks of one office and year in one folder) — the name with the workbook's own name appended.
 */
async function claimOutput(
  task: OfficeTask,
  model: Model,
  tahun: number,
  claim: Claim,
  kind: "lkip" | "cascading" = "lkip",
): Promise<{ output: string; renamedFrom?: string }> {
  const { cascadingOutputName, defaultOutputName, slug } = await import("../report/write.js");
  const folder = task.outDir ?? dirname(resolve(task.file));
  const plainName = (kind === "lkip" ? defaultOutputName : cascadingOutputName)(model, tahun);
  const stem = plainName.replace(/\.docx$/, "");
  const own = slug(basename(task.file, extname(task.file))) || "workbook";
  for (let n = 0; ; n++) {
    const name = n === 0 ? plainName : `${stem}-${own}${n > 1 ? `-${n}` : ""}.docx`;
    const output = join(folder, name);
    if (await claim(output)) return n === 0 ? { output } : { output, renamedFrom: plainName };
  }
}

/** Asks the run for an output path; true when no other office of the run has it. */
export type Claim = (path: string) => Promise<boolean> | boolean;

/**
 * `--cascading`: the office's Pengukuran Kinerja Individu beside its LKIP; without a Cascading sheet a note. Never
 * throws: a cascade that cannot be written is a note, and the office's LKIP and recap stand.
 */
async function cascadingDocument(task: OfficeTask, model: Model, computed: Computed, claim: Claim): Promise<{ output?: string; note?: string }> {
  if (!model.cascading || model.cascading.nodes.length === 0) return { note: cmsg.batchNoSheet };
  try {
    if (task.outDir) await makeFolder(task.outDir);
    const { assertOffice, writeCascading } = await import("../report/write.js");
    assertOffice(model, computed);
    const { output, renamedFrom } = await claimOutput(task, model, computed.tahun!, claim, "cascading");
    const written = await writeCascading(model, computed, { output, force: task.force });
    return { output: written.output, ...(renamedFrom ? { note: msg.renamed(renamedFrom) } : {}) };
  } catch (e) {
    return { note: cmsg.batchFailed(e instanceof LkipError ? e.message : msg.internal(e instanceof Error ? e.message : String(e))) };
  }
}

export async function processOffice(task: OfficeTask, claim: Claim = () => true): Promise<OfficeResult> {
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
        if (task.outDir) await makeFolder(task.outDir);
        const { assertBuildable, writeReport } = await import("../report/write.js");
        assertBuildable(model, computed);
        const { output, renamedFrom } = await claimOutput(task, model, computed.tahun!, claim);
        const written = await writeReport(model, computed, { output, force: task.force });
        result.output = written.output;
        if (renamedFrom) result.outputNote = msg.renamed(renamedFrom);
      }
      if (task.cascading) result.cascading = await cascadingDocument(task, model, computed, claim);
    }
    return done(result);
  } catch (e) {
    const reason = e instanceof LkipError ? e.message : msg.internal(e instanceof Error ? e.message : String(e));
    return done(failedResult(task, reason));
  }
}
