// `lkip build` as a user runs it: default output name, the overwrite rule, atomic writing, the input left untouched,
// checks before writing, --pdf without LibreOffice, and usage errors naming the sheet.
import { createHash } from "node:crypto";
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLE, lkip } from "../helpers/cli.js";
import { minimalSheets, tempDir, writeWorkbook } from "../helpers/workbook.js";
import { partsOf, paragraphs } from "./helpers.js";

const OUT = "LKIP-dinas-sosial-kota-bekasi-2025.docx";
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** A workbook whose only error finding is text in a number cell (PK!F2, rule baca/bukan-angka). */
function textInNumberCell(): Promise<string> {
  return writeWorkbook(
    minimalSheets({
      PK: [
        ["Kode", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi"],
        ["IKU-1", "Meningkatnya layanan", "Persentase PPKS terlayani", "%", 12, "lima belas"],
      ],
    }),
  );
}

function exampleCopy(): { dir: string; wb: string } {
  const dir = tempDir("lkip-build-");
  const wb = join(dir, "dinas sosial.xlsx");
  copyFileSync(EXAMPLE, wb);
  return { dir, wb };
}

describe("lkip build", () => {
  it("writes LKIP-<instansi>-<tahun>.docx beside the workbook, atomically, leaving the workbook untouched", () => {
    const { dir, wb } = exampleCopy();
    const before = sha(wb);
    const mtime = statSync(wb).mtimeMs;
    const r = lkip(["build", wb]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe(`Dokumen ditulis: ${join(dir, OUT)}`);
    expect(readdirSync(dir).sort()).toEqual([OUT, "dinas sosial.xlsx"]);
    expect(sha(wb)).toBe(before);
    expect(statSync(wb).mtimeMs).toBe(mtime);
    const xml = partsOf(readFileSync(join(dir, OUT)))["word/document.xml"]!;
    expect(paragraphs(xml)).toContain("BAB III AKUNTABILITAS KINERJA");

    // its own earlier output is replaced without --force
    const again = lkip(["build", wb]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("menggantikan dokumen lkip sebelumnya");
    expect(readdirSync(dir).sort()).toEqual([OUT, "dinas sosial.xlsx"]);
  });

  it("refuses to replace a file lkip did not write, unless --force", () => {
    const { dir, wb } = exampleCopy();
    const target = join(dir, OUT);
    writeFileSync(target, "laporan yang diketik manual");
    const r = lkip(["build", wb]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`lkip: ${target} sudah ada dan bukan buatan lkip; gunakan --force untuk menimpanya, atau -o dengan nama lain`);
    expect(readFileSync(target, "utf8")).toBe("laporan yang diketik manual");

    const forced = lkip(["build", wb, "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(dir).sort()).toEqual([OUT, "dinas sosial.xlsx"]);
  });

  it("-o names the output (never the workbook itself); --pdf without LibreOffice says clearly that no PDF was made", () => {
    const { dir, wb } = exampleCopy();
    const same = lkip(["build", wb, "-o", wb]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("workbook masukan tidak pernah ditimpa");
    const out = join(dir, "laporan.docx");
    const r = lkip(["build", wb, "-o", out, "--pdf"], { env: { PATH: join(dir, "tidak-ada") } });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(`Dokumen ditulis: ${out}`);
    expect(r.stderr.trim()).toBe(
      "PDF tidak dibuat: LibreOffice (perintah soffice) tidak ditemukan. Pasang LibreOffice (mis. paket libreoffice-writer), atau buka dokumen .docx di Word dan simpan sebagai PDF.",
    );
    expect(readdirSync(dir).sort()).toEqual(["dinas sosial.xlsx", "laporan.docx"].sort());
  });

  it("prints error findings one per line and writes nothing; --force writes anyway", async () => {
    const wb = await textInNumberCell();
    const dir = dirname(wb);
    const r = lkip(["build", wb]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines.find((l) => l.startsWith("PK!F2  galat  "))).toMatch(/ baca\/bukan-angka$/);
    expect(lines[lines.length - 1]).toContain("Dokumen tidak ditulis");
    expect(readdirSync(dir)).toEqual(["workbook.xlsx"]);

    const forced = lkip(["build", wb, "--force"]);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain("dokumen tetap ditulis karena --force");
    expect(readdirSync(dir).sort()).toEqual(["LKIP-dinas-sosial-kota-contoh-2025.docx", "workbook.xlsx"]);
  });

  it("uses the check configuration as lkip check does: beside the workbook, or --config", async () => {
    const wb = await textInNumberCell();
    const dir = dirname(wb);
    const elsewhere = join(tempDir("lkip-config-"), "longgar.json");
    writeFileSync(elsewhere, JSON.stringify({ rules: { "baca/bukan-angka": "warning" } }));
    const viaOption = lkip(["build", wb, "--config", elsewhere]);
    expect(viaOption.code).toBe(0);
    expect(viaOption.stderr).toMatch(/^PK!F2 {2}peringatan {2}.* baca\/bukan-angka$/m);
    expect(readdirSync(dir).sort()).toEqual(["LKIP-dinas-sosial-kota-contoh-2025.docx", "workbook.xlsx"]);

    writeFileSync(join(dir, "lkip.config.json"), JSON.stringify({ rules: { "baca/bukan-angka": "off" } }));
    const beside = lkip(["build", wb]);
    expect(beside.code).toBe(0);
    expect(beside.stderr).not.toContain("baca/bukan-angka");

    const missing = lkip(["build", wb, "--config", join(dir, "tidak-ada.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("a missing required sheet is a usage error: one line naming the sheet, exit 2", async () => {
    const wb = await writeWorkbook(minimalSheets().filter((s) => s.name !== "Anggaran"));
    const r = lkip(["build", wb]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr.trim()).toBe('lkip: Sheet "Anggaran" tidak ada; diperlukan untuk lkip build');
    expect(readdirSync(dirname(wb))).toEqual(["workbook.xlsx"]);
  });

  it("--templates naming a folder that does not exist is a usage error", () => {
    const { dir, wb } = exampleCopy();
    const r = lkip(["build", wb, "--templates", join(dir, "templat-kami")]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`lkip: folder templat ${join(dir, "templat-kami")} tidak ada`);
    expect(readdirSync(dir)).toEqual(["dinas sosial.xlsx"]);
  });

  it("a section that cannot be written names the sheet and the cell", async () => {
    const wb = await writeWorkbook(
      minimalSheets({
        Anggaran: [["Kode", "Uraian", "Level", "Pagu Perubahan", "Realisasi"]],
      }),
    );
    const r = lkip(["build", wb]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("lkip: Anggaran!A2: sheet Anggaran tidak berisi baris program; realisasi anggaran (BAB III) tidak dapat disusun");
  });
});
