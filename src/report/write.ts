// Writing the document to disk, shared by `lkip build` and `lkip batch`: the default name, the overwrite rule, the
// atomic write. Overwrite rule: an existing file is replaced only with `force`, or when it was written by lkip earlier
// (it carries the custom document property `LKIP-Generator`); anything else is a usage error naming the file.
import { readFile, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { unzipSync } from "fflate";
import type { Computed } from "../engine/types.js";
import { LkipError } from "../errors.js";
import type { Model } from "../model/types.js";
import * as outMsg from "../text/messages/output.js";
import * as msg from "../text/messages/report.js";
import { assertWritableTarget, writeAtomic } from "../util/atomic.js";
import { buildDocument, GENERATOR_PROPERTY, packDocument, type BuildOptions } from "./build.js";

/** `Dinas Sosial Kota Bekasi` → `dinas-sosial-kota-bekasi`: ASCII letters and digits, words joined by `-`. */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** `LKIP-<Nama Instansi + Pemerintah Daerah, slugged>-<tahun>.docx`. */
export function defaultOutputName(model: Model, tahun: number): string {
  const name = slug([model.profil?.namaInstansi, model.profil?.pemerintahDaerah].filter(Boolean).join(" ")) || "instansi";
  return `LKIP-${name}-${tahun}.docx`;
}

/** Whether a file is a document lkip wrote: a .docx whose custom properties carry `LKIP-Generator`. */
export async function writtenByLkip(file: string): Promise<boolean> {
  try {
    const data = await readFile(file);
    const parts = unzipSync(new Uint8Array(data), { filter: (f) => f.name === "docProps/custom.xml" });
    const custom = parts["docProps/custom.xml"];
    return custom !== undefined && new TextDecoder().decode(custom).includes(`name="${GENERATOR_PROPERTY}"`);
  } catch {
    return false;
  }
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

/** Sections that cannot be written without these: a usage error naming the sheet and cell. */
export function assertBuildable(model: Model, computed: Computed): void {
  const profilCell = (key: string, label: string) => {
    const e = model.profil?.entries[key];
    return e ? `${e.src.sheet}!${e.src.cell}` : `${model.sheets["profil"]?.name ?? "Profil"} (${label})`;
  };
  if (computed.tahun === undefined) throw new LkipError(msg.noYear(profilCell("tahun", "Tahun")));
  if (!model.profil?.namaInstansi?.trim()) throw new LkipError(msg.noInstansi(profilCell("namainstansi", "Nama Instansi")));
  const pk = model.pk;
  if (!pk || pk.rows.length === 0) throw new LkipError(msg.noPkRows(pk?.sheet ?? "PK", `A${(pk?.headerRow ?? 1) + 1}`));
  const ang = model.anggaran;
  if (computed.anggaran.program.length === 0) throw new LkipError(msg.noPrograms(ang?.sheet ?? "Anggaran", `A${(ang?.headerRow ?? 1) + 1}`));
}

/** Where the document goes, checked against the overwrite rule before anything is built. */
export async function resolveOutput(model: Model, computed: Computed, opts: WriteOptions): Promise<{ output: string; replacedOwn: boolean }> {
  const output = resolve(opts.output ?? join(opts.outDir ?? dirname(resolve(model.file)), defaultOutputName(model, computed.tahun!)));
  if (output === resolve(model.file)) throw new LkipError(outMsg.sameAsInput(output));
  // Fail before the (slow) packing when the target cannot be written at all.
  await assertWritableTarget(output);
  const existing = await stat(output).catch(() => undefined);
  if (!existing?.isFile() || opts.force) return { output, replacedOwn: false };
  if (!(await writtenByLkip(output))) throw new LkipError(msg.foreignExists(output));
  return { output, replacedOwn: true };
}

/** Builds, packs and writes the document atomically. Throws LkipError for a refused overwrite or an unwritable target. */
export async function writeReport(model: Model, computed: Computed, opts: WriteOptions = {}): Promise<Written> {
  assertBuildable(model, computed);
  const { output, replacedOwn } = await resolveOutput(model, computed, opts);
  const data = await packDocument(buildDocument(model, computed, opts));
  await writeAtomic(output, data);
  return { output, replacedOwn, bytes: data.length };
}
