// A text number with one three-digit group is read the Indonesian way and the other reading is spelt out in words.
import { describe, expect, it } from "vitest";
import { lkip } from "../helpers/cli.js";
import { minimalSheets, writeWorkbook } from "../helpers/workbook.js";

describe("baca/angka-ambigu", () => {
  it("says in words how 1.576 and 1,576 were read and how to write the other meaning", async () => {
    const file = await writeWorkbook(
      minimalSheets({
        PK: [
          ["Kode", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi"],
          ["IKU-1", "Meningkatnya layanan", "Jumlah PPKS terlayani", "orang", "1.576", 1600],
          ["IKU-2", "Meningkatnya layanan", "Indeks kepuasan", "indeks", 1.5, "1,576"],
        ],
      }),
    );
    const r = lkip(["check", "--format", "json", file]);
    const infos = (JSON.parse(r.stdout) as { findings: { rule: string; cell?: string; message: string }[] }).findings
      .filter((f) => f.rule === "baca/angka-ambigu")
      .map((f) => `${f.cell} ${f.message}`);
    expect(infos).toEqual([
      'E2 "1.576" dibaca sebagai seribu lima ratus tujuh puluh enam (1.576); bila maksudnya satu koma lima tujuh enam, tulis 1,576 sebagai angka atau 1,58',
      'F3 "1,576" dibaca sebagai satu koma lima tujuh enam (1,576); bila maksudnya seribu lima ratus tujuh puluh enam, tulis 1576 tanpa titik, sebagai angka',
    ]);
  });
});
