// What the commands that write a Word document share (`build`, `cascading`): the `-o` rule with `--pdf`, lkip's version
// for the document's properties, and the PDF made with LibreOffice beside the document.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { constants, readFileSync } from "node:fs";
import { access, mkdir, rename, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, delimiter, dirname, extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { LkipError } from "../errors.js";
import * as msg from "../text/messages/report.js";
import { onInterrupt, releaseTemp, trackTemp } from "../util/atomic.js";

/** The PDF beside a document: same folder and name, `.pdf`. */
export const pdfPath = (docx: string) => join(dirname(docx), `${basename(docx, extname(docx))}.pdf`);

async function findExecutable(names: readonly string[]): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const n of names) {
      const p = join(dir, n);
      try {
        await access(p, constants.X_OK);
        return p;
      } catch {
        // not in this folder
      }
    }
  }
  return undefined;
}

/** Converts with LibreOffice into a temporary folder beside the target, then renames the PDF into place. */
async function convertToPdf(soffice: string, docx: string, pdf: string): Promise<void> {
  const work = join(dirname(pdf), `.${basename(pdf)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const profile = join(tmpdir(), `lkip-lo-${process.pid}-${randomBytes(4).toString("hex")}`);
  trackTemp(work);
  trackTemp(profile);
  let stopChild: (() => void) | undefined;
  await mkdir(work);
  try {
    await new Promise<void>((ok, fail) => {
      const child = spawn(
        soffice,
        [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--convert-to", "pdf", "--outdir", work, docx],
        { stdio: "ignore" },
      );
      // interrupted: LibreOffice is stopped before the temporary folders are removed
      stopChild = onInterrupt(() => void child.kill("SIGKILL"));
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        fail(new Error(msg.pdfTimeout));
      }, 180_000);
      child.on("error", (e) => {
        clearTimeout(timer);
        fail(e);
      });
      child.on("exit", () => {
        clearTimeout(timer);
        ok();
      });
    });
    // soffice exits 0 even when it could not convert: the file is the only proof
    const produced = join(work, `${basename(docx, extname(docx))}.pdf`);
    const st = await stat(produced).catch(() => undefined);
    if (!st?.isFile() || st.size === 0) throw new Error(msg.noPdfOutput);
    await rename(produced, pdf);
  } finally {
    stopChild?.();
    await rm(work, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
    releaseTemp(work);
    releaseTemp(profile);
  }
}

/** lkip's version from package.json (dist/src/cli/ when built, src/cli/ under tests); "" when not found. */
export function version(): string {
  for (const up of ["../../../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "lkip") return pkg.version ?? "";
    } catch {
      // try the next level
    }
  }
  return "";
}

/**
 * `-o` names the .docx; with `--pdf` it may name the PDF instead (`-o laporan.pdf --pdf` writes laporan.docx and
 * laporan.pdf), so no file ever holds something other than its extension says (any other extension is refused by
 * the output rule, `util/output.ts`).
 */
export function docxOutput(opts: { output?: string; pdf?: boolean }): string | undefined {
  if (opts.output === undefined) return undefined;
  if (extname(opts.output).toLowerCase() === ".pdf") {
    if (!opts.pdf) throw new LkipError(msg.pdfNeedsFlag(opts.output));
    return opts.output.slice(0, -".pdf".length) + ".docx";
  }
  return opts.output;
}

/** `--pdf`: the PDF of the written document, or a note when LibreOffice is not installed (the .docx stands). */
export async function writePdf(docx: string): Promise<void> {
  const soffice = await findExecutable(["soffice", "libreoffice"]);
  if (!soffice) {
    process.stderr.write(msg.pdfNoSoffice + "\n");
    return;
  }
  const target = pdfPath(docx);
  try {
    await convertToPdf(soffice, docx, target);
  } catch (e) {
    throw new LkipError(msg.pdfFailed(e instanceof Error ? e.message : String(e)), 2, e);
  }
  process.stdout.write(msg.pdfWritten(target) + "\n");
}
