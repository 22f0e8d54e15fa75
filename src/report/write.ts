// Writing the document to disk, shared by `lkip build` and `lkip batch`: the default name, then the output rule of
// `util/output.ts` (an existing file is replaced only with `force`, or when lkip wrote it: its custom document property
// `LKIP-Generator`; the input workbook never) and the atomic write.
import { dirname, join, resolve } from "node:path";
import type { Computed } from "../engine/types.js";
import { LkipError } from "../errors.js";
import type { Model } from "../model/types.js";
import * as msg from "../text/messages/report.js";
import { writeAtomic } from "../util/atomic.js";
import { prepareOutput } from "../util/output.js";
import { computeRincian } from "../engine/rincian.js";
import type { Cascade } from "./cascade.js";
import { Ctx } from "./context.js";
import { Templates } from "./templates.js";
import * as cmsg from "../text/messages/cascading.js";
import { buildDocument, DOCUMENT_CELL_LIMIT, documentCells, packDocument, type BuildOptions } from "./build.js";

/** `Dinas Sosial Kota Bekasi` → `dinas-sosial-kota-bekasi`: ASCII letters and digits, words joined by `-`. */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function officeSlug(model: Model): string {
  return slug([model.profil?.namaInstansi, model.profil?.pemerintahDaerah].filter(Boolean).join(" ")) || "instansi";
}

/** `LKIP-<Nama Instansi + Pemerintah Daerah, slugged>-<tahun>.docx`. */
export function defaultOutputName(model: Model, tahun: number): string {
  return `LKIP-${officeSlug(model)}-${tahun}.docx`;
}

/** The standalone cascade document (`lkip cascading`): `Cascading-<instansi slugged>-<tahun>.docx`. */
export function cascadingOutputName(model: Model, tahun: number): string {
  return `Cascading-${officeSlug(model)}-${tahun}.docx`;
}

export interface WriteOptions extends BuildOptions {
  /** The output file; default `defaultOutputName` in `outDir`, else beside the workbook. */
  output?: string;
  outDir?: string;
  /** Replace an existing file even when lkip did not write it. */
  force?: boolean;
}

export interface Written {
  output: string;
  /** An earlier lkip document was replaced. */
  replacedOwn: boolean;
  bytes: number;
}

/** Every document names the office and the year: without them, a usage error naming the Profil cell. */
export function assertOffice(model: Model, computed: Computed): void {
  const profilCell = (key: string, label: string) => {
    const e = model.profil?.entries[key];
    return e ? `${e.src.sheet}!${e.src.cell}` : `${model.sheets["profil"]?.name ?? "Profil"} (${label})`;
  };
  if (computed.tahun === undefined) throw new LkipError(msg.noYear(profilCell("tahun", "Tahun")));
  if (!model.profil?.namaInstansi?.trim()) throw new LkipError(msg.noInstansi(profilCell("namainstansi", "Nama Instansi")));
}

/** Sections that cannot be written without these: a usage error naming the sheet and cell. */
export function assertBuildable(model: Model, computed: Computed): void {
  assertOffice(model, computed);
  const pk = model.pk;
  if (!pk || pk.rows.length === 0) throw new LkipError(msg.noPkRows(pk?.sheet ?? "PK", `A${(pk?.headerRow ?? 1) + 1}`));
  const ang = model.anggaran;
  if (computed.anggaran.program.length === 0) throw new LkipError(msg.noPrograms(ang?.sheet ?? "Anggaran", `A${(ang?.headerRow ?? 1) + 1}`));
  assertFits(model, computed);
}

/**
 * A document larger than `DOCUMENT_CELL_LIMIT` table cells is refused before it is built, with the figure and the
 * limit: building it would take more memory than a workstation gives one process, and die with a V8 trace rather
 * than a message. Counted from the model (`documentCells`), in milliseconds.
 */
export function assertFits(model: Model, computed: Computed): void {
  const cells = documentCells(computed, computeRincian(model, computed));
  if (cells > DOCUMENT_CELL_LIMIT) throw new LkipError(msg.documentTooLarge(model.file, cells, DOCUMENT_CELL_LIMIT));
}

/** Where the document goes, checked against the overwrite rule before anything is built. */
export async function resolveOutput(
  model: Model,
  computed: Computed,
  opts: WriteOptions,
  name: (model: Model, tahun: number) => string = defaultOutputName,
): Promise<{ output: string; replacedOwn: boolean }> {
  const output = resolve(opts.output ?? join(opts.outDir ?? dirname(resolve(model.file)), name(model, computed.tahun!)));
  // Fail before the (slow) packing when the target may not or cannot be written.
  const { replacedOwn } = await prepareOutput(output, { kind: "docx", force: !!opts.force, inputs: [model.file], rename: "-o" });
  return { output, replacedOwn };
}

/** Builds, packs and writes the document atomically. Throws LkipError for a refused overwrite or an unwritable target. */
export async function writeReport(model: Model, computed: Computed, opts: WriteOptions = {}): Promise<Written> {
  assertBuildable(model, computed);
  const { output, replacedOwn } = await resolveOutput(model, computed, opts);
  const data = await packDocument(buildDocument(model, computed, opts));
  await writeAtomic(output, data);
  return { output, replacedOwn, bytes: data.length };
}

/**
 * The standalone "Pengukuran Kinerja Individu" (`lkip cascading`, `batch --cascading`), written as the LKIP is: the
 * output rule first, then the document, then the atomic write. Throws LkipError when the workbook has no cascade.
 */
export async function writeCascading(model: Model, computed: Computed, opts: WriteOptions = {}): Promise<Written & { cascade: Cascade }> {
  assertOffice(model, computed);
  const { cascadeOf } = await import("./cascade.js");
  const cascade = cascadeOf(model, computed);
  if (!cascade) {
    const sheet = model.cascading;
    throw new LkipError(sheet && sheet.nodes.length > 0 ? cmsg.noTop(sheet.sheet) : cmsg.noSheet(model.file));
  }
  const { output, replacedOwn } = await resolveOutput(model, computed, opts, cascadingOutputName);
  const { individuDocument } = await import("./individu.js");
  const texts = new Templates({ ...(opts.templatesDir !== undefined ? { override: opts.templatesDir } : {}), narasi: model.narasi?.rows ?? [] });
  const ctx = new Ctx(model, computed, opts.rincian ?? computeRincian(model, computed), texts, opts.baseDir ?? dirname(resolve(model.file)), opts.logo);
  const data = await packDocument(individuDocument(ctx, cascade, opts.version));
  await writeAtomic(output, data);
  return { output, replacedOwn, bytes: data.length, cascade };
}
