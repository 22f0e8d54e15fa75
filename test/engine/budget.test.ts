import { describe, expect, it } from "vitest";
import { computeLkip, efisiensi, serapan, serapanStatus } from "../../src/engine/index.js";
import { anggaranRow, budget, fixed, model, num, pkRow, profil, src } from "./factories.js";

describe("serapan", () => {
  it("Bekasi 2025: 25.081.142.712 of 29.226.552.145 → 85,82 %", () => {
    expect(fixed(serapan("25081142712", "29226552145"))).toBe("85.82");
  });
  it("Gowa 2024: 4.996.397.274 of 5.319.338.072 → 94 %", () => {
    expect(fixed(serapan("4996397274", "5319338072"), 0)).toBe("94");
  });
  it("is undefined, with a reason, when there is no pagu, a zero pagu or no realisasi", () => {
    expect(serapan(5, 0)).toBeUndefined();
    expect(serapanStatus(5, 0)).toBe("pagu-nol");
    expect(serapan(5, undefined)).toBeUndefined();
    expect(serapanStatus(5, undefined)).toBe("tanpa-pagu");
    expect(serapan(undefined, 10)).toBeUndefined();
    expect(serapanStatus(undefined, 10)).toBe("tanpa-realisasi");
  });
  it("keeps cents exact", () => {
    expect(serapan("252398711.02", "252398711.02")!.toString()).toBe("100");
  });
});

describe("efisiensi", () => {
  it("Gowa 2024: capaian 112 − serapan 94 = 18, efisien", () => {
    expect(efisiensi(112, 94)).toMatchObject({ label: "efisien" });
    expect(efisiensi(112, 94).efisiensi.toString()).toBe("18");
  });
  it("capaian below serapan is tidak efisien; equal is efisien", () => {
    expect(efisiensi(80, 95).label).toBe("tidak efisien");
    expect(efisiensi(95, 95).label).toBe("efisien");
  });
  it("the label follows the printed efisiensi", () => {
    expect(efisiensi("94.001", "94.004", 2).label).toBe("efisien"); // prints 0,00
    expect(efisiensi("94.001", "94.004").label).toBe("tidak efisien"); // exact
  });
});

