// What `lkip check` says about Word inputs it cannot audit: one line each, exit 2. A .docx given to a command that
// reads workbooks keeps its own message.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../src/workbook/open.js";
import { lkip } from "../helpers/cli.js";
import { tempDir } from "../helpers/workbook.js";

const dir = tempDir();
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A refusal: exit 2, nothing on stdout, one line on stderr matching `re`. */
function refused(file: string, re: RegExp, command = "check") {
  const r = lkip([command, file]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(re);
}

describe("lkip check on Word inputs it cannot audit", () => {
  it("a letter with no tables or figures is not an LKIP", async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun("Surat undangan rapat evaluasi.")] })] }] });
    const file = join(dir, "surat.docx");
    writeFileSync(file, await Packer.toBuffer(doc));
    refused(file, /surat\.docx adalah dokumen Word tanpa tabel berangka/);
  });

  it("an encrypted .docx", () => {
    const file = join(dir, "sandi.docx");
    writeFileSync(file, Buffer.concat([CFB, Buffer.alloc(512), Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(512)]));
    refused(file, /sandi\.docx dilindungi kata sandi/);
  });

  it("a legacy .doc, even named .docx", () => {
    for (const name of ["lama.doc", "lama-juga.docx"]) {
      const file = join(dir, name);
      writeFileSync(file, Buffer.concat([CFB, Buffer.alloc(512), Buffer.from("WordDocument", "utf16le"), Buffer.alloc(512)]));
      refused(file, /berformat Word lama \(\.doc\); .*simpan sebagai \.docx/);
    }
  });

  it("a .docx that expands past the limit", () => {
    const bomb = zipSync(
      { "word/document.xml": new Uint8Array(LIMITS.uncompressedBytes + 1024) },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const file = join(dir, "bom.docx");
    writeFileSync(file, bomb);
    refused(file, /bom\.docx terlalu besar untuk dibaca: ukuran setelah diekstrak melebihi batas 100 MiB/);
  });

  it("a damaged document part", () => {
    const file = join(dir, "rusak.docx");
    writeFileSync(file, zipSync({ "word/document.xml": new TextEncoder().encode("<w:document><w:body><w:p>") }));
    refused(file, /rusak\.docx bukan dokumen Word \(\.docx\) yang dapat dibaca/);
  });

  it("build and capaian keep telling a .docx is not a workbook", async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph("x")] }] });
    const file = join(dir, "LKIP-2025.docx");
    writeFileSync(file, await Packer.toBuffer(doc));
    refused(file, /LKIP-2025\.docx adalah dokumen Word \(\.docx\), bukan workbook/, "build");
    refused(file, /LKIP-2025\.docx adalah dokumen Word \(\.docx\), bukan workbook/, "capaian");
  });
});
