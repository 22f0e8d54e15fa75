// docs/checks.md lists every rule with its default severity and an example finding.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/check/registry.js";
import { DOC_RULES } from "../../src/document/registry.js";

const doc = readFileSync(new URL("../../docs/checks.md", import.meta.url), "utf8");

describe("docs/checks.md", () => {
  it.each([...RULES, ...DOC_RULES].map((r) => [r.id, r.severity] as const))("documents %s (%s) with an example finding", (id, severity) => {
    expect(doc).toContain(`| \`${id}\` | ${severity} |`);
    expect(doc.split("\n").some((line) => line.trimEnd().endsWith(`   ${id}`))).toBe(true);
  });
});
