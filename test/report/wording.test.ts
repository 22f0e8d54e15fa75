// The sentences of BAB III's analysis, case by case: where the realisasi lies against the target (above, equal, below;
// positive and negative polarity, numbers and letters), the trend against earlier years (rising, falling, unchanged),
// and the Renstra end target (met, exactly met, not yet met). Each case is a one-indicator model run through the
// engine; the expected sentence is written out as a reader would read it.
import { describe, expect, it } from "vitest";
import { computeLkip } from "../../src/engine/index.js";
import { computeRincian } from "../../src/engine/rincian.js";
import type { Quantity } from "../../src/model/types.js";
import { Ctx } from "../../src/report/context.js";
import { Templates } from "../../src/report/templates.js";
import { hasilKalimat, renstraKalimat, trenKalimat } from "../../src/report/wording.js";
import { ikuRow, letter, model, num, pkRow, profil } from "../engine/factories.js";

type V = string | number;
const q = (v: V): Quantity => (typeof v === "string" && /^[A-Z]+$/.test(v) ? letter(v) : num(v));

interface Case {
  satuan: string;
  polaritas?: "positif" | "negatif";
  target: V;
  realisasi: V;
  /** Realisasi of earlier years. */
  lalu?: Record<number, V>;
  /** Renstra targets, report year 2025 first. */
  renstra?: Record<number, V>;
}

function indicator(c: Case) {
  const indikator = "Indikator Uji";
  const m = model({
    profil: profil({ tahun: 2025 }),
    iku: [
      ikuRow({
        kode: "IKU-1",
        indikator,
        satuan: c.satuan,
        polaritas: c.polaritas ?? "positif",
        targets: Object.fromEntries(Object.entries(c.renstra ?? { 2025: c.target }).map(([y, v]) => [y, q(v)])),
        realisasi: Object.fromEntries(Object.entries(c.lalu ?? {}).map(([y, v]) => [y, q(v)])),
      }),
    ],
    pk: [pkRow({ kode: "IKU-1", sasaran: "Sasaran Uji", indikator, satuan: c.satuan, target: q(c.target), realisasi: q(c.realisasi), ...(c.polaritas ? { polaritas: c.polaritas } : {}) })],
  });
  const computed = computeLkip(m);
  const ctx = new Ctx(m, computed, computeRincian(m, computed), new Templates(), ".");
  return { ctx, i: computed.indikator[0]! };
}

describe("analysis (a): this year's target and realisasi", () => {
  it.each<[string, Case, string]>([
    [
      "above the target",
      { satuan: "%", target: 12, realisasi: 15.82 },
      'Indikator "Indikator Uji" ditargetkan 12% dan terealisasi 15,82%. Target terlampaui; capaiannya 131,83% (kategori sangat tinggi).',
    ],
    [
      "equal to the target: never 'terlampaui'",
      { satuan: "%", target: 100, realisasi: 100 },
      'Indikator "Indikator Uji" ditargetkan 100% dan terealisasi 100%, sama dengan targetnya; capaiannya 100,00% (kategori sangat tinggi).',
    ],
    [
      "below the target, a count: the shortfall in whole units",
      { satuan: "KK", target: 10_928, realisasi: 10_149 },
      'Indikator "Indikator Uji" ditargetkan 10.928 KK tetapi terealisasi 10.149 KK, 779 KK di bawah target; capaiannya 92,87% (kategori sangat tinggi) dan target tahun ini belum tercapai.',
    ],
    [
      "negative polarity, below the ceiling (better)",
      { satuan: "%", polaritas: "negatif", target: 4.01, realisasi: 3.94 },
      'Indikator "Indikator Uji" ditargetkan tidak lebih dari 4,01% dan terealisasi 3,94%, lebih rendah dari targetnya; karena makin rendah makin baik, target terlampaui dengan capaian 101,75% (kategori sangat tinggi).',
    ],
    [
      "negative polarity, above the ceiling (worse)",
      { satuan: "%", polaritas: "negatif", target: 4.01, realisasi: 4.5 },
      'Indikator "Indikator Uji" ditargetkan tidak lebih dari 4,01% tetapi terealisasi 4,5%, 0,49 poin di atas batas itu; karena makin rendah makin baik, capaiannya 87,78% (kategori tinggi) dan target tahun ini belum tercapai.',
    ],
    [
      "a letter below its target",
      { satuan: "predikat", target: "BB", realisasi: "B" },
      'Indikator "Indikator Uji" ditargetkan BB tetapi terealisasi B, di bawah predikat yang ditargetkan; capaiannya 80,00% (kategori tinggi) dan target tahun ini belum tercapai.',
    ],
  ])("%s", (_name, c, sentence) => {
    const { ctx, i } = indicator(c);
    expect(hasilKalimat(ctx, i)).toBe(sentence);
  });
});

