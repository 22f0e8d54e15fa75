// Rendering: `lkip build --pdf` on the shipped example converts the document with LibreOffice once; the PDF's text must
// show the chapter titles, the captions, the filled-in tables of contents and the key figures in Indonesian notation.
// Needs LibreOffice (soffice) and poppler (pdftotext, pdfinfo); CI installs both (.ci/run).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE, lkip } from "../helpers/cli.js";
import { entriesOffPage, pagesOf } from "../helpers/pdf.js";
import { tempDir } from "../helpers/workbook.js";
import * as msg from "../../src/text/messages/report.js";
import { expectWorkbookPrinted } from "./printed.js";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const HAVE_TOOLS = has("soffice") && has("pdftotext") && has("pdfinfo");
if (!HAVE_TOOLS) {
  console.warn("render.test.ts dilewati: soffice, pdftotext, atau pdfinfo tidak terpasang (pasang libreoffice-writer dan poppler-utils)");
}

describe.skipIf(!HAVE_TOOLS)("the example rendered by LibreOffice", () => {
  let dir: string;
  let text: string;
  let pages: number;
  let stdout: string;
  let pdf: string;

  beforeAll(() => {
    dir = tempDir("lkip-render-");
    const wb = join(dir, "contoh.xlsx");
    copyFileSync(EXAMPLE, wb);
    const r = lkip(["build", wb, "--pdf"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    stdout = r.stdout;
    pdf = join(dir, "LKIP-dinas-sosial-kota-bekasi-2025.pdf");
    // soffice exits 0 even when it fails: the file is the proof
    expect(existsSync(pdf)).toBe(true);
    text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
    pages = Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout)?.[1]);
  }, 180_000);

  it("--pdf writes the PDF beside the document and leaves no temporary file", () => {
    expect(stdout).toMatch(/PDF ditulis: .*LKIP-dinas-sosial-kota-bekasi-2025\.pdf/);
    expect(readdirSync(dir).sort()).toEqual(["LKIP-dinas-sosial-kota-bekasi-2025.docx", "LKIP-dinas-sosial-kota-bekasi-2025.pdf", "contoh.xlsx"]);
  });

  it("shows what the workbook holds: every Standar row and program indicator, Keterangan, quarters, past capaian", async () => {
    const n = await expectWorkbookPrinted(join(dir, "contoh.xlsx"), pdf);
    // the example holds each kind, so none of the checks above ran on nothing
    for (const [kind, count] of Object.entries(n)) expect(count, kind).toBeGreaterThan(0);
  });

  it("renders every chapter with its title", () => {
    expect(pages).toBeGreaterThanOrEqual(30);
    expect(text).toMatch(/LAPORAN KINERJA\s+INSTANSI PEMERINTAH\s+\(LKIP\)\s+TAHUN 2025/);
    // the running header on every page but the cover
    const firstLines = text.split("\f").slice(0, pages).map((page) => page.trim().split("\n")[0]!.trim());
    expect(firstLines[0]).toBe("LAPORAN KINERJA");
    expect(firstLines.slice(1).every((l) => l === "Laporan Kinerja Instansi Pemerintah Dinas Sosial Kota Bekasi Tahun 2025")).toBe(true);
    for (const title of [
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
      "PERJANJIAN KINERJA TAHUN 2025",
      "FORMULIR PENGUKURAN KINERJA",
    ]) {
      expect(text, title).toContain(title);
    }
  });

  it("numbers the front matter in roman and the chapters from 1, in the footer", () => {
    const pageTexts = text.split("\f").slice(0, pages);
    const footer = (page: string) => page.trim().split("\n").pop()!.trim();
    expect(footer(pageTexts[1]!)).toBe("i");
    expect(footer(pageTexts[2]!)).toBe("ii");
    const bab1 = pageTexts.findIndex((p) => /^\s*BAB I PENDAHULUAN\s*$/m.test(p));
    expect(footer(pageTexts[bab1]!)).toBe("1");
    expect(footer(pageTexts[bab1 - 1]!)).toMatch(/^[ivx]+$/);
    expect(footer(pageTexts[pages - 1]!)).toBe(String(pages - bab1));
  });

  it("shows the tables of contents with their page numbers", () => {
    expect(text).toMatch(/KATA PENGANTAR\.{3,}\s*i\n/);
    expect(text).toMatch(/BAB I PENDAHULUAN\.{3,}\s*1\n/);
    expect(text).toMatch(/BAB IV PENUTUP\.{3,}\s*\d+\n/);
    expect(text).toMatch(/Tabel 3\.1 Skala Penilaian Capaian Kinerja\.{3,}\s*\d+\n/);
    expect(text).toMatch(/Gambar 3\.1 Grafik Capaian Kinerja per Indikator Tahun 2025\.{3,}\s*\d+\n/);
  });

  it("every entry of the three lists points at the page LibreOffice puts the heading or caption on", () => {
    const { count, wrong } = entriesOffPage(pagesOf(text, pages));
    expect(count).toBeGreaterThan(60);
    expect(wrong).toEqual([]);
  });

  it("leaves no page holding only a Sumber line or a signature block", () => {
    const pageTexts = text.split("\f").slice(0, pages);
    // the lines of the signature blocks: place and date, the parties, the offices, the names, rank and NIP
    const signature = /^(Bekasi, \d+ \w+ \d{4}|PIHAK (PERTAMA|KEDUA)|KEPALA DINAS SOSIAL( KOTA)?|BEKASI|WALI KOTA BEKASI|Dr\. Hendra Wiratama.*|Pembina Utama Muda \(IV\/c\)|NIP\. [\d ]+|\(\.+\))$/;
    const bare = pageTexts.flatMap((page, n) => {
      // without the running header (first line) and the page number (last)
      const lines = page.split("\n").map((l) => l.trim()).filter((l) => l !== "").slice(1, -1);
      if (n === 0) return [];
      const rest = lines.filter((l) => !l.startsWith("Sumber:") && !l.split(/\s{2,}/).every((part) => signature.test(part)));
      return rest.length === 0 ? [`${n + 1}: ${lines.join(" / ")}`] : [];
    });
    expect(bare).toEqual([]);
  });

  it("shows the table captions and the key figures in Indonesian notation", () => {
    // the budget table closes BAB III: it carries the chapter's last table number
    const last = Math.max(...[...text.matchAll(/Tabel 3\.(\d+)/g)].map((m) => Number(m[1])));
    for (const caption of [
      "Tabel 2.2 Indikator Kinerja Utama dan Target Renstra 2025–2029",
      "Tabel 3.1 Skala Penilaian Capaian Kinerja",
      "Tabel 3.2 Capaian Kinerja Tahun 2025",
      `Tabel 3.${last} Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2025`,
      "Gambar 3.6 Grafik Serapan Anggaran per Program Tahun 2025",
    ]) {
      expect(text, caption).toContain(caption);
    }
    for (const figure of ["131,82%", "Rp 29.226.552.145", "19.825 / 125.326 × 100% = 15,82%", "29.226.552.145", "25.081.142.712", "85,82%", "105,29%"]) {
      expect(text, figure).toContain(figure);
    }
    // a chart's labels are drawn too (LibreOffice renders the native chart)
    expect(text).toMatch(/94,98%/);
  });

  it("speaks of the office's work, never of the workbook: no sheet, column, Narasi row or fill-in mark in the body", () => {
    // "Sumber: …" lines name sources; their wording has its own home and test
    const body = text.split("\n").filter((l) => !l.trim().startsWith("Sumber:"));
    for (const word of [/\bsheet\b/i, /\bkolom\b/i, /baris Narasi/i, /\[Uraikan/, /\[Tuliskan/]) {
      expect(body.filter((l) => word.test(l)), String(word)).toEqual([]);
    }
  });

  it("repeats no sentence of BAB III's analysis under two sasaran", () => {
    const pagesText = text.split("\f").slice(0, pages);
    const start = pagesText.findIndex((p) => /^\s*3\.2 Analisis Capaian Kinerja per Sasaran\s*$/m.test(p));
    const bab3 = pagesText.slice(start).join("\n");
    // headings run into the next line once wrapped lines are joined: leave them out
    const headings = [...Object.values(msg.BAB3), ...Object.values(msg.E)].flatMap((h: unknown) => (typeof h === "string" ? [h] : []));
    let analysis = bab3.slice(0, bab3.search(/^\s*3\.3 Realisasi Anggaran\s*$/m));
    for (const h of headings) analysis = analysis.split(h).join(" ");
    const parts = analysis.split(/^\s*3\.2\.\d+ Sasaran \d+/m).slice(1);
    expect(parts).toHaveLength(4);
    // sentences of running text, lines joined (hyphenless Indonesian wrapping) and spaces collapsed
    const sentences = parts.map(
      (p) => new Set(p.replace(/\s+/g, " ").split(/(?<=\.) (?=[A-Z])/).filter((x) => x.length > 80 && !/(Tabel|Gambar) \d/.test(x))),
    );
    const seen = new Map<string, number>();
    const repeated: string[] = [];
    sentences.forEach((set, k) => {
      for (const x of set) {
        if (seen.has(x) && seen.get(x) !== k) repeated.push(x);
        else seen.set(x, k);
      }
    });
    expect(repeated).toEqual([]);
  });

  it("prints the Lampiran PK as the workbook says it was signed: its own date, the Kepala Daerah, never the build date", () => {
    // the body's headings (the last occurrences: the table of contents lists them first)
    const lampiran1 = text.lastIndexOf("Lampiran 1 Perjanjian Kinerja Tahun 2025");
    const lampiran2 = text.lastIndexOf("Lampiran 2 Perjanjian Kinerja Perubahan Tahun 2025");
    const lampiran3 = text.lastIndexOf("Lampiran 3 Formulir Pengukuran Kinerja Tahun 2025");
    expect(lampiran1).toBeGreaterThan(0);
    expect(lampiran2).toBeGreaterThan(lampiran1);
    expect(lampiran3).toBeGreaterThan(lampiran2);
    const murni = [text.slice(lampiran1, lampiran2)];
    const perubahan = [text.slice(lampiran2, lampiran3)];
    const murniText = murni.join("\n");
    const perubahanText = perubahan.join("\n");
    // the Profil's Tanggal PK (6 January 2025) and Tanggal PK Perubahan (1 October 2025), in the report year
    expect(murniText).toContain("Bekasi, 6 Januari 2025");
    expect(perubahanText).toContain("Bekasi, 1 Oktober 2025");
    for (const t of [murniText, perubahanText]) {
      expect(t).toContain("Drs. Suryadi Kusumah, M.Si.");
      expect(t).toContain("WALI KOTA BEKASI");
      expect(t).not.toContain("15 Januari 2026");
      expect(t).not.toContain(new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date()));
    }
    // the PK murni carries the original budget, the PK perubahan the revised one
    expect(murniText).toMatch(/Jumlah\s+31\.886\.278\.680/);
    expect(perubahanText).toMatch(/Jumlah\s+29\.226\.552\.145/);
  });

  it("draws the organisation chart in BAB I and prints the staff tables with their totals", () => {
    const bab1 = text.slice(text.indexOf("1.4 Tugas, Fungsi dan Struktur Organisasi\n"), text.indexOf("1.6 Isu Strategis\n"));
    expect(bab1).toContain("Gambar 1.1 Bagan Struktur Organisasi Dinas Sosial Kota Bekasi");
    const chart = bab1.slice(0, bab1.indexOf("Gambar 1.1"));
    // top to bottom: the head of office above the units under it, the units above their subbagian and seksi
    const at = (s: string) => chart.indexOf(s);
    expect(at("Kepala Dinas")).toBeGreaterThanOrEqual(0);
    expect(at("Kepala Dinas")).toBeLessThan(at("Sekretaris"));
    expect(at("Sekretaris")).toBeLessThan(at("Subbagian Keuangan"));
    expect(at("Rehabilitasi Sosial")).toBeLessThan(at("Seksi Rehabilitasi"));
    expect(bab1).toMatch(/Tabel 1\.2 Jumlah Pegawai Menurut Jabatan \(ASN\)[\s\S]*?Jumlah\s+33\s+31\s+64/);
    expect(bab1).toMatch(/Status Kepegawaian[\s\S]*?Jumlah\s+56\s+49\s+105/);
  });
});
