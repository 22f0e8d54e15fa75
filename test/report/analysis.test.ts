// BAB III read as a reviewer reads it: no analysis paragraph repeated under two sasaran, no word about the workbook in
// the text, and — for a workbook whose Narasi sheet is emptied — a build that lists the missing keys on the terminal,
// a check that reports each, and a report that still analyses the figures with only the causes marked to fill.
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { narasiKeys } from "../../src/engine/narasi.js";
import { EXAMPLE, lkip } from "../helpers/cli.js";
import { tempDir } from "../helpers/workbook.js";
import { buildExample, type Built } from "./helpers.js";

/** The paragraphs of 3.2, grouped by the sasaran heading (`3.2.N …`) they sit under. */
function perSasaran(text: string): string[][] {
  // headings, not their entries in the Daftar Isi (which end in a tab and a page number)
  const lines = text.split("\n");
  const start = lines.findIndex((l) => /^3\.2 /.test(l) && !l.includes("\t"));
  const end = lines.findIndex((l, k) => k > start && /^3\.3 /.test(l) && !l.includes("\t"));
  const groups: string[][] = [];
  for (const l of lines.slice(start, end)) {
    if (/^3\.2\.\d+ /.test(l)) groups.push([]);
    else groups[groups.length - 1]?.push(l);
  }
  return groups;
}

/** Sentences of running text (not table cells, captions or headings): long lines ending in a full stop. */
const isProse = (p: string) => p.length > 60 && /[.)]$/.test(p.trim()) && !/^(Tabel|Gambar|Sumber:) /.test(p);

function repeated(groups: string[][]): string[] {
  const seen = new Map<string, number>();
  const out: string[] = [];
  groups.forEach((g, k) => {
    for (const p of new Set(g.filter(isProse))) {
      const first = seen.get(p);
      if (first !== undefined && first !== k) out.push(p);
      else seen.set(p, k);
    }
  });
  return out;
}

describe("BAB III of the example", () => {
  let doc: Built;
  beforeAll(async () => {
    doc = await buildExample(EXAMPLE, { estimatePages: false });
  });

  it("repeats no analysis paragraph under two sasaran, and every sasaran has its own", () => {
    const groups = perSasaran(doc.text);
    expect(groups).toHaveLength(4);
    expect(repeated(groups)).toEqual([]);
    for (const g of groups) expect(g.filter(isProse).length).toBeGreaterThan(10);
  });

  it("never speaks of the workbook: no sheet, column, Narasi row or fill-in instruction in its sentences", () => {
    // "Sumber: …" lines name the office's sources; they are worded in their own place
    const prose = doc.text.split("\n").filter((l) => !l.startsWith("Sumber:"));
    for (const word of [/\bsheet\b/i, /\bkolom\b/i, /baris Narasi/i, /\[Uraikan/, /\[Tuliskan/]) {
      expect(prose.filter((l) => word.test(l)), String(word)).toEqual([]);
    }
  });

  it("prints the efficiency formula, the Program Penunjang under the AKIP sasaran, and the reason for unspent money", () => {
    expect(doc.text).toContain("Efisiensi = capaian kinerja − serapan anggaran; efisien bila hasilnya tidak negatif.");
    const s4 = perSasaran(doc.text)[3]!.join("\n");
    expect(s4).toContain("Program yang mendukung Sasaran 4 memperoleh pagu Rp 14.171.420.836 dan merealisasikan Rp 12.762.370.465 (serapan 90,06%).");
    expect(s4).toContain("Sisa anggaran penunjang berasal dari belanja gaji");
    expect(perSasaran(doc.text)[2]!.join("\n")).toContain("Rp 3.717.696.432 / 10.149 KK = Rp 366.312 per KK");
  });
});

describe("a workbook with the Narasi sheet emptied", () => {
  let dir: string;
  let wb: string;
  let keys: string[];
  beforeAll(async () => {
    dir = tempDir("lkip-narasi-");
    wb = join(dir, "tanpa-narasi.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(EXAMPLE);
    const ws = book.getWorksheet("Narasi")!;
    for (let r = 2; r <= ws.rowCount; r++) ws.getRow(r).eachCell((cell) => (cell.value = null));
    await book.xlsx.writeFile(wb);
    const doc = await buildExample(wb, { estimatePages: false });
    keys = narasiKeys(doc.computed).filter((k) => k.wajib).map((k) => k.key);
  }, 60_000);

  it("builds (exit 0) and lists every missing analysis key on the terminal", () => {
    expect(keys).toHaveLength(22); // 4 sasaran × (penyebab, penghambat, solusi, langkah, sisa anggaran) + IKU-4 × 2
    const r = lkip(["build", wb, "-o", join(dir, "out.docx")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Analisis yang hanya dapat ditulis instansi belum diisi (22 baris Narasi");
    for (const k of keys) expect(r.stderr).toContain(`  - ${k}\n`);
  });

  it("check reports each missing key as a warning naming the key to add", () => {
    const r = lkip(["check", wb, "--format", "json"]);
    const findings = (JSON.parse(r.stdout) as { findings: { rule: string; severity: string; message: string }[] }).findings.filter(
      (f) => f.rule === "narasi/kunci-hilang",
    );
    expect(findings.map((f) => f.severity)).toEqual(keys.map(() => "warning"));
    expect(findings.map((f) => /"([^"]+)"/.exec(f.message)![1])).toEqual(keys);
  });

  it("still reads as analysis: figures, trends and gaps, with only the causes marked to fill", async () => {
    const doc = await buildExample(wb, { estimatePages: false });
    const groups = perSasaran(doc.text);
    const bab3 = groups.flat();
    expect(repeated(groups)).toEqual([]);
    const marks = bab3.filter((p) => p.includes("[Tuliskan") || p.includes("[Uraikan"));
    // causes, obstacles and reasons only — each naming its sasaran or indicator, in the report's words
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m).toMatch(/^\[Tuliskan (faktor yang mendukung|kendala|penyebab IKU-\d|alasan anggaran Sasaran \d)/);
    for (const m of marks) expect(m).not.toMatch(/sheet|kolom|Narasi/i);
    const text = bab3.join("\n");
    expect(text).toContain("naik 3,82 poin dari 2024 (12%)");
    expect(text).toContain("Masih diperlukan kenaikan 1.851 KK untuk mencapai target akhir Renstra, atau rata-rata 463 KK per tahun");
    expect(text).toContain("Pelaksanaan Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota, yang serapannya paling rendah (72,65%), perlu dijadwalkan lebih awal.");
    expect(text).toContain("Target \"Jumlah keluarga miskin penerima bantuan sosial\" untuk 2026 adalah 11.200 KK");
  });
});
