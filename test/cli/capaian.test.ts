import { describe, expect, it } from "vitest";
import { EXAMPLE, lkip } from "../helpers/cli.js";
import { minimalSheets, writeWorkbook } from "../helpers/workbook.js";

describe("lkip capaian", () => {
  it("prints the measurement table and the budget in Indonesian notation", () => {
    const r = lkip(["capaian", EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Pengukuran Kinerja Dinas Sosial Kota Bekasi Tahun 2025");
    expect(r.stdout).toMatch(/IKU-1\s+Persentase PPKS yang mendapatkan pelayanan kesejahteraan\s+%\s+12\s+15,82\s+131,82%\s+sangat tinggi/);
    expect(r.stdout).toMatch(/IKU-4\s+Jumlah keluarga miskin penerima bantuan sosial\s+KK\s+10\.928\s+10\.149\s+92,87%/);
    expect(r.stdout).toMatch(/Jumlah\s+Rp 31\.886\.278\.680\s+Rp 29\.226\.552\.145\s+Rp 25\.081\.142\.712\s+85,82%/);
  });

  it("--format json follows the documented contract with plain, unrounded decimal strings and source cells", () => {
    const r = lkip(["capaian", EXAMPLE, "--format", "json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ instansi: "Dinas Sosial", tahun: 2025 });
    const iku1 = j.indikator[0];
    expect(iku1).toMatchObject({ kode: "IKU-1", satuan: "%", polaritas: "positif", target: "12", kategori: "sangat tinggi", target_jumlah: "15039.12" });
    expect(iku1.realisasi).toMatch(/^15\.8187447137/);
    expect(iku1.capaian).toMatch(/^131\.8228726148/);
    expect(iku1.sumber).toEqual({ target: "PK!F2", realisasi: "PK!H2" });
    const negatif = j.indikator.find((i: { polaritas: string }) => i.polaritas === "negatif");
    // (2 × 4,01 − 3,94) / 4,01 × 100 = 101,745…
    expect(negatif.capaian).toMatch(/^101\.745/);
    expect(j.anggaran).toMatchObject({ pagu: "29226552145", realisasi: "25081142712" });
    expect(j.anggaran.serapan).toMatch(/^85\.81628988450/);
    expect(j.anggaran.program).toHaveLength(6);
    for (const s of j.sasaran) expect(Object.keys(s)).toEqual(expect.arrayContaining(["sasaran", "capaian", "pagu", "realisasi_anggaran", "serapan", "efisiensi"]));
    expect(j.masalah).toEqual([]);
  });

  it("needs the PK sheet: a workbook without it is a usage error naming the sheet", async () => {
    const file = await writeWorkbook(minimalSheets().filter((s) => s.name !== "PK"));
    const r = lkip(["capaian", file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('lkip: Sheet "PK" tidak ada; diperlukan untuk lkip capaian');
  });

  it("shows explicit states instead of a division error, and exits 1 on error-level reading problems", async () => {
    const file = await writeWorkbook(
      minimalSheets({
        PK: [
          ["Kode", "Indikator", "Satuan", "Target", "Realisasi"],
          ["IKU-1", "Persentase PPKS terlayani", "%", 0, 5],
          ["IKU-2", "Jumlah lansia terlayani", "orang", 100, null],
          ["IKU-3", "Jumlah anak terlayani", "orang", 100, "seratus"],
        ],
      }),
    );
    const r = lkip(["capaian", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Persentase PPKS terlayani.*target 0/);
    expect(r.stdout).toMatch(/Jumlah lansia terlayani.*tanpa realisasi/);
    expect(r.stderr).toContain("lkip check");
  });
});
