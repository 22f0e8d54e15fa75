// Finding the offices under the folders a coordinator names: every folder (the given ones and their subfolders)
// that holds a workbook is an office; a folder with several workbooks yields each, and says so.
import { readdir, realpath, stat } from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";

export interface OfficeJob {
  /** The workbook. */
  file: string;
  /** The given folder it was found under (for mirroring into --out). */
  root: string;
  /** Path of the workbook's folder relative to `root` ("" for the root itself). */
  relDir: string;
  /** Reached through a symbolic link that leads outside the given folder: nothing may be written next to it. */
  outside: boolean;
}

export interface Discovery {
  jobs: OfficeJob[];
  /** Folders holding more than one workbook: each is processed. */
  crowded: { folder: string; count: number }[];
  /** Given paths that are not folders or workbooks. */
  missing: string[];
}

/** Files lkip writes itself, Excel's lock files and hidden temporaries are never inputs. */
export function isInputWorkbook(name: string): boolean {
  if (!/\.xlsx$/i.test(name)) return false;
  if (name.startsWith("~$") || name.startsWith(".")) return false;
  if (/^rekap-lkip-/i.test(name)) return false;
  if (/[-.]anotasi\.xlsx$/i.test(name)) return false;
  return true;
}

export async function discoverOffices(paths: string[]): Promise<Discovery> {
  const out: Discovery = { jobs: [], crowded: [], missing: [] };
  const visited = new Set<string>();
  const walk = async (dir: string, root: string, realRoot: string): Promise<void> => {
    let real: string;
    try {
      real = await realpath(dir);
    } catch {
      return;
    }
    // A symlinked folder is followed once; a link back up the tree is not followed again.
    if (visited.has(real)) return;
    visited.add(real);
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => a.name.localeCompare(b.name));
    const workbooks: string[] = [];
    const subdirs: string[] = [];
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) subdirs.push(full);
      else if (e.isSymbolicLink()) {
        const st = await stat(full).catch(() => undefined);
        if (st?.isDirectory()) subdirs.push(full);
        else if (st?.isFile() && isInputWorkbook(e.name)) workbooks.push(full);
      } else if (e.isFile() && isInputWorkbook(e.name)) workbooks.push(full);
    }
    if (workbooks.length > 1) out.crowded.push({ folder: dir, count: workbooks.length });
    const outside = real !== realRoot && !real.startsWith(realRoot + sep);
    for (const file of workbooks) out.jobs.push({ file, root, relDir: relative(root, dir), outside });
    for (const sub of subdirs) if (!basename(sub).startsWith(".") && basename(sub) !== "node_modules") await walk(sub, root, realRoot);
  };
  for (const p of paths) {
    const st = await stat(p).catch(() => undefined);
    if (st?.isDirectory()) await walk(p, p, await realpath(p));
    else if (st?.isFile() && /\.xlsx$/i.test(p)) out.jobs.push({ file: p, root: dirname(p), relDir: "", outside: false });
    else out.missing.push(p);
  }
  return out;
}
