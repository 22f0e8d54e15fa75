// The one rule every output follows (`build`, `batch` documents and recap, `check --annotate`, `init`):
// - its name ends with the extension of what is written (a .docx is never written under another name);
// - a file this run reads (an input workbook) is never replaced, not even with --force;
// - an existing file is replaced only when lkip wrote it (it carries lkip's mark, see `writtenByLkip`) or with --force;
// - the target's folder exists and the target is not a folder.
// Writing itself is atomic (`atomic.ts`).
import { realpathSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { unzipSync } from "fflate";
import { LkipError } from "../errors.js";
import * as msg from "../text/messages/output.js";
import { assertWritableTarget } from "./atomic.js";

export type OutputKind = "docx" | "xlsx" | "pdf";

/** The custom document property that marks a .docx written by lkip. */
export const GENERATOR_PROPERTY = "LKIP-Generator";
/**
 * `lastModifiedBy` of a workbook lkip wrote as an output (annotated copy, recap); Excel and LibreOffice change it on
 * saving, so a copy someone edited is theirs again. Not plain "lkip": that is what `lkip init` writes into the workbook
 * an office fills, which is never lkip's to replace.
 */
export const XLSX_MODIFIED_BY = "lkip (keluaran)";
/** The PDF's Author: LibreOffice carries the document's creator (`lkip`) into the PDF's Info dictionary. */
const PDF_AUTHOR = ["/Author(lkip)", "/Author<FEFF006C006B00690070>"];

export interface OutputRule {
  kind: OutputKind;
  /** Replace a file lkip did not write. */
  force?: boolean;
  /** Files this run reads: never replaced, even with `force`. */
  inputs?: readonly string[];
  /** When false, a file lkip wrote is refused too (without `force`): `init` never replaces a workbook someone fills. */
  replaceOwn?: boolean;
  /** How the user picks another name, for the refusal line (`-o`, `--annotate`, `--recap`). */
  rename?: string;
}

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

function zipPart(data: Uint8Array, name: string): string | undefined {
  try {
    const part = unzipSync(data, { filter: (f) => f.name === name })[name];
    return part === undefined ? undefined : new TextDecoder().decode(part);
  } catch {
    return undefined;
  }
}

/** Whether `file` is an output lkip wrote: a .docx with `LKIP-Generator`, a workbook last saved by lkip, a PDF made
 *  from an lkip document. Any read failure means "no". */
export async function writtenByLkip(file: string, kind: OutputKind): Promise<boolean> {
  let data: Uint8Array;
  try {
    data = new Uint8Array(await readFile(file));
  } catch {
    return false;
  }
  switch (kind) {
    case "docx":
      return zipPart(data, "docProps/custom.xml")?.includes(`name="${GENERATOR_PROPERTY}"`) ?? false;
    case "xlsx":
      return (zipPart(data, "docProps/core.xml") ?? "").includes(`<cp:lastModifiedBy>${XLSX_MODIFIED_BY}</cp:lastModifiedBy>`);
    case "pdf": {
      const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("latin1");
      return text.startsWith("%PDF") && PDF_AUTHOR.some((a) => text.includes(a));
    }
  }
}

/** Refuses a name whose extension is not the written kind's. */
export function assertExtension(target: string, kind: OutputKind): void {
  if (extname(target).toLowerCase() !== `.${kind}`) throw new LkipError(msg.wrongExtension(target, `.${kind}`));
}

/**
 * Checks `target` against the rule before anything is written (so a refusal comes before slow work). Returns whether
 * an earlier lkip output is being replaced. Throws LkipError (exit 2) with one line otherwise.
 */
export async function prepareOutput(target: string, rule: OutputRule): Promise<{ replacedOwn: boolean }> {
  const me = real(target);
  if ((rule.inputs ?? []).some((i) => real(i) === me)) throw new LkipError(msg.sameAsInput(target));
  await assertWritableTarget(target);
  assertExtension(target, rule.kind);
  const existing = await stat(target).catch(() => undefined);
  if (!existing) return { replacedOwn: false };
  if (!existing.isFile()) throw new LkipError(msg.notAFile(target));
  const own = rule.replaceOwn !== false && (await writtenByLkip(target, rule.kind));
  if (rule.force) return { replacedOwn: own };
  if (own) return { replacedOwn: true };
  throw new LkipError(rule.replaceOwn === false ? msg.exists(target) : msg.foreignExists(target, rule.rename ?? "nama lain"));
}
