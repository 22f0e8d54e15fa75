import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { computeLkip } from "../../src/engine/index.js";
import { fixed, ikuRow, letter, model, num, pkRow, profil, range, skalaRow, standarRow } from "./factories.js";

const SASARAN_1 = "Meningkatnya Rehabilitasi Sosial bagi Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)";

/** Bekasi 2025's first indicator, as its workbook would hold it. */
function bekasi() {
  return model({
    profil: profil({ tahun: 2025 }),
    iku: [
      ikuRow({
        kode: "IKU-1",
        sasaran: SASARAN_1,
        indikator: "Persentase PPKS yang mendapatkan pelayanan kesejahteraan sosial",
        satuan: "%",
        targets: { 2025: num("12", "IKU!H5"), 2026: num("13"), 2029: num("16", "IKU!L5") },
        realisasi: { 2023: num("10.5", "IKU!M5"), 2024: num("11.9", "IKU!N5") },
        kondisiAwal: num("10", "IKU!G5"),
      }),
    ],
    pk: [
      pkRow({
        row: 5,
        kode: "IKU-1",
        sasaran: SASARAN_1,
        indikator: "Persentase PPKS yang mendapatkan pelayanan kesejahteraan sosial",
        satuan: "%",
        target: num("12", "PK!E5"),
        realisasi: num("15.82", "PK!F5"),
        pembilang: num("19825", "PK!G5"),
        penyebut: num("125326", "PK!H5"),
      }),
    ],
  });
}

describe("an indicator, from the reference reports", () => {
  it("Bekasi: 19.825 / 125.326 against 12 % → realisasi 15,82 %, capaian 131,82 %, target count 15.039,12", () => {
    const c = computeLkip(bekasi());
    const i = c.indikator[0]!;
    expect(i.status).toBe("ok");
    expect(i.realisasiFrom).toBe("rasio");
    expect(fixed(i.realisasi as Decimal)).toBe("15.82");
    expect((i.realisasi as Decimal).equals(new Decimal(19825).div(125326).times(100))).toBe(true);
    expect(fixed(i.capaian)).toBe("131.82");
    expect(i.capaian!.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString()).toBe("131.82");
    expect(i.targetJumlah!.toString()).toBe("15039.12");
    expect(i.realisasiSource).toEqual({ sheet: "PK", cell: "G5" });
    expect(i.realisasiCells).toEqual([{ sheet: "PK", cell: "G5" }, { sheet: "PK", cell: "H5" }]);
    expect(i.rasio!.pembilang.toString()).toBe("19825");
    expect(i).toMatchObject({ targetSource: "pk", ikuCocok: "kode", kategori: "sangat tinggi", tercapai: true, metode: "positif" });
    expect(i.pk.target).toBe(i.target);
    expect(i.iku!.kode).toBe("IKU-1");
    expect(c.problems).toEqual([]);
  });

  it("581 / 16.013 = 3,63 % against 3,25 % → 111,64 %", () => {
    const c = computeLkip(
      model({ pk: [pkRow({ indikator: "Persentase X", satuan: "%", target: num("3.25"), pembilang: num("581"), penyebut: num("16013") })] }),
    );
    expect(fixed(c.indikator[0]!.realisasi as Decimal)).toBe("3.63");
    expect(fixed(c.indikator[0]!.capaian)).toBe("111.64");
  });

  it("Gowa: 653 against 580 → 112,59 %", () => {
    const c = computeLkip(model({ pk: [pkRow({ satuan: "orang", target: num("580"), realisasi: num("653") })] }));
    expect(fixed(c.indikator[0]!.capaian)).toBe("112.59");
    expect(c.indikator[0]!.realisasiFrom).toBe("realisasi");
  });

  it("a ratio with a zero penyebut falls back to the Realisasi cell", () => {
    const c = computeLkip(
      model({ pk: [pkRow({ satuan: "%", target: num("10"), realisasi: num("9"), pembilang: num("0"), penyebut: num("0") })] }),
    );
    const i = c.indikator[0]!;
    expect(i.realisasiFrom).toBe("realisasi");
    expect(i.rasio!.nilai).toBeUndefined();
    expect(i.capaian!.toString()).toBe("90");
  });
});