describe("analysis (b): against earlier years", () => {
  it.each<[string, Case, string[]]>([
    [
      "rising, with the size against each year",
      { satuan: "%", target: 12, realisasi: 15.82, lalu: { 2023: 5.37, 2024: 12 } },
      [
        'Dibandingkan tahun-tahun sebelumnya, realisasi "Indikator Uji" tahun 2025 (15,82%) naik 3,82 poin dari 2024 (12%) dan naik 10,45 poin dari 2023 (5,37%).',
      ],
    ],
    [
      "falling, a count: in units and in percent",
      { satuan: "orang", target: 500, realisasi: 450, lalu: { 2024: 600 } },
      ['Dibandingkan tahun-tahun sebelumnya, realisasi "Indikator Uji" tahun 2025 (450 orang) turun 150 orang atau 25,00% dari 2024 (600 orang).'],
    ],
    [
      "falling with negative polarity: an improvement",
      { satuan: "%", polaritas: "negatif", target: 4.01, realisasi: 3.94, lalu: { 2024: 4.05 } },
      [
        'Dibandingkan tahun-tahun sebelumnya, realisasi "Indikator Uji" tahun 2025 (3,94%) turun 0,11 poin dari 2024 (4,05%).',
        "Karena indikator ini berpolaritas negatif, penurunan berarti kinerja membaik.",
      ],
    ],
    [
      "rising with negative polarity: a decline",
      { satuan: "%", polaritas: "negatif", target: 4.01, realisasi: 4.2, lalu: { 2024: 4.05 } },
      [
        'Dibandingkan tahun-tahun sebelumnya, realisasi "Indikator Uji" tahun 2025 (4,2%) naik 0,15 poin dari 2024 (4,05%).',
        "Karena indikator ini berpolaritas negatif, kenaikan berarti kinerja memburuk.",
      ],
    ],
    [
      "unchanged years grouped in one phrase",
      { satuan: "%", target: 100, realisasi: 100, lalu: { 2023: 100, 2024: 100 } },
      ['Dibandingkan tahun-tahun sebelumnya, realisasi "Indikator Uji" tahun 2025 (100%) sama dengan 2024 dan 2023.'],
    ],
    [
      "letters",
      { satuan: "predikat", target: "BB", realisasi: "BB", lalu: { 2022: "B", 2024: "BB" } },
      ['Realisasi "Indikator Uji" tahun 2025 (BB) sama dengan 2024 dan lebih baik dari 2022 (B).'],
    ],
    [
      "earlier years with targets: their capaian",
      { satuan: "%", target: 12, realisasi: 15.82, lalu: { 2024: 12 }, renstra: { 2024: 10, 2025: 12 } },
      [
        'Dibandingkan tahun-tahun sebelumnya, realisasi "Indikator Uji" tahun 2025 (15,82%) naik 3,82 poin dari 2024 (12%).',
        "Capaian terhadap target tahun-tahun itu: 2024 120,00%.",
      ],
    ],
  ])("%s", (_name, c, sentences) => {
    const { ctx, i } = indicator(c);
    expect(trenKalimat(ctx, i, 2025)).toEqual(sentences);
  });
});

describe("analysis (c): against the Renstra end target", () => {
  it.each<[string, Case, string]>([
    [
      "not yet met: the gap and the yearly rise, whole families",
      { satuan: "KK", target: 10_928, realisasi: 10_149, renstra: { 2025: 10_928, 2029: 12_000 } },
      "Masih diperlukan kenaikan 1.851 KK untuk mencapai target akhir Renstra, atau rata-rata 463 KK per tahun selama 4 tahun sampai 2029.",
    ],
    [
      "not yet met, negative polarity: a yearly decrease",
      { satuan: "%", polaritas: "negatif", target: 4.01, realisasi: 3.94, renstra: { 2025: 4.01, 2029: 3.8 } },
      "Masih diperlukan penurunan 0,14 poin untuk mencapai target akhir Renstra, atau rata-rata 0,04 poin per tahun selama 4 tahun sampai 2029.",
    ],
    [
      "exactly met: 'sudah sama', never 'terlampaui'",
      { satuan: "%", target: 100, realisasi: 100, renstra: { 2025: 100, 2029: 100 } },
      "Realisasi tahun ini sudah sama dengan target akhir Renstra; tingkat ini perlu dipertahankan sampai 2029.",
    ],
    [
      "met early",
      { satuan: "%", target: 12, realisasi: 17, renstra: { 2025: 12, 2029: 16 } },
      "Target akhir Renstra sudah terlampaui lebih awal; yang perlu dijaga adalah mempertahankan tingkat ini sampai 2029.",
    ],
    [
      "a letter not yet met",
      { satuan: "predikat", target: "BB", realisasi: "BB", renstra: { 2025: "BB", 2029: "A" } },
      "Predikat perlu naik dari BB menjadi A paling lambat 2029.",
    ],
  ])("%s", (_name, c, sentence) => {
    const { ctx, i } = indicator(c);
    expect(renstraKalimat(ctx, i)).toBe(sentence);
  });
});