describe("budget in computeLkip", () => {
  const pk = [
    pkRow({ sasaran: "Meningkatnya rehabilitasi sosial PPKS", kode: "IKU-1", indikator: "Persentase PPKS dilayani", target: num("100"), realisasi: num("112") }),
    pkRow({ sasaran: "Meningkatnya PSKS yang dibina", kode: "IKU-2", indikator: "Persentase PSKS dibina", target: num("100"), realisasi: num("100") }),
  ];
  const anggaran = budget(
    [
      anggaranRow({ row: 10, level: "program", kode: "1.06.01", uraian: "Program Penunjang", paguAwal: num("300"), paguPerubahan: num("200"), realisasi: num("150") }),
      anggaranRow({ row: 11, level: "kegiatan", kode: "1.06.01.2.01", uraian: "Kegiatan", paguPerubahan: num("200"), realisasi: num("150") }),
      anggaranRow({ row: 12, level: "sub kegiatan", kode: "1.06.01.2.01.01", uraian: "Sub", paguPerubahan: num("200"), realisasi: num("150") }),
      anggaranRow({ row: 13, level: "program", kode: "1.06.04", uraian: "Program Rehabilitasi Sosial", sasaran: "1", paguAwal: num("100"), realisasi: num("94") }),
      anggaranRow({ row: 14, level: "program", kode: "1.06.05", uraian: "Program Perlindungan", sasaran: "IKU-1", paguAwal: num("50"), paguPerubahan: num("0"), realisasi: num("0") }),
      anggaranRow({ row: 15, level: "program", kode: "1.06.06", uraian: "Program Pemberdayaan", sasaran: "meningkatnya PSKS yang dibina.", paguAwal: num("400"), realisasi: num("300") }),
      anggaranRow({ row: 16, level: "program", kode: "1.06.07", uraian: "Program Lain", sasaran: "Sasaran 9", paguAwal: num("10"), realisasi: num("10") }),
    ],
    { Sasaran: "D" },
  );
  const c = computeLkip(model({ profil: profil({ tahun: 2025 }), pk, anggaran }));

  it("per row: pagu = pagu perubahan when present, else pagu awal; serapan and sisa", () => {
    const [penunjang, kegiatan, sub, rehab, perlindungan] = c.anggaran.baris;
    expect(penunjang).toMatchObject({ paguDari: "perubahan", serapanStatus: "ok", programIndex: 0 });
    expect(penunjang!.pagu!.toString()).toBe("200");
    expect(penunjang!.serapan!.toString()).toBe("75");
    expect(penunjang!.sisa!.toString()).toBe("50");
    expect(kegiatan!.programIndex).toBe(0);
    expect(sub!.programIndex).toBe(0);
    expect(rehab).toMatchObject({ paguDari: "awal" });
    expect(perlindungan).toMatchObject({ paguDari: "perubahan", serapanStatus: "pagu-nol" });
    expect(perlindungan!.serapan).toBeUndefined();
  });

  it("totals over the program rows only", () => {
    expect(c.anggaran.program).toHaveLength(5);
    const t = c.anggaran.total;
    expect(t.jumlahBaris).toBe(5);
    expect(t.paguAwal!.toString()).toBe("860"); // 300 + 100 + 50 + 400 + 10
    expect(t.paguPerubahan!.toString()).toBe("200"); // 200 + 0
    expect(t.pagu!.toString()).toBe("710"); // 200 + 100 + 0 + 400 + 10
    expect(t.realisasi!.toString()).toBe("554");
    expect(fixed(t.serapan)).toBe("78.03");
    expect(t.sisa!.toString()).toBe("156");
    expect(fixed(t.sisaPersen)).toBe("21.97");
  });

  it("links programs to sasaran by number, indicator kode or sasaran text", () => {
    const [s1, s2] = c.sasaran;
    expect(s1!.anggaran!.program.map((p) => p.uraian)).toEqual(["Program Rehabilitasi Sosial", "Program Perlindungan"]);
    expect(s2!.anggaran!.program.map((p) => p.uraian)).toEqual(["Program Pemberdayaan"]);
    expect(c.anggaran.tanpaSasaran.map((p) => p.uraian)).toEqual(["Program Penunjang", "Program Lain"]);
    expect(c.anggaran.perSasaran).toHaveLength(2);
  });

  it("per sasaran: pagu, realisasi, serapan, money saved and its share, efisiensi = capaian − serapan", () => {
    const a = c.sasaran[0]!.anggaran!;
    expect(a.pagu!.toString()).toBe("100");
    expect(a.realisasi!.toString()).toBe("94");
    expect(a.serapan!.toString()).toBe("94");
    expect(a.sisa!.toString()).toBe("6");
    expect(a.sisaPersen!.toString()).toBe("6");
    expect(a.capaian!.toString()).toBe("112");
    expect(a.efisiensi!.toString()).toBe("18");
    expect(a.label).toBe("efisien");
    const b = c.sasaran[1]!.anggaran!;
    expect(b.serapan!.toString()).toBe("75");
    expect(b.efisiensi!.toString()).toBe("25");
  });

  it("an unknown sasaran value is a warning on the Sasaran cell", () => {
    const p = c.problems.filter((x) => x.rule === "anggaran/sasaran-tidak-dikenal");
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ severity: "warning", sheet: "Anggaran", cell: "D16" });
    expect(p[0]!.message).toContain("Sasaran 9");
  });

  it("Gowa 2024 figures: capaian 112,59 %, serapan 93,93 %, efisiensi 18,66 (printed rounded: 112 − 94 = 18)", () => {
    const g = computeLkip(
      model({
        profil: profil({ tahun: 2024 }),
        pk: [pkRow({ sasaran: "Menurunnya PPKS", indikator: "Jumlah Penurunan PPKS", satuan: "orang", target: num("580"), realisasi: num("653") })],
        anggaran: [anggaranRow({ uraian: "Program", sasaran: "1", paguAwal: num("5319338072"), realisasi: num("4996397274") })],
      }),
    );
    const a = g.sasaran[0]!.anggaran!;
    expect(fixed(a.capaian)).toBe("112.59");
    expect(fixed(a.serapan)).toBe("93.93");
    expect(fixed(a.efisiensi)).toBe("18.66");
    expect(a.label).toBe("efisien");
  });

  it("no Anggaran sheet: empty budget, no throw", () => {
    const e = computeLkip(model({ pk: [pkRow({ target: num("1"), realisasi: num("1") })] }));
    expect(e.anggaran.baris).toEqual([]);
    expect(e.anggaran.total).toMatchObject({ jumlahBaris: 0, serapanStatus: "tanpa-pagu" });
  });
});