describe("polarity", () => {
  const iku = ikuRow({ kode: "IKU-9", indikator: "Persentase penduduk miskin", polaritas: "negatif", targets: { 2025: num("10") } });

  it("comes from IKU when the PK row does not say, and the negative formula is used", () => {
    const c = computeLkip(
      model({ profil: profil({ tahun: 2025 }), iku: [iku], pk: [pkRow({ kode: "IKU-9", indikator: "x", target: num("10"), realisasi: num("8") })] }),
    );
    expect(c.indikator[0]).toMatchObject({ polaritas: "negatif", polaritasSumber: "iku", metode: "negatif" });
    expect(c.indikator[0]!.capaian!.toString()).toBe("120");
  });

  it("the PK row's polarity wins", () => {
    const c = computeLkip(
      model({ profil: profil({ tahun: 2025 }), iku: [iku], pk: [pkRow({ kode: "IKU-9", polaritas: "positif", target: num("10"), realisasi: num("8") })] }),
    );
    expect(c.indikator[0]).toMatchObject({ polaritas: "positif", polaritasSumber: "pk" });
    expect(c.indikator[0]!.capaian!.toString()).toBe("80");
  });

  it("defaults to positif without PK or IKU polarity", () => {
    const c = computeLkip(model({ pk: [pkRow({ target: num("10"), realisasi: num("8") })] }));
    expect(c.indikator[0]).toMatchObject({ polaritas: "positif", polaritasSumber: "bawaan" });
  });
});

describe("target and matching", () => {
  it("falls back to the IKU target of the report year, matched by normalised text", () => {
    const c = computeLkip(
      model({
        profil: profil({ tahun: 2025 }),
        iku: [ikuRow({ indikator: "Indeks Kepuasan Masyarakat (IKM)", targets: { 2024: num("80"), 2025: num("82", "IKU!H9") } })],
        pk: [pkRow({ indikator: "indeks kepuasan  masyarakat IKM", realisasi: num("86.1") })],
      }),
    );
    const i = c.indikator[0]!;
    expect(i).toMatchObject({ targetSource: "iku", ikuCocok: "teks" });
    expect(i.target!.src).toEqual({ sheet: "IKU", cell: "H9" });
    expect(fixed(i.capaian)).toBe("105.00");
  });

  it("a PK row with no IKU match is a warning and is measured with its own target", () => {
    const c = computeLkip(
      model({
        profil: profil({ tahun: 2025 }),
        iku: [ikuRow({ kode: "IKU-1", indikator: "Sesuatu yang lain" })],
        pk: [pkRow({ row: 8, kode: "IKU-7", indikator: "Jumlah PSKS dibina", target: num("40"), realisasi: num("42") })],
      }),
    );
    expect(c.indikator[0]!.iku).toBeUndefined();
    expect(c.indikator[0]!.capaian!.toString()).toBe("105");
    expect(c.problems).toEqual([
      expect.objectContaining({ rule: "pk/tanpa-iku", severity: "warning", sheet: "PK", cell: "A8" }),
    ]);
  });
});

describe("explicit states, never a division error or a silent 0", () => {
  const c = computeLkip(
    model({
      profil: profil({ tahun: 2025 }),
      pk: [
        pkRow({ indikator: "nol", target: num("0"), realisasi: num("3") }),
        pkRow({ indikator: "tanpa realisasi", target: num("10") }),
        pkRow({ indikator: "tanpa target", realisasi: num("10") }),
        pkRow({ indikator: "huruf lawan angka", target: letter("BB"), realisasi: num("3") }),
        pkRow({ indikator: "ok", target: num("10"), realisasi: num("10") }),
      ],
    }),
  );

  it("each indicator has its status and no capaian, kategori or tercapai unless ok", () => {
    expect(c.indikator.map((i) => i.status)).toEqual(["target-nol", "tanpa-realisasi", "tanpa-target", "tidak-terbandingkan", "ok"]);
    for (const i of c.indikator.slice(0, 4)) {
      expect(i.capaian).toBeUndefined();
      expect(i.capaianDipakai).toBeUndefined();
      expect(i.kategori).toBeUndefined();
      expect(i.tercapai).toBeUndefined();
    }
  });

  it("the summary counts them apart and the mean is over ok indicators only", () => {
    expect(c.ringkasan.perStatus).toEqual({ ok: 1, "tanpa-target": 1, "target-nol": 1, "tanpa-realisasi": 1, "tidak-terbandingkan": 1 });
    expect(c.ringkasan).toMatchObject({ jumlahIndikator: 5, jumlahDiukur: 1, jumlahTercapai: 1 });
    expect(c.ringkasan.capaian!.toString()).toBe("100");
  });
});

