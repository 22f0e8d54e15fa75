// `lkip check laporan.docx --annotate out.docx`: a copy with a Word comment on each place a finding points at; the
// input is untouched, a copy lkip wrote is replaced on the next run, another .docx is not (without --force).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { lkip, ROOT } from "../helpers/cli.js";
import { tempDir } from "../helpers/workbook.js";

const SEED = join(ROOT, "..", "shared", "seeds", "docx", "lkip-kota-bekasi-2025.docx");
const dir = tempDir("lkip-docx-annotate-");
const hash = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");

/** The text of the runs between a comment's range start and end. */
function anchoredText(xml: string, id: string): string {
  const start = xml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
  const end = xml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`, start);
  return [...xml.slice(start, end).matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

describe("lkip check laporan.docx --annotate", () => {
  it("writes a copy with one comment per place, anchored on the offending cell or paragraph", () => {
    const before = hash(SEED);
    const out = join(dir, "catatan.docx");
    const r = lkip(["check", SEED, "--annotate", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Salinan beranotasi ditulis: ${out}`);
    expect(hash(SEED)).toBe(before);

    const parts = unzipSync(readFileSync(out));
    const comments = strFromU8(parts["word/comments.xml"]!);
    const xml = strFromU8(parts["word/document.xml"]!);
    const ids = [...comments.matchAll(/<w:comment w:id="(\d+)"/g)].map((m) => m[1]!);
    // 13 findings at 11 places: the terbilang and the count share a paragraph, and so do the two miscounted groups
    expect(ids).toHaveLength(11);
    expect(anchoredText(xml, ids[3]!)).toBe("1.381.879.910");
    expect(comments).toMatch(/\[galat\] .*Perlindungan Sosial Korban Bencana.*tertulis 1\.381\.879\.910.*\(dokumen\/hierarki\)/);
    expect(anchoredText(xml, ids[6]!)).toContain("3 (empat) program");
    expect(anchoredText(xml, ids[7]!)).toContain("Rp. 31.132.479.236");
    expect(anchoredText(xml, ids[8]!)).toBe("407 Orang");
    expect(anchoredText(xml, ids[9]!)).toContain("Dari 67 orang pelaksana tersebut");
    expect(anchoredText(xml, ids[10]!)).toContain("efisiensi sebesar 15%");
    expect(comments).toMatch(/\[galat\] .*67 orang pelaksana.*64 orang pelaksana.*\(dokumen\/hitungan\)/);
    expect(strFromU8(parts["word/_rels/document.xml.rels"]!)).toContain('Target="comments.xml"');
    expect(strFromU8(parts["[Content_Types].xml"]!)).toContain('PartName="/word/comments.xml"');

    // the copy checks like the original
    const again = JSON.parse(lkip(["check", out, "--format", "json"]).stdout) as { summary: unknown };
    expect(again.summary).toEqual({ errors: 13, warnings: 0, infos: 0 });
    // and is lkip's own: the next run replaces it without --force
    expect(lkip(["check", SEED, "--annotate", out]).code).toBe(1);
  });

  it("does not replace a .docx lkip did not write, nor the input", () => {
    const foreign = join(dir, "milik-orang.docx");
    writeFileSync(foreign, readFileSync(SEED));
    const r = lkip(["check", SEED, "--annotate", foreign]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(hash(foreign)).toBe(hash(SEED));
    expect(lkip(["check", foreign, "--annotate", foreign, "--force"]).code).toBe(2);
  });
});
