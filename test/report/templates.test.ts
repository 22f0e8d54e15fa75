// Default texts, an office's own template folder, and Narasi rows: which text a section gets, and placeholders.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeLkip } from "../../src/engine/index.js";
import { LkipError } from "../../src/errors.js";
import type { NarasiRow } from "../../src/model/types.js";
import { buildDocument, packDocument } from "../../src/report/build.js";
import { defaultTemplatesDir, fill, sectionKey, Templates } from "../../src/report/templates.js";
import { readWorkbook } from "../../src/read.js";
import { minimalSheets, tempDir, writeWorkbook } from "../helpers/workbook.js";
import { paragraphs, partsOf } from "./helpers.js";

const narasi = (bagian: string, teks: string, row = 2): NarasiRow => ({
  row,
  src: { sheet: "Narasi", cell: `B${row}` },
  bagian,
  key: bagian.toLowerCase().replace(/[^a-z0-9]/g, ""),
  teks,
});

const VARS = { instansi: "Dinas Uji Kota Contoh", tahun: "2025" };

describe("templates", () => {
  it("ships a default text for every section key the document uses", () => {
    const keys = new Templates().keys();
    for (const k of [
      "katapengantar",
      "ikhtisar",
      "ikhtisarpenutup",
      "latarbelakang",
      "maksudtujuan",
      "landasanhukum",
      "tugasfungsi",
      "strukturorganisasi",
      "sumberdaya",
      "isustrategis",
      "sistematika",
      "perencanaankinerja",
      "renstra",
      "iku",
      "perjanjiankinerja",
      "akuntabilitaskinerja",
      "pengukuran",
      "analisissasaran",
      "realisasianggaran",
      "kesimpulan",
      "langkahperbaikan",
      "penutup",
      "lampiranpk",
    ]) {
      expect(keys, k).toContain(k);
    }
  });

  it("fills named placeholders; an unknown one in a template file is an error naming the file and the known names", () => {
    expect(fill("LKIP {instansi} Tahun {tahun}", VARS)).toBe("LKIP Dinas Uji Kota Contoh Tahun 2025");
    expect(fill("kurung {kurawal} dibiarkan", VARS)).toBe("kurung {kurawal} dibiarkan");
    expect(() => fill("Tahun {tahunn}", VARS, "templates/x.md")).toThrow(LkipError);
    expect(() => fill("Tahun {tahunn}", VARS, "templates/x.md")).toThrow("Templat templates/x.md memakai {tahunn} yang tidak dikenal; yang tersedia: {instansi}, {tahun}");
  });

  it("an office's folder overrides per file; a Narasi row overrides per section; `<bagian> tambahan` appends", () => {
    const dir = tempDir("lkip-templates-");
    writeFileSync(join(dir, "latar-belakang.md"), "<!-- milik instansi -->\nLatar belakang khusus {instansi}.\n");
    writeFileSync(join(dir, "catatan.txt"), "tidak dipakai");
    const t = new Templates({
      override: dir,
      narasi: [narasi("Maksud dan Tujuan", "Maksud versi Narasi tahun {tahun}."), narasi("Landasan Hukum Tambahan", "11. Peraturan Daerah {instansi}.", 3)],
    });
    expect(t.text("latar-belakang", VARS)).toBe("Latar belakang khusus Dinas Uji Kota Contoh.");
    expect(t.text("maksud-tujuan", VARS)).toBe("Maksud versi Narasi tahun 2025.");
    const landasan = t.text("landasan-hukum", { ...VARS, periode_renstra: "2025–2029" });
    expect(landasan.startsWith("Penyusunan laporan ini berpedoman")).toBe(true);
    expect(landasan.endsWith("11. Peraturan Daerah Dinas Uji Kota Contoh.")).toBe(true);
    expect(t.warnings).toEqual([`Berkas templat ${join(dir, "catatan.txt")} tidak dikenal dan tidak dipakai`]);
  });

  it("knows a section by the names offices give it", () => {
    expect(sectionKey("Maksud dan Tujuan")).toBe(sectionKey("maksud-tujuan"));
    expect(sectionKey("Isu-isu Strategis")).toBe("isustrategis");
    expect(sectionKey("Ringkasan Eksekutif")).toBe("ikhtisar");
    expect(sectionKey("Isu-isu Strategis Tambahan")).toBe("isustrategistambahan");
    expect(sectionKey("Penyebab Sasaran 2")).toBe("penyebabsasaran2");
  });

  it("a missing --templates folder is a usage error", () => {
    expect(() => new Templates({ override: join(tempDir(), "tidak-ada") })).toThrow(/folder templat .* tidak ada/);
  });

  it("default texts name no office: every office fact comes from a placeholder", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const dir = defaultTemplatesDir();
    for (const f of readdirSync(dir)) {
      const text = readFileSync(join(dir, f), "utf8");
      expect(text, f).not.toMatch(/Bekasi|Dinas Sosial|Gowa|PPKS|PSKS/);
    }
  });
});

describe("a workbook's own texts in the document", () => {
  it("uses Narasi rows and an office's template folder, and lists Narasi points as a numbered list", async () => {
    const wb = await writeWorkbook([
      ...minimalSheets(),
      {
        name: "Narasi",
        rows: [
          ["Bagian", "Teks"],
          ["Isu Strategis", "1. Data penerima belum padu.\n2. Jangkauan layanan terbatas."],
          ["penyebab sasaran 1", "Pendampingan rutin oleh petugas."],
        ],
      },
    ]);
    const dir = tempDir("lkip-templates-");
    mkdirSync(join(dir, "tpl"));
    writeFileSync(join(dir, "tpl", "penutup.md"), "Penutup khusus {instansi} {tahun}.");
    const model = await readWorkbook(wb);
    const computed = computeLkip(model);
    const bytes = await packDocument(buildDocument(model, computed, { templatesDir: join(dir, "tpl"), estimatePages: false }));
    const xml = partsOf(bytes)["word/document.xml"]!;
    const text = paragraphs(xml);
    expect(text).toContain("1.\tData penerima belum padu.");
    expect(text).toContain("2.\tJangkauan layanan terbatas.");
    expect(text).toContain("Pendampingan rutin oleh petugas.");
    expect(text).toContain("Penutup khusus Dinas Sosial Kota Contoh 2025.");
    // no Narasi for the obstacles: the placeholder asks the office for them, in the report's own words
    expect(text).toContain("[Tuliskan kendala yang dihadapi dalam pelaksanaan Sasaran 1.]");
  });
});
