// Runs the built CLI the way a user does (`node bin/lkip.js …`); `npm test` builds dist/ first.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/lkip.js", import.meta.url));
export const EXAMPLE = fileURLToPath(new URL("../../examples/dinas-sosial-kota-bekasi-2025.xlsx", import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function lkip(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...opts.env },
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