describe("efficiency by the office's method, shared programs, cost per unit", () => {
  // Sasaran 1: IKU-1 (count, 653 of 580 → 112,59 %), Sasaran 2: IKU-2 (%, 100 of 100).
  // Program A supports sasaran 1 alone; program B, "1, 2", is split equally between both.
  const pk = [
    pkRow({ sasaran: "Menurunnya PPKS", kode: "IKU-1", indikator: "Jumlah penurunan PPKS", satuan: "orang", target: num("580"), realisasi: num("653") }),
    pkRow({ sasaran: "Akuntabilitas", kode: "IKU-2", indikator: "Persentase dokumen tepat waktu", satuan: "%", target: num("100"), realisasi: num("100") }),
  ];
  const anggaran = [
    anggaranRow({ level: "program", kode: "1.06.04", uraian: "Program A", sasaran: "1", paguAwal: num("1000"), realisasi: num("900") }),
    anggaranRow({ level: "program", kode: "1.06.01", uraian: "Program B", sasaran: "1, 2", paguAwal: num("400"), realisasi: num("300") }),
  ];
  const run = (metode?: string) =>
    computeLkip(
      model({
        profil: profil({ tahun: 2025, entries: metode ? { metodeefisiensi: { text: metode, src: src("Profil!B20") } } : {} }),
        pk,
        anggaran,
      }),
    );

  it("splits a program listed under two sasaran equally, and says so in the shares", () => {
    const c = run();
    expect(c.anggaran.sasaranProgram).toEqual({ 0: [1], 1: [1, 2] });
    const [s1, s2] = c.sasaran;
    expect(s1!.anggaran!.pagu!.toString()).toBe("1200"); // 1000 + 400 / 2
    expect(s1!.anggaran!.realisasi!.toString()).toBe("1050"); // 900 + 300 / 2
    expect(s2!.anggaran!.pagu!.toString()).toBe("200");
    expect(s2!.anggaran!.bagian.map((b) => [b.program.uraian, b.dibagi])).toEqual([["Program B", 2]]);
    // the budget total is not inflated by the split
    expect(c.anggaran.total.pagu!.toString()).toBe("1400");
  });

  it("selisih (default, Gowa): capaian − serapan", () => {
    const a = run().sasaran[0]!.anggaran!;
    expect(a.metode).toBe("selisih");
    expect(fixed(a.nilai)).toBe("25.09"); // 112,59 − 87,50
    expect(a.label).toBe("efisien");
  });

  it("sisa (Pontianak): unspent share of the pagu, efisien only when the target is reached", () => {
    const c = run("sisa");
    expect(fixed(c.sasaran[0]!.anggaran!.nilai)).toBe("12.50"); // 150 / 1200
    expect(c.sasaran[0]!.anggaran!.label).toBe("efisien");
    expect(fixed(c.sasaran[1]!.anggaran!.nilai)).toBe("25.00");
  });

  it("rasio (Bengkalis-style categories): capaian ÷ serapan × 100", () => {
    const c = run("rasio");
    expect(fixed(c.sasaran[0]!.anggaran!.nilai)).toBe("128.67"); // 112,59 / 87,5
    expect(c.sasaran[0]!.anggaran!.label).toBe("sangat efisien");
    expect(fixed(c.sasaran[1]!.anggaran!.nilai)).toBe("133.33"); // 100 / 75
  });

  it("an unknown method is a warning on its Profil cell, and the default is used", () => {
    const c = run("efektif");
    expect(c.metodeEfisiensi).toBe("selisih");
    expect(c.problems.find((p) => p.rule === "profil/metode-efisiensi")).toMatchObject({ severity: "warning", cell: "B20" });
  });

  it("cost per unit for a sasaran with one count indicator; none for a percentage", () => {
    const c = run();
    const u = c.sasaran[0]!.anggaran!.biayaPerUnit!;
    expect(u.biaya.toDecimalPlaces(2).toString()).toBe("1.61"); // 1050 / 653
    expect(u.satuan).toBe("orang");
    expect(c.sasaran[1]!.anggaran!.biayaPerUnit).toBeUndefined();
  });
});