describe("range and qualitative targets in an indicator", () => {
  it("range target: inside, below and above", () => {
    const c = computeLkip(
      model({
        pk: [
          pkRow({ satuan: "indeks", target: range("4.25", "4.30"), realisasi: num("4.28") }),
          pkRow({ satuan: "indeks", target: range("4.25", "4.30"), realisasi: num("4.00") }),
          pkRow({ satuan: "indeks", target: range("4.25", "4.30"), realisasi: num("4.50") }),
        ],
      }),
    );
    expect(c.indikator.map((i) => fixed(i.capaian))).toEqual(["100.00", "94.12", "104.65"]);
    expect(c.indikator.every((i) => i.metode === "rentang")).toBe(true);
  });

  it("predikat BB against BB → 100 %, B against BB → 80 %", () => {
    const c = computeLkip(
      model({
        pk: [
          pkRow({ satuan: "predikat", target: letter("BB"), realisasi: letter("BB") }),
          pkRow({ satuan: "predikat", target: letter("BB"), realisasi: letter("b") }),
        ],
      }),
    );
    expect(c.indikator[0]).toMatchObject({ status: "ok", metode: "ordinal", realisasi: { letter: "BB" }, tercapai: true });
    expect(c.indikator[0]!.capaian!.toString()).toBe("100");
    expect(c.indikator[1]).toMatchObject({ realisasi: { letter: "B" }, tercapai: false, kategori: "tinggi" });
    expect(c.indikator[1]!.capaian!.toString()).toBe("80");
  });
});

