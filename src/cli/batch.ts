// `lkip batch <folder...>`: every office under the folders, in parallel, then a recap (terminal, JSON, workbook).
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { LkipError } from "../errors.js";
import { discoverOffices } from "../batch/discover.js";
import { claimer, runPool } from "../batch/pool.js";
import { outcomeOf, recapJson, recapText, writeRecap } from "../batch/recap.js";
import type { OfficeResult, OfficeTask } from "../batch/types.js";
import * as msg from "../text/messages/batch.js";
import { visible } from "../text/terminal.js";
import * as outMsg from "../text/messages/output.js";
import { prepareOutput } from "../util/output.js";
import { makeFolder } from "../util/atomic.js";
import { terminalWidth } from "../summary/text-table.js";

interface BatchOptions {
  checkOnly?: boolean;
  cascading?: boolean;
  out?: string;
  jobs?: number;
  recap?: string;
  format?: string;
  force?: boolean;
  config?: string;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A progress bar on a terminal; one plain line per office otherwise (CI, logs). */
function progress(total: number, tty: boolean) {
  let done = 0;
  const bar = (label: string) => {
    const width = 24;
    const filled = Math.round((done / total) * width);
    return `\r[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total} ${visible(label)}`.slice(0, process.stderr.columns || 100).padEnd(process.stderr.columns || 100);
  };
  return {
    start(task: OfficeTask) {
      if (tty) process.stderr.write(bar(task.relDir || task.file));
    },
    done(r: OfficeResult) {
      done++;
      const line = r.status === "gagal" ? msg.officeFailed(r.file, r.reason ?? "") : msg.officeOk(r.file, r.errors, r.warnings, outcomeOf(r));
      if (tty) process.stderr.write(bar(r.relDir || r.file));
      else process.stderr.write(visible(msg.progressLine(done, total, line)) + "\n");
    },
    finish() {
      if (tty) process.stderr.write("\r" + " ".repeat(process.stderr.columns || 100) + "\r");
    },
  };
}

/** `--out` must be a folder lkip can create and write into: checked once, before any office is processed. */
async function prepareOutFolder(out: string): Promise<void> {
  const st = await stat(out).catch(() => undefined);
  if (st && !st.isDirectory()) throw new LkipError(msg.outNotFolder(out));
  try {
    await makeFolder(out);
    await access(out, constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code ?? "";
    const reason =
      code === "EACCES" || code === "EPERM" || code === "EROFS"
        ? msg.reasonNoWrite
        : code === "ENOTDIR"
          ? msg.reasonParentFile
          : msg.reasonCannotCreate(code);
    throw new LkipError(msg.outNotWritable(out, reason), 2, e);
  }
}

export async function run(folders: string[], opts: BatchOptions): Promise<number> {
  const started = performance.now();
  const found = await discoverOffices(folders);
  for (const m of found.missing) process.stderr.write(visible(msg.notFound(m)) + "\n");
  if (found.jobs.length === 0) throw new LkipError(msg.noOffices(folders.join(", ")));
  for (const c of found.crowded) process.stderr.write(visible(msg.crowded(c.folder, c.count)) + "\n");
  for (const l of found.skippedLinks) process.stderr.write(visible(msg.skippedLink(l.link, l.reason, l.target)) + "\n");

  // A configuration given for all offices is checked once, before any work: a bad one is a usage error.
  const config = opts.config ? resolve(opts.config) : undefined;
  if (config) await (await import("../check/config.js")).readConfig(config);

  // The recap goes where documents go: --out, else the first folder given (nothing is written outside them). It follows
  // the output rule, checked before any work: never an input workbook, a foreign file only with --force.
  const recapFile = opts.recap ?? join(opts.out ?? found.jobs[0]!.root, `rekap-lkip-${today()}.xlsx`);
  if (opts.out) await prepareOutFolder(opts.out);
  await prepareOutput(recapFile, { kind: "xlsx", force: !!opts.force, inputs: found.jobs.map((j) => j.file), rename: "--recap" });

  const tasks: OfficeTask[] = found.jobs.map((j) => ({
    file: j.file,
    relDir: j.relDir,
    mode: opts.checkOnly ? "check" : "build",
    ...(opts.out ? { outDir: resolve(opts.out, j.relDir) } : {}),
    force: !!opts.force,
    ...(opts.cascading ? { cascading: true } : {}),
    ...(config ? { config } : {}),
  }));
  const jobs = opts.jobs && opts.jobs > 0 ? opts.jobs : availableParallelism();
  const tty = !!process.stderr.isTTY && opts.format !== "json";
  const bar = progress(tasks.length, tty);
  const results = await runPool(tasks, jobs, { onStart: (t) => bar.start(t), onDone: (r) => bar.done(r) }, claimer([resolve(recapFile)]));
  bar.finish();

  await writeRecap(recapFile, results);
  if (opts.format === "json") {
    process.stdout.write(JSON.stringify({ ...recapJson(results), rekap: recapFile }, null, 2) + "\n");
  } else {
    process.stdout.write(recapText(results, terminalWidth()));
    const failed = results.filter((r) => r.status === "gagal").length;
    const withErrors = results.filter((r) => r.status === "ok" && r.errors > 0).length;
    process.stdout.write(msg.summaryLine(results.length, failed, withErrors, ((performance.now() - started) / 1000).toFixed(1).replace(".", ",")) + "\n");
    process.stdout.write(msg.recapWritten(recapFile) + "\n");
  }
  const bad = results.some((r) => r.status === "gagal" || r.errors > 0) || found.missing.length > 0;
  return bad ? 1 : 0;
}
