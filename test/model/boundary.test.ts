// One way through the reader: src/workbook/ turns the file into tables of typed cells, src/model/ turns those into
// the model, and neither climbs back into the other. Read from the sources, following every relative import
// (static, type-only, re-exports and dynamic), so a moved helper that drags the other layer in is caught.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

function relativeImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [
    ...[...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/^\s*import\s+"([^"]+)"/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1]!),
  ];
  return specs.filter((s) => s.startsWith(".")).map((s) => resolve(dirname(file), s.replace(/\.js$/, ".ts")));
}

/** Every source file an entry reaches, as paths relative to src/ (`workbook/cells.ts`). */
function reached(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of relativeImports(file)) visit(next);
  };
  for (const e of entries) visit(e);
  return new Set([...seen].map((f) => relative(SRC, f)));
}

const filesOf = (dir: string) =>
  readdirSync(resolve(SRC, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => resolve(SRC, dir, f));

describe("the reader's layers", () => {
  it("src/model/ reaches nothing under src/workbook/", () => {
    const files = filesOf("model");
    expect(files.length).toBeGreaterThan(5);
    expect([...reached(files)].filter((f) => f.startsWith("workbook/"))).toEqual([]);
  });

  it("the workbook layer's reading path reaches nothing under src/model/", () => {
    const all = reached([resolve(SRC, "workbook/read.ts"), resolve(SRC, "workbook/open.ts")]);
    expect(all.has("workbook/xlsx/sheet.ts")).toBe(true);
    expect([...all].filter((f) => f.startsWith("model/"))).toEqual([]);
  });

  it("src/cells/, which both share, depends on nothing else in lkip", () => {
    expect([...reached(filesOf("cells"))].filter((f) => !f.startsWith("cells/"))).toEqual([]);
  });

  it("src/read.ts is the one place that calls both layers", () => {
    const users = filesOf(".").filter((f) => {
      const imports = relativeImports(f).map((i) => relative(SRC, i));
      return imports.includes("workbook/read.ts") && imports.includes("model/sheets.ts");
    });
    expect(users.map((f) => relative(SRC, f))).toEqual(["read.ts"]);
  });
});
