// Outputs are written atomically: into a temporary file beside the target, then renamed over it, so a crash or a
// kill never leaves a truncated document under the output name. Temporary files (and folders) still pending when
// SIGINT or SIGTERM arrives are removed before the process exits (130 / 143), so an interrupted run leaves nothing.
// Batch workers are threads: signals reach the main thread only, so a worker reports its pending paths to it.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { isMainThread, parentPort } from "node:worker_threads";
import { LkipError } from "../errors.js";
import * as msg from "../text/messages/output.js";

/** The temporary name used while writing `target` (same folder, so the rename is atomic). */
export function tempNameFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

/**
 * Creates `folder` and any missing parents, one level at a time. Node's `mkdir(…, { recursive: true })` never returns
 * where the parent exists but refuses children with ENOENT (`/proc/x`): it retries forever. Here each level is created
 * once, so such a place fails at once with the system's error (ENOENT, EACCES, ENOTDIR, …).
 */
export async function makeFolder(folder: string): Promise<void> {
  const missing: string[] = [];
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    const st = await stat(dir).catch((e: NodeJS.ErrnoException) => (e.code === "ENOENT" ? undefined : Promise.reject(e)));
    if (st) break;
    missing.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of missing) {
    await mkdir(dir).catch((e: NodeJS.ErrnoException) => (e.code === "EEXIST" ? undefined : Promise.reject(e)));
  }
}

// ---- interruption ---------------------------------------------------------------------------------------------------

const pending = new Set<string>();
const beforeCleanup = new Set<() => Promise<void> | void>();
/** Atomic writes under way: an interruption lets them settle (renamed or removed) before it cleans up, since a write
 *  already handed to the file system could otherwise create its temporary file after the clean-up had run. */
const inflight = new Set<Promise<unknown>>();
let hooked = false;
let exiting = false;

/** A message a worker thread sends its parent about a pending temporary path. */
export interface TempMessage {
  lkipTemp: string;
  pending: boolean;
}

export function isTempMessage(m: unknown): m is TempMessage {
  return typeof m === "object" && m !== null && typeof (m as TempMessage).lkipTemp === "string";
}

const EXIT_CODE: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

function interrupted(signal: NodeJS.Signals): void {
  if (exiting) return;
  exiting = true;
  const finish = () => {
    for (const p of pending) rmSync(p, { recursive: true, force: true });
    process.stderr.write(`lkip: ${msg.interrupted(signal)}\n`);
    process.exit(EXIT_CODE[signal] ?? 1);
  };
  // Stop whatever could still create files (worker threads, LibreOffice), for at most two seconds, then clean up.
  const stops = [...[...beforeCleanup].map(async (f) => f()), ...inflight];
  void Promise.race([Promise.allSettled(stops), new Promise((ok) => setTimeout(ok, 2000).unref())]).then(finish);
}

/** Installs the SIGINT/SIGTERM handler (the CLI does so at start, so an interrupted run always exits 130 / 143). */
export function handleInterrupts(): void {
  if (hooked || !isMainThread) return;
  hooked = true;
  for (const s of ["SIGINT", "SIGTERM"] as const) process.on(s, () => interrupted(s));
}

/** Marks `path` (a file or folder) as temporary until `release`: removed if the process is interrupted. */
export function trackTemp(path: string): void {
  if (!isMainThread) parentPort?.postMessage({ lkipTemp: path, pending: true } satisfies TempMessage);
  pending.add(path);
  handleInterrupts();
}

export function releaseTemp(path: string): void {
  if (!isMainThread) parentPort?.postMessage({ lkipTemp: path, pending: false } satisfies TempMessage);
  pending.delete(path);
}

/** Runs `stop` when interrupted, before the temporary paths are removed (e.g. terminate workers, kill a child). */
export function onInterrupt(stop: () => Promise<void> | void): () => void {
  handleInterrupts();
  beforeCleanup.add(stop);
  return () => beforeCleanup.delete(stop);
}

// ---- writing --------------------------------------------------------------------------------------------------------

/** Checks that `target` can be written: not a folder, its folder exists. Throws LkipError (exit 2) otherwise. */
export async function assertWritableTarget(target: string): Promise<void> {
  const st = await stat(target).catch(() => undefined);
  if (st?.isDirectory()) throw new LkipError(msg.targetIsFolder(target));
  const dir = await stat(dirname(target)).catch(() => undefined);
  if (!dir?.isDirectory()) throw new LkipError(msg.folderMissing(dirname(target)));
}

/** Writes data (or whatever `write(tempPath)` produces) to `target` atomically. */
export async function writeAtomic(target: string, data: Uint8Array | string | ((tempPath: string) => Promise<void>)): Promise<void> {
  await assertWritableTarget(target);
  const temp = tempNameFor(target);
  // tracked before it exists, so an interruption at any moment finds it
  trackTemp(temp);
  const write = (async () => {
    try {
      if (typeof data === "function") await data(temp);
      else await writeFile(temp, data);
      await rename(temp, target);
    } catch (e) {
      await rm(temp, { force: true });
      throw new LkipError(msg.cannotWrite(target, describe(e)), 2, e);
    }
  })();
  inflight.add(write);
  try {
    await write;
  } finally {
    inflight.delete(write);
    releaseTemp(temp);
  }
}

function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return msg.reasonPermission;
    case "EBUSY":
    case "ETXTBSY":
      return msg.reasonBusy;
    case "ENOSPC":
      return msg.reasonNoSpace;
    case "EISDIR":
      return msg.reasonIsFolder;
    case "ENOENT":
      return msg.reasonNoFolder;
    default:
      return e instanceof Error ? e.message : String(e);
  }
}
