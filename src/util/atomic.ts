// Outputs are written atomically: into a temporary file beside the target, then renamed over it, so a crash or a
// kill never leaves a truncated document under the output name.
import { randomBytes } from "node:crypto";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { LkipError } from "../errors.js";
import * as msg from "../text/messages/output.js";

/** The temporary name used while writing `target` (same folder, so the rename is atomic). */
export function tempNameFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

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
  try {
    if (typeof data === "function") await data(temp);
    else await writeFile(temp, data);
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw new LkipError(msg.cannotWrite(target, describe(e)), 2, e);
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
