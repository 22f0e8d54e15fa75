// The Cascading sheet checked through the CLI (`lkip check --format json`): a clean cascade gives no finding, and a
// cascade with the defects of Bekasi's hand-typed 2026 "Pengukuran Kinerja Individu" (an orphan position, a loop of
// atasan, an IKU with nothing under it, the Kepala Dinas's NIP with 17 digits, an impossible TMT, a repeated indicator,
// a sasaran without indicator, a wrong capaian) gets each finding at its cell.
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/check/types.js";
import { personKey } from "../../src/check/rules/nip-berbeda.js";
import { cascadingTree } from "../../src/model/cascading.js";
import { readWorkbook } from "../../src/read.js";
import { lkip } from "../helpers/cli.js";
import { tempDir, writeWorkbook } from "../helpers/workbook.js";
import { baseSheets, pct, toInputs, type Sheets } from "./fixture.js";

const HEADER = ["Kode", "Jabatan", "Nama", "NIP", "Kode Atasan", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Capaian", "Kode IKU", "Agregasi"];
const KADIS_NIP = "19700101 199003 2 001"; // the fixture's Profil NIP Kepala

/** A sound cascade over the fixture's IKU-1..3: every IKU carried by the top and by a position below it. */
function cleanCascade(): Sheets {
  const s = baseSheets();
  s["Cascading"] = [
    HEADER,
    ["1", "Kepala Dinas Sosial", "Dra. Siti Aminah, M.Si.", KADIS_NIP, undefined, "Meningkatnya layanan", "Persentase PPKS terlayani", "%", 12, 15.82, pct(131.83), "IKU-1"],
    ["1", undefined, undefined, undefined, undefined, "Menurunnya kemiskinan", "Persentase penduduk miskin", "%", 4.01, 3.94, pct(101.75), "IKU-2"],
    ["1", undefined, undefined, undefined, undefined, undefined, "Jumlah KK penerima bantuan", "KK", 1000, 950, pct(95), "IKU-3"],
    ["2", "Kepala Bidang Rehabilitasi Sosial", "Bambang Sutrisno", "19720808 199903 1 005", "1", "Meningkatnya rehabilitasi sosial", "Persentase PPKS yang direhabilitasi", "%", 100, 90, pct(90), "IKU-1"],
    [undefined, undefined, undefined, undefined, undefined, undefined, "Jumlah laporan rehabilitasi sosial", "laporan", 12, 12, pct(100), "IKU-1"],
    ["3", "Kepala Bidang Perlindungan dan Jaminan Sosial", "Nur Aisyah", "19740219 200012 2 003", "1", "Meningkatnya perlindungan sosial", "Persentase keluarga miskin yang dilindungi", "%", undefined, undefined, pct(87.5), "IKU-2; IKU-3", "rata-rata"],
    ["4", "Pengelola Data Fakir Miskin", undefined, undefined, "3", "Tersedianya data keluarga miskin", "Jumlah laporan pendataan", "laporan", 4, 3, pct(75)],
    [undefined, undefined, undefined, undefined, undefined, undefined, "Jumlah laporan penyaluran bantuan", "laporan", 10, 10, pct(100)],
  ];
  return s;
}

/** `lkip check --format json` on the sheets (or on `existing`, a workbook already written). */
async function checkJson(sheets: Sheets, existing?: string): Promise<Finding[]> {
  const file = existing ?? (await writeWorkbook(toInputs(sheets)));
  const r = lkip(["check", file, "--format", "json"]);
  expect(r.stderr).toBe("");
  return (JSON.parse(r.stdout) as { findings: Finding[] }).findings;
}

const cascadeRules = (fs: Finding[]) => fs.filter((f) => f.rule.startsWith("cascading/") || f.rule.startsWith("nip/"));
const at = (fs: Finding[]) => fs.map((f) => `${f.rule} ${f.sheet}!${f.cell ?? "-"}`).sort();

describe("lkip check on the Cascading sheet", () => {
  it("a sound cascade gives no finding at all", async () => {
    expect(await checkJson(cleanCascade())).toEqual([]);
  });

  it("the seed's defects, each at its cell", async () => {
    const s = cleanCascade();
    const c = s["Cascading"]!;
    // the Kepala Dinas's NIP with a digit missing (17 digits), as the seed prints it
    c[1]![3] = "19700101 199003 2 00";
    // an impossible TMT CPNS (month 13) for the Kepala Bidang
    c[4]![3] = "19720808 199913 1 005";
    // a wrong capaian: 90 / 100 is 90 %, written 95
    c[4]![10] = pct(95);
    // IKU-3 carried by the top but nobody below: the Kepala Bidang serves IKU-2 only
    c[6]![11] = "IKU-2";
    // a top indicator that is no IKU/PK indicator
    c.push(["1", undefined, undefined, undefined, undefined, undefined, "Indeks kepuasan masyarakat", "indeks", 80, 82]);
    // a sasaran without indicator (row 11)
    c.push(["3", undefined, undefined, undefined, undefined, "Meningkatnya kualitas data terpadu"]);
    // two positions under the Kepala Bidang with the same indicator (row 13 repeats row 12's), and one twice in one position (row 14)
    c.push(["5", "Pekerja Sosial Ahli Muda", undefined, undefined, "2", "Terlaksananya rehabilitasi sosial", "Jumlah laporan rehabilitasi anak terlantar", "laporan", 4, 4]);
    c.push(["6", "Penyuluh Sosial Ahli Muda", undefined, undefined, "2", "Terlaksananya penyuluhan sosial", "Jumlah Laporan Rehabilitasi Anak Terlantar.", "laporan", 4, 4]);
    c.push(["5", undefined, undefined, undefined, undefined, undefined, "Jumlah laporan rehabilitasi anak terlantar", "laporan", 4, 4]);
    // an orphan: its atasan 99 is no Kode (row 15)
    c.push(["7", "Operator Layanan Operasional", undefined, undefined, "99", "Terselenggaranya layanan", "Jumlah laporan layanan", "laporan", 12, 12]);
    // a loop: 8 under 9, 9 under 8 (rows 16, 17)
    c.push(["8", "Analis Kebijakan", undefined, undefined, "9", "Tersusunnya kajian", "Jumlah kajian", "dokumen", 2, 2]);
    c.push(["9", "Penata Kelola", undefined, undefined, "8", "Tersusunnya bahan kajian", "Jumlah bahan kajian", "dokumen", 4, 4]);

    const fs = await checkJson(s);
    expect(at(cascadeRules(fs))).toEqual(
      [
        "nip/tidak-sah Cascading!D2",
        "nip/berbeda Cascading!D2",
        "nip/tidak-sah Cascading!D5",
        "cascading/capaian Cascading!K5",
        "cascading/dukungan PK!C4",
        "cascading/puncak Cascading!G10",
        "cascading/tanpa-indikator Cascading!F11",
        "cascading/indikator-ganda Cascading!G13",
        "cascading/indikator-ganda Cascading!G14",
        "cascading/atasan Cascading!E15",
        "cascading/siklus Cascading!E16",
        "cascading/siklus Cascading!E17",
      ].sort(),
    );
    const one = (rule: string, cell: string) => fs.find((f) => f.rule === rule && `${f.sheet}!${f.cell}` === cell)!;
    expect(one("nip/tidak-sah", "Cascading!D2").message).toMatch(/^NIP "19700101 199003 2 00" \(Dra\. Siti Aminah, M\.Si\.\) tidak sah: berisi 17 angka/);
    expect(one("nip/berbeda", "Cascading!D2").message).toContain(`Profil!B6 ("${KADIS_NIP}")`);
    expect(one("nip/tidak-sah", "Cascading!D5").message).toContain("199913, bukan tahun dan bulan TMT CPNS");
    const capaian = one("cascading/capaian", "Cascading!K5");
    expect(capaian).toMatchObject({ severity: "error", expected: "90", actual: "95" });
    expect(capaian.message).toContain("Kepala Bidang Rehabilitasi Sosial (kode 2)");
    expect(capaian.message).toContain("realisasi 90 / target 100 × 100 = 90,00%");
    expect(one("cascading/dukungan", "PK!C4")).toMatchObject({ severity: "warning" });
    expect(one("cascading/dukungan", "PK!C4").message).toMatch(/^Indikator IKU-3 \(Jumlah KK penerima bantuan\) dimuat Kepala Dinas Sosial \(kode 1\), tetapi tidak ada jabatan di bawahnya/);
    expect(one("cascading/puncak", "Cascading!G10").message).toContain('"Indeks kepuasan masyarakat"');
    expect(one("cascading/tanpa-indikator", "Cascading!F11").message).toContain('"Meningkatnya kualitas data terpadu"');
    expect(one("cascading/indikator-ganda", "Cascading!G13").message).toContain("Pekerja Sosial Ahli Muda (kode 5) di G12");
    expect(one("cascading/indikator-ganda", "Cascading!G14").message).toContain("di G12");
    expect(one("cascading/atasan", "Cascading!E15")).toMatchObject({ severity: "error" });
    expect(one("cascading/atasan", "Cascading!E15").message).toContain('Kode Atasan "99" dari Operator Layanan Operasional (kode 7) tidak ada di kolom Kode');
    expect(one("cascading/siklus", "Cascading!E16").message).toContain("8 → 9 → 8");
  });

  it("a stated capaian that contradicts the children's average under Agregasi rata-rata is an error with expected and found", async () => {
    const s = cleanCascade();
    s["Cascading"]![6]![10] = pct(80);
    const fs = await checkJson(s);
    expect(at(fs)).toEqual(["cascading/agregasi Cascading!K7"]);
    expect(fs[0]).toMatchObject({ severity: "error", expected: "87.5", actual: "80" });
    expect(fs[0]!.message).toContain("rata-rata capaian 2 indikator jabatan di bawahnya = 87,50%");
  });

  it("Agregasi jumlah checks the realisasi against the sum of the children's realisasi of the same satuan", async () => {
    const s = cleanCascade();
    const c = s["Cascading"]!;
    c[6] = ["3", "Kepala Bidang Perlindungan dan Jaminan Sosial", "Nur Aisyah", "19740219 200012 2 003", "1", "Meningkatnya perlindungan sosial", "Jumlah laporan bidang", "laporan", 14, 13, pct(92.86), "IKU-2; IKU-3", "jumlah"];
    expect(await checkJson(s)).toEqual([]);
    c[6]![9] = 15;
    c[6]![10] = pct(107.14);
    const fs = await checkJson(s);
    expect(at(fs)).toEqual(["cascading/agregasi Cascading!J7"]);
    expect(fs[0]).toMatchObject({ expected: "13", actual: "15" });
  });

  it("an unknown Agregasi is named with the choices", async () => {
    const s = cleanCascade();
    s["Cascading"]![6]![12] = "median";
    const fs = await checkJson(s);
    expect(at(fs)).toEqual(["cascading/agregasi Cascading!M7"]);
    expect(fs[0]!.message).toContain("rata-rata, terendah, tertinggi");
  });

  it("a top row keeps the polarity of the IKU its Kode IKU names, even in its own words; rows below are positive", async () => {
    const s = cleanCascade();
    const c = s["Cascading"]!;
    // the top restates IKU-2 (negative) in other words: (2 × 4,01 − 3,94) / 4,01 × 100 = 101,75 % stays right
    c[2]![6] = "Persentase penduduk miskin di Kota Contoh";
    // a Kepala Bidang row serving IKU-2 with its own indicator is measured positively: 3 / 4 = 75 %, not 125 %
    c.push(["3", undefined, undefined, undefined, undefined, undefined, "Jumlah kecamatan dengan data kemiskinan mutakhir", "kecamatan", 4, 3, pct(125), "IKU-2"]);
    const fs = await checkJson(s);
    expect(at(fs)).toEqual(["cascading/capaian Cascading!K10"]);
    expect(fs[0]).toMatchObject({ expected: "75", actual: "125" });
  });

  it("no top at all is one sheet-level error; a second top is pointed at", async () => {
    const s = cleanCascade();
    s["Cascading"]![1]![4] = "2";
    s["Cascading"]![4]![4] = "1";
    let fs = await checkJson(s);
    expect(at(fs.filter((f) => f.rule === "cascading/atasan"))).toEqual(["cascading/atasan Cascading!-"]);
    const t = cleanCascade();
    t["Cascading"]![4]![4] = undefined;
    fs = await checkJson(t);
    expect(at(fs.filter((f) => f.rule === "cascading/atasan"))).toEqual(["cascading/atasan Cascading!E5"]);
  });
});

describe("the Cascading sheet of lkip init", () => {
  it("init writes it with the contract's headers, a note on each and the Agregasi choices", async () => {
    const file = join(tempDir(), "kosong.xlsx");
    expect(lkip(["init", file]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Cascading")!;
    const headers: string[] = [];
    ws.getRow(1).eachCell((c) => {
      headers.push(String(c.value));
      const note = typeof c.note === "string" ? c.note : (c.note?.texts ?? []).map((t) => t.text).join("");
      expect(note.length, c.address).toBeGreaterThan(30);
    });
    expect(headers).toEqual(HEADER);
    expect(ws.actualRowCount).toBe(1);
    expect(ws.getCell("M2").dataValidation?.formulae?.[0]).toBe('"rata-rata,terendah,tertinggi,jumlah"');
  });

  it("init --contoh writes a cascade from the Kepala Dinas down to the pelaksana that checks clean", async () => {
    const file = join(tempDir(), "contoh.xlsx");
    expect(lkip(["init", "--contoh", file]).code).toBe(0);
    expect(await checkJson({}, file)).toEqual([]);
    const model = await readWorkbook(file);
    const c = model.cascading!;
    expect(c.nodes.length).toBeGreaterThanOrEqual(25);
    expect(c.nodes.length).toBeLessThanOrEqual(40);
    const tree = cascadingTree(c.nodes);
    expect(tree.roots.map((r) => r.node.jabatan)).toEqual(["Kepala Dinas Sosial"]);
    expect(tree.orphans.concat(tree.cycles)).toEqual([]);
    // four levels: Kepala Dinas, Sekretaris and Kepala Bidang, Jabatan Fungsional, pelaksana
    const depth = (n: (typeof tree.roots)[number]): number => 1 + Math.max(0, ...n.children.map(depth));
    expect(depth(tree.roots[0]!)).toBe(4);
    const jabatan = c.nodes.map((n) => n.jabatan).join("\n");
    for (const j of ["Sekretaris", "Kepala Bidang", "Ahli Muda", "Penata Layanan Operasional", "Pengelola Layanan Operasional", "Pengadministrasi Perkantoran", "Operator Layanan Operasional"]) {
      expect(jabatan).toContain(j);
    }
    // the top carries every PK indicator by its code, and its holder's NIP is the Profil's
    const top = tree.roots[0]!.node;
    const topCodes = top.rows.map((i) => c.rows[i]!.kodeIku);
    expect(topCodes).toEqual(model.pk!.rows.map((r) => r.kode));
    expect(top.nip).toBe(model.profil!.nipKepala);
    // targets and realisasi on most rows, so capaian can be measured
    const measured = c.rows.filter((r) => r.target && r.realisasi).length;
    expect(measured / c.rows.length).toBeGreaterThan(0.8);
  });
});

describe("lkip batch", () => {
  it("counts an office's cascade findings in its recap as lkip check does alone", async () => {
    const root = tempDir("lkip-batch-cascading-");
    mkdirSync(join(root, "dinsos"));
    const s = cleanCascade();
    s["Cascading"]!.push(["7", "Operator Layanan Operasional", undefined, undefined, "99", "Terselenggaranya layanan", "Jumlah laporan layanan", "laporan", 12, 12]);
    const file = await writeWorkbook(toInputs(s));
    copyFileSync(file, join(root, "dinsos", "dinsos.xlsx"));
    const alone = await checkJson({}, join(root, "dinsos", "dinsos.xlsx"));
    expect(at(alone)).toEqual(["cascading/atasan Cascading!E10"]);
    const r = lkip(["batch", root, "--check-only", "--format", "json", "--recap", join(root, "rekap.xlsx")]);
    const kantor = (JSON.parse(r.stdout) as { kantor: { errors: number; warnings: number }[] }).kantor;
    expect(kantor).toHaveLength(1);
    expect(kantor[0]).toMatchObject({ errors: 1, warnings: 0 });
  });
});

describe("nip/berbeda", () => {
  it("knows one person under titles, honorifics and capitals, and tells apart an abbreviated first name", () => {
    expect(personKey("Dr. Hendra Wiratama, S.STP., M.Si.")).toBe(personKey("HENDRA WIRATAMA"));
    expect(personKey("Hj. Nur Aisyah, S.H., M.H.")).toBe(personKey("Nur Aisyah"));
    expect(personKey("Drs. Bambang Sutrisno, M.Si.")).toBe(personKey("bambang  sutrisno"));
    expect(personKey("M. Rizki")).not.toBe(personKey("Rizki"));
  });

  it("accepts the same NIP written with or without separators, and points at a Cascading NIP that differs from the Struktur one", async () => {
    const s = cleanCascade();
    s["Cascading"]![1]![3] = "197001011990032001";
    s["Struktur"] = [
      ["Jabatan", "Atasan", "Nama", "NIP"],
      ["Kepala Dinas Sosial", undefined, "SITI AMINAH", "19700101.199003.2.001"],
      ["Kepala Bidang Rehabilitasi Sosial", "Kepala Dinas Sosial", "Drs. Bambang Sutrisno, M.Si.", "19720808 199903 1 006"],
    ];
    const fs = await checkJson(s);
    expect(at(fs)).toEqual(["nip/berbeda Cascading!D5"]);
    expect(fs[0]!.message).toContain('di Struktur!D3 ("19720808 199903 1 006")');
  });
});
