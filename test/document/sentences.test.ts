// Figures the narrative states against each other: a percentage with the two rupiah amounts it comes from
// (`dokumen/persen-teks`) and the same group of people counted twice (`dokumen/hitungan`). Each hit has near misses
// beside it that must stay silent: other sentence shapes, a narrower group, another section.
import { afterAll, describe, expect, it } from "vitest";
import { brief, docWriter, para, table } from "./docx-helpers.js";

const writer = docWriter("lkip-docx-sentences-");
afterAll(writer.cleanup);
type Children = Parameters<typeof writer.check>[1];
/** The checker reads only documents with a table of figures: one that adds up closes each document. */
const docs = {
  check: (name: string, children: Children) =>
    writer.check(name, [...children, table([["Uraian", "Jumlah"], ["A", "1"], ["B", "2"], ["Jumlah", "3"]])]),
};

const PAGU = "Rp. 29.226.552.145,-";
const EFISIENSI = "Rp. 4.145.409.433,-";

describe("dokumen/persen-teks", () => {
  it("finds a percentage that is neither the share nor its complement, also when the sentence runs on into the next paragraph", async () => {
    const r = await docs.check("persen-teks.docx", [
      para(`Dinas Sosial memiliki efisiensi sebesar 15% atau sebesar ${EFISIENSI} dari pagu anggaran sebesar ${PAGU}.`), // 1
      para(`Dari pelaksanaan program tersebut diperoleh efisiensi sebesar 15% atau sebesar ${EFISIENSI} dari pagu`), // 2
      para(`anggaran sebesar ${PAGU} terealisasi sebesar Rp. 25.081.142.712,-.`), // 3
      para("Secara keseluruhan, realisasi anggaran Rp 77.461.210.997 dari pagu Rp 83.094.140.000 (serapan 93,3%)."), // 4
      para("Pagu menjadi Rp 1.100.000.000 dari semula Rp 1.000.000.000 (naik 11%)."), // 5: the growth is the nearer reading
    ]);
    expect(brief(r, "dokumen/persen-teks")).toEqual([
      { rule: "dokumen/persen-teks", lokasi: { paragraf: 1 }, expected: "14%", actual: "15%" },
      { rule: "dokumen/persen-teks", lokasi: { paragraf: 2 }, expected: "14%", actual: "15%", terkait: [{ paragraf: 3 }] },
      { rule: "dokumen/persen-teks", lokasi: { paragraf: 4 }, expected: "93,2%", actual: "93,3%" },
      { rule: "dokumen/persen-teks", lokasi: { paragraf: 5 }, expected: "10%", actual: "11%" },
    ]);
    const first = r.findings.find((f) => f.rule === "dokumen/persen-teks")!;
    expect(first.severity).toBe("error");
    expect(first.message).toContain("14,18%");
    expect(first.message).toContain("85,82%");
  });

  it("accepts the share or the difference over the base at the printed precision, and reads only the shapes it knows", async () => {
    const r = await docs.check("persen-teks-diam.docx", [
      para(`Efisiensi sebesar 14% atau sebesar ${EFISIENSI} dari pagu anggaran sebesar ${PAGU}.`),
      para(`Realisasi Rp. 25.081.142.712 (85,82%) dari pagu anggaran ${PAGU}.`), // the share
      para(`Efisiensi Rp. 4.145.409.433 (85,8%) dari pagu ${PAGU}.`), // the complement: what was spent
      para(`Pagu ${PAGU} dan efisiensi ${EFISIENSI} atau 15%.`), // no dari / terhadap
      para(`Efisiensi sebesar 15% atau sebesar ${EFISIENSI}. Dari pagu anggaran sebesar ${PAGU} terealisasi 86%.`), // two sentences
      para(`Efisiensi sebesar 15% atau sebesar ${EFISIENSI} dari pagu anggaran sebesar ${PAGU}, turun 2% dari tahun lalu.`), // two percentages
      para(`Efisiensi sebesar 15% atau sebesar ${EFISIENSI} dari pagu`), // ends a sentence-less paragraph …
      para(`Anggaran sebesar ${PAGU}.`), // … but the next one starts a new sentence
      para("Pagu menjadi Rp 1.100.000.000 dari semula Rp 1.000.000.000 (naik 10%)."), // a growth over the base
    ]);
    expect(brief(r, "dokumen/persen-teks")).toEqual([]);
  });

  it("notes a percentage that is only truncated", async () => {
    const r = await docs.check("persen-teks-info.docx", [para(`Efisiensi sebesar 14,1% atau ${EFISIENSI} dari pagu ${PAGU}.`)]);
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([["dokumen/persen-teks", "info"]]);
  });
});

