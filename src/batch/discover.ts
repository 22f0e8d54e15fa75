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
}

/** A symbolic link that was not followed, and why. */
export interface SkippedLink {
  link: string;
  reason: "luar" | "putaran" | "rusak";
  /** Where it leads (its real path), when it leads anywhere. */
  target?: string;
}

export interface Discovery {
  jobs: OfficeJob[];
  /** Folders holding more than one workbook: each is processed. */
  crowded: { folder: string; count: number }[];
  /** Given paths that are not folders or workbooks. */
  missing: string[];
  /** Links leading out of the given folder, back to a folder already read, or nowhere. */
  skippedLinks: SkippedLink[];
}

/** Files lkip writes itself, Excel's lock files and hidden temporaries are never inputs. */
export function isInputWorkbook(name: string): boolean {
  if (!/\.xlsx$/i.test(name)) return false;
  if (name.startsWith("~$") || name.startsWith(".")) return false;
  if (/^rekap-lkip-/i.test(name)) return false;
  if (/[-.]anotasi\.xlsx$/i.test(name)) return false;
  return true;
}

/** Whether `real` is `root` or lies under it (both real paths). */
export function within(root: string, real: string): boolean {
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Walks the given folders. A symbolic link is followed only when its real path stays inside the given folder it was
 * found under: a link to `/` or to another office's share is reported and skipped, so the walk is bounded by the tree
 * the coordinator named. A link back to a folder already read (a cycle) is skipped too, and so is a second link to a
 * workbook already found.
 */
export async function discoverOffices(paths: string[]): Promise<Discovery> {
  const out: Discovery = { jobs: [], crowded: [], missing: [], skippedLinks: [] };
  const visited = new Set<string>();
  const seenFiles = new Set<string>();
  const walk = async (dir: string, root: string, realRoot: string, viaLink = false): Promise<void> => {
    const real = await realpath(dir).catch(() => undefined);
    if (real === undefined) return;
    if (visited.has(real)) {
      if (viaLink) out.skippedLinks.push({ link: dir, reason: "putaran", target: real });
      return;
    }
    visited.add(real);
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => a.name.localeCompare(b.name));
    const workbooks: string[] = [];
    const subdirs: { path: string; viaLink: boolean }[] = [];
    const addWorkbook = (full: string, realFile: string) => {
      if (seenFiles.has(realFile)) return;
      seenFiles.add(realFile);
      workbooks.push(full);
    };
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) subdirs.push({ path: full, viaLink: false });
      else if (e.isFile() && isInputWorkbook(e.name)) addWorkbook(full, join(real, e.name));
      else if (e.isSymbolicLink()) {
        const target = await realpath(full).catch(() => undefined);
        const st = target === undefined ? undefined : await stat(target).catch(() => undefined);
        if (!st || target === undefined) {
          out.skippedLinks.push({ link: full, reason: "rusak" });
          continue;
        }
        if (!st.isDirectory() && !(st.isFile() && isInputWorkbook(e.name))) continue;
        if (!within(realRoot, target)) out.skippedLinks.push({ link: full, reason: "luar", target });
        else if (st.isFile()) addWorkbook(full, target);
        else subdirs.push({ path: full, viaLink: true }); // a cycle is caught when it is walked
      }
    }
    if (workbooks.length > 1) out.crowded.push({ folder: dir, count: workbooks.length });
    for (const file of workbooks) out.jobs.push({ file, root, relDir: relative(root, dir) });
    for (const sub of subdirs) {
      const name = basename(sub.path);
      if (!name.startsWith(".") && name !== "node_modules") await walk(sub.path, root, realRoot, sub.viaLink);
    }
  };
  for (const p of paths) {
    const st = await stat(p).catch(() => undefined);
    if (st?.isDirectory()) await walk(p, p, await realpath(p));
    else if (st?.isFile() && /\.xlsx$/i.test(p)) out.jobs.push({ file: p, root: dirname(p), relDir: "" });
    else out.missing.push(p);
  }
  return out;
}
