// The document built from the shipped example, unzipped: its structure (chapters, sections, tables and their numbers,
// landscape sections, repeated header rows, page numbering, tables of contents with page numbers, charts) and the
// engine's figures in Indonesian notation.
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE } from "../helpers/cli.js";
import { buildExample, paragraphs, styled, type Built } from "./helpers.js";

let doc: Built;

beforeAll(async () => {
  doc = await buildExample(EXAMPLE);
});

describe("the example's document structure", () => {
  it("has every chapter and section heading, in order", () => {
    const h1 = styled(doc.xml, "Heading1");
    expect(h1).toEqual([
      "KATA PENGANTAR",
      "IKHTISAR EKSEKUTIF",
      "DAFTAR ISI",
      "DAFTAR TABEL",
      "DAFTAR GAMBAR",
      "BAB I PENDAHULUAN",
      "BAB II PERENCANAAN KINERJA",
      "BAB III AKUNTABILITAS KINERJA",
      "BAB IV PENUTUP",
      "LAMPIRAN",
    ]);
    expect(styled(doc.xml, "Heading2")).toEqual([
      "1.1 Latar Belakang",
      "1.2 Maksud dan Tujuan",
      "1.3 Landasan Hukum",
      "1.4 Tugas, Fungsi dan Struktur Organisasi",
      "1.5 Sumber Daya",
      "1.6 Isu Strategis",
      "1.7 Sistematika Penyajian",
      "2.1 Rencana Strategis",
      "2.2 Indikator Kinerja Utama",
      "2.3 Perjanjian Kinerja Tahun 2025",
      "2.4 Cascading Kinerja",
      "3.1 Capaian Kinerja Organisasi",
      "3.2 Analisis Capaian Kinerja per Sasaran",
      "3.3 Realisasi Anggaran",
      "4.1 Kesimpulan",
      "4.2 Langkah Perbaikan ke Depan",
      "Lampiran 1 Perjanjian Kinerja Tahun 2025",
      "Lampiran 2 Perjanjian Kinerja Perubahan Tahun 2025",
      "Lampiran 3 Formulir Pengukuran Kinerja Tahun 2025",
    ]);
    expect(styled(doc.xml, "Heading3")).toEqual([
      "3.2.1 Sasaran 1: Meningkatnya rehabilitasi sosial bagi Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)",
      "3.2.2 Sasaran 2: Meningkatnya keberfungsian Potensi dan Sumber Kesejahteraan Sosial (PSKS)",
      "3.2.3 Sasaran 3: Meningkatnya perlindungan dan jaminan sosial bagi keluarga miskin",
      "3.2.4 Sasaran 4: Meningkatnya akuntabilitas kinerja perangkat daerah",
    ]);
  });

  it("runs the seven analyses for every sasaran", () => {
    const h4 = styled(doc.xml, "Heading4");
    for (const prefix of ["a. Perbandingan Target dan Realisasi", "b. Perbandingan Realisasi dan Capaian dengan Tahun", "c. Perbandingan Realisasi dengan Target Akhir Renstra", "d. Perbandingan dengan Standar", "e. Analisis Penyebab", "f. Analisis Efisiensi", "g. Program dan Kegiatan Pendukung"]) {
      expect(h4.filter((h) => h.startsWith(prefix)), prefix).toHaveLength(4);
    }
  });

  it("numbers tables per chapter in reading order, captions above in the Caption style, a source line below", () => {
    const captions = styled(doc.xml, "Caption");
    const numbers = captions.map((c) => /^Tabel (\d+|L)\.(\d+) /.exec(c)?.slice(1));
    expect(numbers.every((n) => n !== undefined)).toBe(true);
    const perChapter = new Map<string, number[]>();
    for (const [ch, n] of numbers as [string, string][]) perChapter.set(ch, [...(perChapter.get(ch) ?? []), Number(n)]);
    for (const [, ns] of perChapter) expect(ns).toEqual(ns.map((_, i) => i + 1));
    expect([...perChapter.keys()]).toEqual(["1", "2", "3", "L"]);
    expect(captions).toEqual(
      expect.arrayContaining([
        "Tabel 2.1 Tujuan, Sasaran dan Indikator Renstra 2025–2029",
        "Tabel 2.2 Indikator Kinerja Utama dan Target Renstra 2025–2029",
        "Tabel 3.1 Skala Penilaian Capaian Kinerja",
        "Tabel 3.2 Capaian Kinerja Tahun 2025",
        "Tabel L.5 Formulir Pengukuran Kinerja Tahun 2025",
      ]),
    );
    // every caption is followed by its table, and every table by a "Sumber:" line
    const captionThenTable = doc.xml.match(/<w:pStyle w:val="Caption"\/>[\s\S]*?<\/w:p><w:tbl>/g) ?? [];
    expect(captionThenTable).toHaveLength(captions.length);
    expect(styled(doc.xml, "Sumber").filter((s) => s.startsWith("Sumber: "))).toHaveLength(captions.length);
  });

  it("puts the wide tables on landscape pages, repeats header rows, and keeps columns fixed in DXA", () => {
    const sections = doc.xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    const landscape = sections.filter((s) => s.includes('w:orient="landscape"'));
    // the IKU table, the pohon kinerja (2.4: five units are too wide for a portrait page), the budget table
    expect(landscape.length).toBe(4);
    for (const s of landscape) expect(s).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    // the IKU table (multi-year targets) and the budget table sit in landscape sections
    const bodyParts = doc.xml.split(/<w:sectPr[\s\S]*?<\/w:sectPr>/);
    const landscapeBodies = sections.map((s, i) => (s.includes('w:orient="landscape"') ? bodyParts[i]! : "")).join("");
    expect(landscapeBodies).toContain("Tabel 2.2 Indikator Kinerja Utama");
    expect(landscapeBodies).toContain("Gambar 2.1 Pohon Kinerja Dinas Sosial Kota Bekasi");
    // the budget table closes BAB III: it carries the chapter's last table number
    const last = Math.max(...[...doc.text.matchAll(/Tabel 3\.(\d+)/g)].map((m) => Number(m[1])));
    expect(landscapeBodies).toContain(`Tabel 3.${last} Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2025`);
    const tables = doc.xml.match(/<w:tbl>[\s\S]*?<\/w:tblPr>/g) ?? [];
    expect(tables.length).toBeGreaterThan(30);
    expect((doc.xml.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThanOrEqual(30);
    expect(doc.xml).toContain('<w:tblLayout w:type="fixed"/>');
  });

  it("numbers the front matter in roman and restarts at 1 in arabic from BAB I", () => {
    const types = [...doc.xml.matchAll(/<w:pgNumType([^>]*)\/>/g)].map((m) => m[1]!);
    const restarts = types.filter((t) => t.includes('w:start="1"'));
    expect(restarts).toEqual([' w:start="1" w:fmt="lowerRoman"', ' w:start="1" w:fmt="decimal"']);
    const firstDecimal = types.findIndex((t) => t.includes("decimal"));
    expect(types.slice(0, firstDecimal).every((t) => t.includes("lowerRoman"))).toBe(true);
    expect(types.slice(firstDecimal).every((t) => t.includes("decimal"))).toBe(true);
  });

  it("writes the tables of contents filled in with page numbers, and never asks to update fields", () => {
    const isi = doc.xml.match(/<w:sdt>[\s\S]*?<\/w:sdt>/g) ?? [];
    expect(isi.length).toBe(3);
    const [daftarIsi, daftarTabel, daftarGambar] = isi.map((s) => paragraphs(s).filter((p) => /\t[ivx\d]+$/.test(p)));
    expect(daftarIsi).toEqual(
      expect.arrayContaining([
        "KATA PENGANTAR\ti",
        "IKHTISAR EKSEKUTIF\tii",
        "BAB I PENDAHULUAN\t1",
        expect.stringMatching(/^BAB II PERENCANAAN KINERJA\t\d+$/),
        expect.stringMatching(/^BAB III AKUNTABILITAS KINERJA\t\d+$/),
        expect.stringMatching(/^3\.2\.4 Sasaran 4: .*\t\d+$/),
        expect.stringMatching(/^Lampiran 3 Formulir Pengukuran Kinerja Tahun 2025\t\d+$/),
      ]),
    );
    expect(daftarIsi!.length).toBe(styled(doc.xml, "Heading1").length + styled(doc.xml, "Heading2").length + styled(doc.xml, "Heading3").length);
    expect(daftarTabel!.length).toBe(styled(doc.xml, "Caption").length);
    expect(daftarTabel![0]).toMatch(/^Tabel 1\.1 Pejabat Struktural Dinas Sosial Kota Bekasi\t\d+$/);
    expect(daftarTabel).toEqual(expect.arrayContaining([expect.stringMatching(/^Tabel 2\.1 Tujuan, Sasaran dan Indikator Renstra 2025–2029\t\d+$/)]));
    expect(daftarGambar!.length).toBe(styled(doc.xml, "CaptionGambar").length);
    expect(daftarGambar![0]).toMatch(/^Gambar 1\.1 Bagan Struktur Organisasi Dinas Sosial Kota Bekasi\t\d+$/);
    expect(daftarGambar![1]).toMatch(/^Gambar 2\.1 Pohon Kinerja Dinas Sosial Kota Bekasi\t\d+$/);
    expect(daftarGambar).toEqual(expect.arrayContaining([expect.stringMatching(/^Gambar 3\.1 Grafik Capaian Kinerja per Indikator Tahun 2025\t\d+$/)]));
    expect(doc.xml).not.toContain('w:dirty="true"');
    expect(doc.parts["word/settings.xml"]).not.toContain("updateFields");
  });

  it("draws native charts: capaian per indicator, each numeric indicator's trend, serapan per program", () => {
    const charts = Object.keys(doc.parts).filter((k) => /^word\/charts\/chart\d+\.xml$/.test(k));
    expect(charts).toHaveLength(6);
    const all = charts.map((k) => doc.parts[k]!).join("");
    expect(all).toContain("131,82%");
    expect(all).toContain("90,06%");
    expect(styled(doc.xml, "CaptionGambar")).toEqual([
      "Gambar 1.1 Bagan Struktur Organisasi Dinas Sosial Kota Bekasi",
      // the pohon kinerja, split: the top with its five units, then one figure per unit
      "Gambar 2.1 Pohon Kinerja Dinas Sosial Kota Bekasi",
      "Gambar 2.2 Pohon Kinerja Sekretaris",
      "Gambar 2.3 Pohon Kinerja Kepala Bidang Rehabilitasi Sosial",
      "Gambar 2.4 Pohon Kinerja Kepala Bidang Perlindungan dan Jaminan Sosial",
      "Gambar 2.5 Pohon Kinerja Kepala Bidang Pemberdayaan Sosial",
      "Gambar 2.6 Pohon Kinerja Kepala Bidang Penanganan Fakir Miskin",
      "Gambar 3.1 Grafik Capaian Kinerja per Indikator Tahun 2025",
      "Gambar 3.2 Grafik Target dan Realisasi Antartahun: Persentase PPKS yang mendapatkan pelayanan kesejahteraan sosial",
      "Gambar 3.3 Grafik Target dan Realisasi Antartahun: Persentase PSKS yang dibina",
      "Gambar 3.4 Grafik Target dan Realisasi Antartahun: Persentase penduduk miskin",
      "Gambar 3.5 Grafik Target dan Realisasi Antartahun: Jumlah keluarga miskin penerima bantuan sosial",
      "Gambar 3.6 Grafik Serapan Anggaran per Program Tahun 2025",
    ]);
  });

  it("marks the file as written by lkip, for the overwrite rule", () => {
    expect(doc.parts["docProps/custom.xml"]).toContain('name="LKIP-Generator"');
  });
});

describe("the example's figures, in Indonesian notation", () => {
  it("prints the engine's capaian, the computation written out, and the budget with its total in words", () => {
    const t = doc.text;
    expect(t).toContain("19.825 / 125.326 × 100% = 15,82%");
    // the target count of a ratio (12 % of 125.326 = 15.039,12 persons) is never printed with decimals
    expect(t).toContain("Capaian = 19.825 / (12% × 125.326) × 100% = 131,82%");
    expect(t).not.toContain("15.039,12");
    expect(t).toContain("Capaian = (2 × 4,01 − 3,94) / 4,01 × 100% = 101,75%");
    expect(t).toContain("Capaian = 10.149 / 10.928 × 100% = 92,87%");
    expect(t).toContain("131,82%");
    expect(t).toContain("Rp 29.226.552.145");
    expect(t).toContain(
      "Jumlah pagu anggaran: Rp 29.226.552.145 (Dua puluh sembilan miliar dua ratus dua puluh enam juta lima ratus lima puluh dua ribu seratus empat puluh lima rupiah).",
    );
    expect(t).toContain("Rp 25.081.142.712");
    expect(t).toContain("85,82%");
    // Ikhtisar: sasaran, indicators, how many reached their targets, overall capaian and serapan
    expect(t).toContain("menetapkan 4 (empat) sasaran strategis yang diukur dengan 5 (lima) indikator kinerja");
    expect(t).toContain("Sebanyak 4 (empat) indikator mencapai atau melampaui targetnya");
    expect(t).toContain("Rata-rata capaian seluruh indikator yang terukur adalah 105,29%");
    expect(t).toContain("Rp 25.081.142.712 atau 85,82% dari pagu");
  });

  it("prints the measurement row of every PK indicator and the budget rows with right-aligned numbers", () => {
    const rows = [...doc.xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => paragraphs(m[0]).join(" | "));
    expect(rows).toContain("1 | IKU-1 Persentase PPKS yang mendapatkan pelayanan kesejahteraan sosial | % | 12 | 15,82 | 131,82% | Sangat tinggi");
    expect(rows).toContain("4 | IKU-4 Jumlah keluarga miskin penerima bantuan sosial | KK | 10.928 | 10.149 | 92,87% | Sangat tinggi");
    expect(rows).toContain("5 | IKU-5 Predikat Akuntabilitas Kinerja Instansi Pemerintah (AKIP) | predikat | BB | BB | 100,00% | Sangat tinggi");
    expect(rows).toContain("Jumlah | 31.886.278.680 | 29.226.552.145 | 25.081.142.712 | 85,82%");
    expect(rows).toContain("Jumlah | 20.604 | 19.825 | 96,22%");
    const cell = doc.xml.match(/<w:tc>(?:(?!<\/w:tc>)[\s\S])*29\.226\.552\.145<\/w:t>/)?.[0] ?? "";
    expect(cell).toContain('<w:jc w:val="right"/>');
  });

  it("uses the example's own Narasi for every section it fills, leaving no placeholder", () => {
    expect(doc.text).toContain("Menyusun target tahunan berdasarkan jumlah PPKS terbaru");
    expect(doc.text).toContain("Pemadanan data dengan Dinas Kependudukan dan Pencatatan Sipil dijadwalkan pada Januari");
    expect(doc.text).toContain("Calon penerima yang datanya belum padan didampingi TKSK");
    expect(doc.text).not.toContain("[Uraikan");
    expect(doc.text).not.toContain("[Tuliskan");
  });

  it("leaves a visible placeholder where the workbook has no Narasi for a section", async () => {
    const { buildDocument, packDocument } = await import("../../src/report/build.js");
    const { partsOf } = await import("./helpers.js");
    const model = { ...doc.model, narasi: undefined };
    const bytes = await packDocument(buildDocument(model, doc.computed, { estimatePages: false }));
    const xml = partsOf(bytes)["word/document.xml"]!;
    const text = paragraphs(xml).join("\n");
    // only the causes are marked; the solutions say what the figures ask for
    expect(text).toContain("[Tuliskan faktor yang mendukung capaian Sasaran 1 (capaian 131,82%; 1 (satu) dari 1 (satu) indikator mencapai target).]");
    expect(text).toContain('[Tuliskan penyebab IKU-4 "Jumlah keluarga miskin penerima bantuan sosial" berada 779 KK di bawah target.]');
    expect(text).toContain('Untuk Sasaran 3, "Jumlah keluarga miskin penerima bantuan sosial" perlu naik rata-rata 463 KK per tahun agar target akhir 2029 tercapai.');
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/>/);
  });
});

describe("one source of truth", () => {
  it("prints the engine's figure as given, never its own recomputation", async () => {
    const { Decimal } = await import("decimal.js");
    const { buildDocument, packDocument } = await import("../../src/report/build.js");
    const { partsOf } = await import("./helpers.js");
    // figures no arithmetic on the workbook gives: had the builder recomputed them, they would not appear
    const computed = {
      ...doc.computed,
      ringkasan: { ...doc.computed.ringkasan, capaian: new Decimal("77.777") },
      anggaran: { ...doc.computed.anggaran, total: { ...doc.computed.anggaran.total, serapan: new Decimal("12.345") } },
    };
    const bytes = await packDocument(buildDocument(doc.model, computed, { estimatePages: false }));
    const text = paragraphs(partsOf(bytes)["word/document.xml"]!).join("\n");
    expect(text).toContain("Rata-rata capaian seluruh indikator yang terukur adalah 77,78%");
    expect(text).toContain("atau 12,35% dari pagu");
    expect(text).not.toContain("105,29%");
  });
});
