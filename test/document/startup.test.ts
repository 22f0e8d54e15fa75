// `lkip check laporan.docx` starts without the workbook checker: the modules it loads (recorded by a module hook in
// the CLI process) include the document checker but neither the workbook rules, the engine, the config schema library
// nor exceljs — which checking a workbook does load.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { EXAMPLE, lkip, ROOT } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "lkip-docx-startup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hooks = join(dir, "hooks.mjs");
writeFileSync(
  hooks,
  `import { appendFileSync } from "node:fs";
export async function load(url, context, next) { appendFileSync(process.env.LKIP_LOADED, url + "\\n"); return next(url, context); }
`,
);
const register = join(dir, "register.mjs");
writeFileSync(register, `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);

function loaded(args: string[], name: string): string[] {
  const out = join(dir, `${name}.txt`);
  writeFileSync(out, "");
  lkip(args, { env: { NODE_OPTIONS: `--import ${pathToFileURL(register).href}`, LKIP_LOADED: out } });
  return readFileSync(out, "utf8").split("\n").filter((l) => l !== "");
}

const WORKBOOK_ONLY = [/\/dist\/src\/check\/rules\//, /\/dist\/src\/engine\//, /\/node_modules\/zod\//, /\/node_modules\/exceljs\//];

describe("what lkip check loads", () => {
  it("a Word report: the document checker, not the workbook checker", () => {
    const urls = loaded(["check", join(ROOT, "..", "shared", "seeds", "docx", "lkip-kota-bekasi-2025.docx"), "--format", "json"], "docx");
    expect(urls.some((u) => u.includes("/dist/src/document/check.js"))).toBe(true);
    for (const re of WORKBOOK_ONLY) expect(urls.filter((u) => re.test(u))).toEqual([]);
  });

  it("a workbook: the workbook checker and the engine", () => {
    const urls = loaded(["check", EXAMPLE, "--format", "json"], "xlsx");
    expect(urls.some((u) => WORKBOOK_ONLY[0]!.test(u))).toBe(true);
    expect(urls.some((u) => WORKBOOK_ONLY[1]!.test(u))).toBe(true);
    expect(urls.some((u) => u.includes("/dist/src/document/check.js"))).toBe(false);
  });
});