describe("kategori, cap and means", () => {
  const rows = () => [
    pkRow({ sasaran: "S1", target: num("100"), realisasi: num("150") }),
    pkRow({ sasaran: "", target: num("100"), realisasi: num("80") }), // blank sasaran: its own group ""
    pkRow({ sasaran: "s 1", target: num("100"), realisasi: num("70") }), // same sasaran as "S1" after normalising
    pkRow({ sasaran: "S2", target: num("100") }), // no realisasi: left out of the means
    pkRow({ sasaran: "S2", target: num("100"), realisasi: num("90.996") }),
  ];

  it("groups by sasaran text (normalised), numbered in order of appearance, mean over ok indicators", () => {
    const c = computeLkip(model({ pk: rows() }));
    expect(c.sasaran.map((s) => [s.nomor, s.sasaran, s.jumlahIndikator, s.jumlahDiukur])).toEqual([
      [1, "S1", 2, 2],
      [2, "", 1, 1],
      [3, "S2", 2, 1],
    ]);
    expect(c.sasaran[0]!.capaian!.toString()).toBe("110"); // (150 + 70) / 2
    expect(c.sasaran[0]!.jumlahTercapai).toBe(1);
    expect(c.sasaran[2]!.capaian!.toString()).toBe("90.996");
    expect(c.indikator.map((i) => i.sasaranNomor)).toEqual([1, 2, 1, 3, 3]);
    expect(c.ringkasan.jumlahSasaran).toBe(3);
    // overall: mean over all ok indicators, not over sasaran means
    expect(c.ringkasan.capaian!.toString()).toBe("97.749");
    expect(c.ringkasan.jumlahTercapai).toBe(1);
  });

  it("kategori is decided on the capaian as printed (rounded half-up at Desimal)", () => {
    const two = computeLkip(model({ pk: rows() }));
    expect(two.indikator[4]!.kategori).toBe("sangat tinggi"); // 90,996 prints 91,00
    const three = computeLkip(model({ profil: profil({ desimal: 3 }), pk: rows() }));
    expect(three.desimal).toBe(3);
    expect(three.indikator[4]!.kategori).toBe("tinggi"); // prints 90,996
  });

  it("tercapai is decided on the printed capaian too", () => {
    const c = computeLkip(model({ pk: [pkRow({ target: num("100"), realisasi: num("99.996") }), pkRow({ target: num("100"), realisasi: num("99.994") })] }));
    expect(c.indikator.map((i) => i.tercapai)).toEqual([true, false]);
  });

  it("the cap limits the capaian used for kategori and means; the raw capaian is kept", () => {
    const c = computeLkip(model({ profil: profil({ batasCapaian: 120 }), pk: rows() }));
    const i = c.indikator[0]!;
    expect(i.capaian!.toString()).toBe("150");
    expect(i.capaianDipakai!.toString()).toBe("120");
    expect(i.dibatasi).toBe(true);
    expect(c.indikator[2]!.dibatasi).toBe(false);
    expect(c.sasaran[0]!.capaian!.toString()).toBe("95"); // (120 + 70) / 2
    expect(c.batasCapaian!.toString()).toBe("120");
    // the option overrides the Profil
    const o = computeLkip(model({ profil: profil({ batasCapaian: 120 }), pk: rows() }), { cap: new Decimal(110) });
    expect(o.indikator[0]!.capaianDipakai!.toString()).toBe("110");
  });

  it("counts per kategori on the scale, highest first", () => {
    const c = computeLkip(model({ pk: rows() }), { scale: "berhasil-110" });
    expect(c.skala.name).toBe("berhasil-110");
    expect(c.indikator[0]!.kategori).toBe("sangat berhasil");
    expect(c.ringkasan.perKategori).toEqual([
      { kategori: "sangat berhasil", jumlah: 1 },
      { kategori: "berhasil", jumlah: 1 },
      { kategori: "cukup berhasil", jumlah: 2 },
      { kategori: "tidak berhasil", jumlah: 0 },
    ]);
  });

  it("an unknown scale is a warning on the Profil cell and the default scale is used", () => {
    const c = computeLkip(
      model({
        profil: profil({ skalaPenilaian: "Skala Ajaib", entries: { skalapenilaian: { text: "Skala Ajaib", src: { sheet: "Profil", cell: "B20" } } } }),
        pk: rows(),
      }),
    );
    expect(c.skala.name).toBe("permendagri-86-2017");
    expect(c.problems.filter((p) => p.rule.includes("skala"))).toEqual([
      expect.objectContaining({ rule: "profil/skala-tidak-dikenal", severity: "warning", sheet: "Profil", cell: "B20" }),
    ]);
    expect(c.indikator[0]!.kategori).toBe("sangat tinggi");
  });

  it("a custom scale from the Skala sheet when Skala Penilaian is kustom", () => {
    const c = computeLkip(
      model({ profil: profil({ skalaPenilaian: "kustom" }), skala: [skalaRow("Tercapai", 100), skalaRow("Belum tercapai", 0, 99.99)], pk: rows() }),
    );
    expect(c.skala.name).toBe("kustom");
    expect(c.indikator.map((i) => i.kategori)).toEqual(["Tercapai", "Belum tercapai", "Belum tercapai", undefined, "Belum tercapai"]);
  });

  it("a Skala sheet that is not selected is an info problem", () => {
    const c = computeLkip(model({ skala: [skalaRow("Tercapai", 100)], pk: rows() }));
    expect(c.skala.name).toBe("permendagri-86-2017");
    expect(c.problems.filter((p) => p.rule.includes("skala"))).toEqual([
      expect.objectContaining({ rule: "skala/tidak-dipakai", severity: "info", sheet: "Skala" }),
    ]);
  });
});

