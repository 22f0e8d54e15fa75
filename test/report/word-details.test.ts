// What Word reads besides the text, in the example's package: the document's language, the keeps that hold a caption
// to its table and a table's end to its "Sumber:" line, the signature kept with the table above it, the chart number
// formats, and the sources named under the tables.
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE } from "../helpers/cli.js";
import { buildExample, paragraphs, type Built } from "./helpers.js";

let doc: Built;

beforeAll(async () => {
  doc = await buildExample(EXAMPLE);
});

/** The body's top-level blocks in order: paragraphs and tables, as XML. */
function blocks(xml: string): { type: "p" | "tbl"; xml: string }[] {
  const body = xml.slice(xml.indexOf("<w:body>"));
  return [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    type: m[0].startsWith("<w:tbl>") ? ("tbl" as const) : ("p" as const),
    xml: m[0],
  }));
}

/** Whether the first paragraph of a row's first cell keeps the row with the next (as Word decides it). */
function rowKept(row: string): boolean {
  const firstP = /<w:p[ >][\s\S]*?<\/w:p>/.exec(row)?.[0] ?? "";
  return /<w:keepNext\/>/.test(firstP);
}

const rowsOf = (tbl: string) => [...tbl.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
const styleOf = (p: string) => /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1];

describe("the example's Word details", () => {
  it("declares Indonesian (id-ID) as the language of the text", () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(doc.parts["word/styles.xml"]!)?.[0] ?? "";
    expect(defaults).toMatch(/<w:rPrDefault>[\s\S]*<w:lang w:val="id-ID"\/>/);
    expect(doc.xml).not.toMatch(/w:lang w:val="en-US"/);
  });

  it("keeps every caption with its table's header and first rows, and the last rows with the Sumber line", () => {
    const caption = /<w:style [^>]*w:styleId="Caption"[\s\S]*?<\/w:style>/.exec(doc.parts["word/styles.xml"]!)?.[0] ?? "";
    expect(caption).toMatch(/<w:keepNext\/>/);
    const bs = blocks(doc.xml);
    // the signature tables are not data tables; every table after a caption is
    const tables = bs.flatMap((b, i) => (b.type === "tbl" && i > 0 && styleOf(bs[i - 1]!.xml) === "Caption" ? [{ i, rows: rowsOf(b.xml) }] : []));
    expect(tables.length).toBeGreaterThan(30);
    for (const { i, rows } of tables) {
      const title = paragraphs(bs[i - 1]!.xml)[0];
      const headers = rows.filter((r) => r.includes("<w:tblHeader/>")).length;
      // header rows and the first data row hold on to the caption; the last two rows to the Sumber line below
      expect(rows.slice(0, headers + 1).every(rowKept), `${title}: header and first row`).toBe(true);
      expect(rows.slice(-2).every(rowKept), `${title}: last rows`).toBe(true);
      expect(styleOf(bs[i + 1]!.xml), `${title}: Sumber line below`).toBe("Sumber");
      // a long table may break in between
      if (rows.length - headers > 5) expect(rows.slice(headers + 1, -2).some(rowKept), `${title}: middle rows`).toBe(false);
    }
  });

  it("keeps each Lampiran signature with the end of the table above it", () => {
    const bs = blocks(doc.xml);
    const signatures = bs.flatMap((b, i) => (b.type === "tbl" && /NIP\. /.test(paragraphs(b.xml).join("\n")) && i > 2 && bs[i - 2]!.type === "p" ? [i] : []));
    // the example signs a PK murni and a PK perubahan, then the Formulir (the Kata Pengantar's follows text, not a table)
    const afterTables = signatures.filter((i) => styleOf(bs[i - 2]!.xml) === "Sumber");
    expect(afterTables.length).toBe(3);
    for (const i of afterTables) {
      expect(bs[i - 2]!.xml, "the Sumber line keeps with the signature").toMatch(/<w:keepNext\/>/);
      expect(bs[i - 1]!.xml, "so does the space above the signature").toMatch(/<w:keepNext\/>/);
      expect(rowsOf(bs[i]!.xml).every(rowKept), "the signature block is never split").toBe(true);
    }
  });

  it("writes chart axes in Indonesian notation", () => {
    const charts = Object.entries(doc.parts).filter(([k]) => /^word\/charts\/chart\d+\.xml$/.test(k));
    expect(charts.length).toBeGreaterThan(3);
    for (const [name, xml] of charts) {
      const axis = /<c:valAx>[\s\S]*?<c:numFmt formatCode="([^"]*)"/.exec(xml)?.[1];
      // the Indonesian locale tag makes Word and LibreOffice group thousands with "." and write decimals with ","
      expect(axis, name).toMatch(/^\[\$-421\]#,##0(\.0{1,2})?(&quot;%&quot;)?$/);
    }
    // an axis over small values (the poverty rate, around 4%) shows one decimal; one over thousands none
    const formats = charts.map(([, xml]) => /<c:valAx>[\s\S]*?<c:numFmt formatCode="([^"]*)"/.exec(xml)![1]);
    expect(formats).toContain("[$-421]#,##0.0");
    expect(formats).toContain("[$-421]#,##0");
  });

  it("names the office's sources under its tables, never the workbook's sheets", () => {
    const sources = paragraphs(doc.xml).filter((t) => t.startsWith("Sumber:"));
    expect(sources.length).toBeGreaterThan(30);
    for (const s of sources) expect(s).not.toMatch(/sheet|kolom|baris/i);
    expect(sources).toContain("Sumber: Renstra Dinas Sosial Kota Bekasi 2025–2029");
    expect(sources).toContain("Sumber: Data olahan Dinas Sosial Kota Bekasi, 2025");
    // the PK's Sumber Data column: Sasaran 3's poverty rate is BPS's figure
    expect(sources.some((s) => s.includes("BPS Kota Bekasi (angka sementara)"))).toBe(true);
  });
});
