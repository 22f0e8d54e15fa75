// The cover logo is read only when it is a real PNG/JPEG inside the workbook's folder (or given with --logo), within
// a size and pixel limit; anything else is one warning line naming Profil's Logo cell, and the cover has no logo.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { LOGO_LIMITS, readLogo } from "../../src/report/image.js";
import { lkip } from "../helpers/cli.js";
import { png, workbookWithLogo } from "../helpers/logo.js";
import { tempDir } from "../helpers/workbook.js";

describe("readLogo", () => {
  const dir = tempDir("lkip-logo-");
  const office = join(dir, "kantor");
  mkdirSync(join(office, "gambar"), { recursive: true });
  writeFileSync(join(office, "gambar", "logo.png"), png(40, 20));
  writeFileSync(join(dir, "rahasia.png"), png(4, 4));
  writeFileSync(join(office, "raksasa.png"), png(1, 1, { width: 4294967295, height: 1 }));
  writeFileSync(join(office, "palsu.bmp"), Buffer.concat([Buffer.from("BM"), Buffer.alloc(64, 7)]));
  writeFileSync(join(office, "palsu.png"), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.from("isi berkas lain apa saja")]));
  writeFileSync(join(office, "besar.png"), Buffer.concat([png(2, 2), Buffer.alloc(LOGO_LIMITS.bytes)]));
  symlinkSync(join(dir, "rahasia.png"), join(office, "tautan.png"));

  it("reads a PNG inside the folder and refuses everything else, each with its reason", () => {
    const ok = readLogo(join(office, "gambar", "logo.png"), office);
    expect("data" in ok && ok.info).toEqual({ type: "png", width: 40, height: 20 });
    expect(readLogo(join(office, "..", "rahasia.png"), office)).toEqual({ kind: "outside" });
    expect(readLogo(join(office, "tautan.png"), office)).toEqual({ kind: "outside" });
    expect(readLogo("/dev/zero", office)).toEqual({ kind: "outside" });
    expect(readLogo("/dev/zero")).toEqual({ kind: "not-file" });
    expect(readLogo(office)).toEqual({ kind: "not-file" });
    expect(readLogo(join(office, "tidak-ada.png"), office)).toEqual({ kind: "missing" });
    expect(readLogo(join(office, "raksasa.png"), office)).toEqual({ kind: "dimensions", width: 4294967295, height: 1 });
    expect(readLogo(join(office, "palsu.bmp"), office)).toEqual({ kind: "not-image" });
    expect(readLogo(join(office, "palsu.png"), office)).toEqual({ kind: "not-image" });
    expect(readLogo(join(office, "besar.png"), office)).toMatchObject({ kind: "too-large" });
  });
});

describe("lkip build and the logo", () => {
  it("embeds a logo beside the workbook; warns, naming the Logo cell, for /dev/zero, an absolute path or a 4294967295×1 PNG", async () => {
    const dir = tempDir("lkip-logo-");
    writeFileSync(join(dir, "logo.png"), png(40, 20));
    writeFileSync(join(dir, "raksasa.png"), png(1, 1, { width: 4294967295, height: 1 }));
    const media = (docx: string) => Object.keys(unzipSync(new Uint8Array(readFileSync(docx)))).filter((p) => p.startsWith("word/media/"));

    const good = lkip(["build", await workbookWithLogo(dir, "logo.png"), "-o", join(dir, "a.docx")]);
    expect(good.code).toBe(0);
    expect(media(join(dir, "a.docx"))).toHaveLength(1);

    for (const [logo, reason] of [
      ["/dev/zero", "jalur mutlak"],
      ["../../../../../../dev/zero", "di luar folder workbook"],
      ["raksasa.png", "4.294.967.295 × 1 piksel"],
    ] as const) {
      const start = Date.now();
      const r = lkip(["build", await workbookWithLogo(dir, logo), "-o", join(dir, "b.docx"), "--force"]);
      expect(Date.now() - start).toBeLessThan(30_000);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(new RegExp(`Logo "${logo.replace(/\./g, "\\.")}" \\(Profil!B\\d+\\) .*${reason}.*; sampul dibuat tanpa logo`));
      expect(r.stderr).not.toMatch(/galat internal|\n\s+at /);
      expect(media(join(dir, "b.docx"))).toEqual([]);
    }
  }, 120_000);

  it("--logo takes a file from anywhere, but only an image within the limits (else exit 2, one line)", async () => {
    const dir = tempDir("lkip-logo-");
    const elsewhere = tempDir("lkip-logo-lain-");
    writeFileSync(join(elsewhere, "logo.png"), png(30, 30));
    const file = await workbookWithLogo(dir, "");
    const ok = lkip(["build", file, "-o", join(dir, "a.docx"), "--logo", join(elsewhere, "logo.png")]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(join(dir, "a.docx"))))).filter((p) => p.startsWith("word/media/"))).toHaveLength(1);
    const bad = lkip(["build", file, "-o", join(dir, "b.docx"), "--logo", "/dev/zero"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe("lkip: --logo /dev/zero: bukan berkas biasa");
  }, 60_000);
});
