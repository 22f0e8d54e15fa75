// NO_COLOR and FORCE_COLOR, as a user at a terminal sees them: the run happens under a pseudo-terminal (`script`).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { colorLevel } from "../../src/cli/color.js";
import { BIN, ROOT } from "../helpers/cli.js";

const WITH_ERRORS = `${ROOT}examples/dinas-sosial-kota-bekasi-2025-dengan-kesalahan.xlsx`;
const hasScript = spawnSync("script", ["--version"]).status === 0;
const ESC = /\u001b\[/;

/**
 * `lkip check` on a terminal with exactly `env` set among NO_COLOR / FORCE_COLOR. The terminal is a user's: `TERM` names
 * a colour terminal and no `CI` variable is set (chalk turns colour off under an unknown CI or without TERM, as a CI
 * runner's environment has it).
 */
function onTerminal(env: Record<string, string>): string {
  const { NO_COLOR: _n, FORCE_COLOR: _f, CI: _c, CONTINUOUS_INTEGRATION: _ci, BUILD_NUMBER: _b, RUN_ID: _r, ...rest } =
    process.env;
  const r = spawnSync("script", ["-qec", `"${process.execPath}" "${BIN}" check "${WITH_ERRORS}"`, "/dev/null"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...rest, TERM: "xterm-256color", ...env },
    timeout: 120_000,
  });
  expect(r.stdout).toContain("peringatan");
  return r.stdout;
}

describe.skipIf(!hasScript)("colour on a terminal", () => {
  it("is on by default, off with NO_COLOR (any non-empty value), and FORCE_COLOR wins", () => {
    expect(onTerminal({})).toMatch(ESC);
    expect(onTerminal({ NO_COLOR: "1" })).not.toMatch(ESC);
    expect(onTerminal({ NO_COLOR: "ya" })).not.toMatch(ESC);
    expect(onTerminal({ NO_COLOR: "1", FORCE_COLOR: "1" })).toMatch(ESC);
    expect(onTerminal({ FORCE_COLOR: "0" })).not.toMatch(ESC);
  }, 120_000);
});

describe("colorLevel", () => {
  it("an empty NO_COLOR is no request", () => {
    expect(colorLevel({ NO_COLOR: "" })).toBeUndefined();
    expect(colorLevel({ NO_COLOR: "1" })).toBe(0);
    expect(colorLevel({ NO_COLOR: "1", FORCE_COLOR: "2" })).toBeUndefined();
  });
});
