// Commands load only what they need: the import graph of `check` and `capaian` never reaches the document library,
// reading a workbook never loads exceljs (only writing one does), and `--version` loads no command at all. Read from
// the sources, following static and dynamic imports.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

/** Every package an entry file can load, following relative imports (`.js` → `.ts`). */
function packagesReached(entry: string, skipDynamicFrom: string[] = []): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    const dynamicAllowed = !skipDynamicFrom.includes(file);
    const specs = [
      ...[...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm)].filter((m) => !/^\s*import\s+type\s/.test(m[0]) && !/^\s*export\s+type\s/.test(m[0])).map((m) => m[1]!),
      ...(dynamicAllowed ? [...text.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1]!) : []),
    ];
    for (const spec of specs) {
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
      else packages.add(spec.startsWith("node:") ? "node" : spec.split("/")[0]!.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
    }
  };
  visit(entry);
  return packages;
}

describe("what each command loads", () => {
  it.each(["check", "capaian"])("lkip %s never loads docx", (cmd) => {
    const reached = packagesReached(resolve(SRC, `cli/${cmd}.ts`));
    expect(reached.has("docx")).toBe(false);
  });

  it("lkip capaian never loads exceljs: the workbook is read by lkip's own reader", () => {
    expect(packagesReached(resolve(SRC, "cli/capaian.ts")).has("exceljs")).toBe(false);
  });

  it("lkip check loads exceljs only for --annotate (a dynamic import there), never to read", () => {
    const annotate = resolve(SRC, "check/format/annotate.ts");
    expect(packagesReached(resolve(SRC, "cli/check.ts")).has("exceljs")).toBe(true);
    expect(packagesReached(resolve(SRC, "cli/check.ts"), [annotate]).has("exceljs")).toBe(false);
  });

  it("lkip build does load docx (the graph walk finds it)", () => {
    expect(packagesReached(resolve(SRC, "cli/build.ts")).has("docx")).toBe(true);
  });

  it("the launcher's main module loads only commander before a command runs", () => {
    const main = resolve(SRC, "cli/main.ts");
    const reached = packagesReached(main, [main]);
    expect([...reached].sort()).toEqual(["commander", "node"]);
  });
});