const STAFF = [
  "Rincian Sumber Daya Manusia yang dimiliki terdiri dari:", // 1
  "a. ASN : 33 Orang", // 2
  "b. Non ASN : 38 Orang", // 3
  "c. TKSK : 12 Orang", // 4
  "d. PSM : 238 Orang", // 5
  "321 Orang",
]; // 6: the total

describe("dokumen/hitungan", () => {
  it("finds a group counted again with another number in the same paragraph", async () => {
    const r = await docs.check("hitungan.docx", [
      para("Terdapat 71 orang personil dimana 7 orang merupakan pejabat struktural dan 64 orang merupakan pelaksana. Dari 67 orang pelaksana tersebut sebanyak 10 orang diangkat sebagai anggota Tim URC."),
    ]);
    expect(brief(r)).toEqual([{ rule: "dokumen/hitungan", lokasi: { paragraf: 1 }, expected: "64", actual: "67", terkait: [{ paragraf: 1 }] }]);
    expect(r.findings[0]!.message).toContain("67 orang pelaksana");
    expect(r.findings[0]!.message).toContain("64 orang pelaksana");
  });

  it("stays silent on the same count, a narrower group, another unit or another paragraph", async () => {
    const r = await docs.check("hitungan-diam.docx", [
      para("Sebanyak 64 orang merupakan pelaksana. Dari 64 orang pelaksana tersebut sebanyak 10 orang diangkat."),
      para("Sebanyak 64 orang pelaksana lapangan bertugas. Dari 67 orang pelaksana tersebut sebanyak 10 orang diangkat."),
      para("Terdapat 7 orang pejabat struktural. Dari 12 orang pejabat fungsional tersebut, 3 orang pensiun."),
      para("Sebanyak 64 jiwa pelaksana hadir. Dari 67 orang pelaksana tersebut 10 orang diangkat."),
      para("Pada tahun 2024 terdapat 64 orang penerima."),
      para("Dari 67 orang penerima tersebut 10 orang lulus."),
    ]);
    expect(brief(r, "dokumen/hitungan")).toEqual([]);
  });

  it("finds a group named with its acronym whose count differs from the list just above", async () => {
    const r = await docs.check("hitungan-daftar.docx", [
      ...STAFF.map(para),
      para("Disamping aparatur juga terdapat 121 orang Pekerja Sosial Masyarakat (PSM) dan 12 orang Tenaga Kesejahteraan Sosial Kecamatan (TKSK)."), // 7
    ]);
    expect(brief(r, "dokumen/hitungan")).toEqual([
      { rule: "dokumen/hitungan", lokasi: { paragraf: 7 }, expected: "238", actual: "121", terkait: [{ paragraf: 5 }] },
    ]);
    expect(r.findings.filter((f) => f.severity !== "info").map((f) => f.rule)).toEqual(["dokumen/hitungan"]);
  });

  it("compares a list only with the next paragraphs of its section", async () => {
    const named = para("Terdapat 121 orang Pekerja Sosial Masyarakat (PSM) yang aktif.");
    const r = await docs.check("hitungan-daftar-diam.docx", [
      ...STAFF.map(para),
      para("Terdapat 238 orang Pekerja Sosial Masyarakat (PSM) dan 12 orang Tenaga Kesejahteraan Sosial Kecamatan (TKSK)."),
      para("Juga 121 orang Pekerja Sosial Masyarakat Kecamatan (PSMK)."), // not in the list
      para("3.5 Pelatihan Pekerja Sosial"),
      named, // another section
      ...STAFF.map(para),
      table([["No", "Uraian"], ["1", "Pelatihan"]]),
      named, // after a table
      ...STAFF.map(para),
      para("Paragraf pertama."),
      para("Paragraf kedua."),
      para("Paragraf ketiga."),
      named, // too far
    ]);
    expect(brief(r, "dokumen/hitungan")).toEqual([]);
  });
});