describe("comparisons for the analyses", () => {
  it("history from IKU for past years with capaian, then the report year from PK", () => {
    const i = computeLkip(bekasi()).indikator[0]!;
    expect(i.riwayat.map((h) => [h.tahun, h.tahunBerjalan, h.status])).toEqual([
      [2023, false, "tanpa-target"], // no Target 2023 column
      [2024, false, "tanpa-target"],
      [2025, true, "ok"],
    ]);
    expect(i.riwayat[1]!.realisasi!.toString()).toBe("11.9");
    expect(i.riwayat[1]!.realisasiSource).toEqual({ sheet: "IKU", cell: "N5" });
    expect(fixed(i.riwayat[2]!.capaian)).toBe("131.82");
    expect(i.kondisiAwal!.src.cell).toBe("G5");
  });

  it("past-year capaian when both target and realisasi exist, with polarity", () => {
    const c = computeLkip(
      model({
        profil: profil({ tahun: 2025 }),
        iku: [ikuRow({ kode: "K", polaritas: "negatif", targets: { 2023: num("10"), 2024: num("9"), 2025: num("8") }, realisasi: { 2023: num("11"), 2024: num("8") } })],
        pk: [pkRow({ kode: "K", realisasi: num("7") })],
      }),
    );
    const h = c.indikator[0]!.riwayat;
    expect(h.map((e) => [e.tahun, fixed(e.capaian)])).toEqual([
      [2023, "90.00"], // (20 − 11) / 10
      [2024, "111.11"], // (18 − 8) / 9
      [2025, "112.50"], // (16 − 7) / 8
    ]);
    // Renstra end target: the last Target <year> (2025 here) → realisasi 7 against 8, negatif → 112,5
    expect(c.indikator[0]!.renstra).toMatchObject({ tahunAkhir: 2025, status: "ok" });
    expect(c.indikator[0]!.renstra!.capaian!.toString()).toBe("112.5");
  });

  it("progress to the Renstra end-of-period target", () => {
    const i = computeLkip(bekasi()).indikator[0]!;
    expect(i.renstra!.tahunAkhir).toBe(2029);
    expect(i.renstra!.targetAkhir.src.cell).toBe("L5");
    expect(fixed(i.renstra!.capaian)).toBe("98.87"); // 15,8187… / 16
  });

  it("vs a national standard matched by kode or indicator text", () => {
    const m = bekasi();
    m.standar = {
      sheet: "Standar",
      rows: [standarRow({ indikator: "persentase PPKS yang mendapatkan pelayanan kesejahteraan sosial", standar: num("15"), sumber: "SPM" })],
      totals: [],
      columns: {},
      headerRow: 1,
    };
    const s = computeLkip(m).indikator[0]!.standar!;
    expect(s).toMatchObject({ sumber: "SPM", cocok: "teks", status: "ok" });
    expect(fixed(s.capaian)).toBe("105.46");
    m.standar.rows = [standarRow({ kode: "iku 1", standar: num("20") })];
    expect(computeLkip(m).indikator[0]!.standar).toMatchObject({ cocok: "kode" });
  });
});

describe("report year", () => {
  it("comes from Profil, or the option", () => {
    expect(computeLkip(bekasi())).toMatchObject({ tahun: 2025, tahunDari: "profil", desimal: 2 });
    expect(computeLkip(bekasi(), { tahun: 2026 })).toMatchObject({ tahun: 2026, tahunDari: "opsi" });
  });

  it("is inferred as the largest target year not after the year following the last realisasi (info problem)", () => {
    const m = bekasi();
    delete m.profil!.tahun;
    const c = computeLkip(m);
    expect(c).toMatchObject({ tahun: 2025, tahunDari: "disimpulkan" });
    expect(c.problems).toEqual([expect.objectContaining({ rule: "profil/tahun-disimpulkan", severity: "info" })]);
  });

  it("is the first target year without realisasi columns, and unknown without targets (warning)", () => {
    const first = computeLkip(model({ iku: [ikuRow({ targets: { 2026: num("1"), 2027: num("2") } })], pk: [] }));
    expect(first.tahun).toBe(2026);
    const none = computeLkip(model({ pk: [pkRow({ target: num("1"), realisasi: num("1") })] }));
    expect(none.tahun).toBeUndefined();
    expect(none.problems).toEqual([expect.objectContaining({ rule: "profil/tahun-tidak-diketahui", severity: "warning" })]);
    expect(none.indikator[0]!.riwayat).toEqual([]);
  });
});
