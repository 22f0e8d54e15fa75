// Workbook text on the terminal: an escape sequence in an office or indicator name cannot clear the screen or set the
// window title, and a newline inside a cell cannot forge a line of lkip's own (`✔ Tidak ada temuan`).
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { visible } from "../../src/text/terminal.js";
import { EXAMPLE, lkip } from "../helpers/cli.js";
import { ooxmlEscaped, tempDir } from "../helpers/workbook.js";

const CLEAR = "\u001b[2J\u001b[H";
const TITLE = "\u001b]0;dibobol\u0007";

describe("visible", () => {
  it("shows control characters as visible stand-ins and leaves other text alone", () => {
    expect(visible(`${CLEAR}Dinas`)).toBe("␛[2J␛[HDinas");
    expect(visible(TITLE)).toBe("␛]0;dibobol␇");
    expect(visible("baris satu\nbaris dua\r")).toBe("baris satu↵baris dua␍");
    expect(visible("a\u009bb\u202ec\u007f")).toBe("a\\u009bb\\u202ec␡");
    const plain = "Dinas Sosial — 85,82% ✔ é 😀";
    expect(visible(plain)).toBe(plain);
  });
});

describe("terminal output of hostile workbook text", () => {
  it("capaian and check print escape sequences and newlines from cells visibly", async () => {
    const dir = tempDir("lkip-tty-");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    wb.getWorksheet("Profil")!.eachRow((row) => {
      if (row.getCell(1).value === "Nama Instansi") row.getCell(2).value = ooxmlEscaped(`${CLEAR}${TITLE}Dinas Sosial`);
    });
    wb.getWorksheet("PK")!.getCell("C2").value = ooxmlEscaped(`Indikator${CLEAR} satu`);
    wb.getWorksheet("Anggaran")!.getCell("G3").value = "seratus\n\n✔ Tidak ada temuan";
    const file = join(dir, "tty.xlsx");
    await wb.xlsx.writeFile(file);

    const capaian = lkip(["capaian", file]);
    expect(capaian.stdout).toContain("␛[2J␛[H␛]0;dibobol␇Dinas Sosial");
    expect(capaian.stdout).toContain("Indikator␛[2J␛[H satu");
    expect(capaian.stdout + capaian.stderr).not.toMatch(/[\u001b\u0007]/);

    const check = lkip(["check", file]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("seratus↵↵✔ Tidak ada temuan");
    expect(check.stdout.split("\n").filter((l) => l.trim().startsWith("✔"))).toEqual([]);
    expect(check.stdout).not.toMatch(/[\u001b\u0007]/);

    const build = lkip(["build", file, "-o", join(dir, "x.docx")]);
    expect(build.code).toBe(1);
    expect(build.stderr.split("\n").filter((l) => l.startsWith("✔"))).toEqual([]);
    expect(build.stderr).not.toMatch(/[\u001b\u0007]/);
  }, 60_000);
});
