// Timing helpers shared by the benchmarks: run a command N times, take the median wall time and the peak memory.
import { spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MAXRSS = fileURLToPath(new URL("../../bench/maxrss.mjs", import.meta.url));

export interface Measure {
  label: string;
  medianMs: number;
  peakMiB: number;
  codes: number[];
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Runs `node <script> args…` `runs` times from the repo root. */
export function measure(label: string, script: string, args: string[], runs = 5): Measure {
  const times: number[] = [];
  const rss: number[] = [];
  const codes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ["--import", MAXRSS, script, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28 });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    const m = /LKIP_MAXRSS_KB=(\d+)/.exec(r.stderr);
    rss.push(m ? Number(m[1]) / 1024 : NaN);
    codes.push(r.status ?? -1);
  }
  return { label, medianMs: median(times), peakMiB: Math.max(...rss), codes };
}

export function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model ?? "?"}, Node ${process.version}, ${process.platform}`;
}

export const ms = (x: number) => `${Math.round(x)} ms`;
