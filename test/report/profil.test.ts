// The organisation profile in BAB I and the Lampiran PK, at the level of the document's XML: a small workbook made
// here with a Struktur and a Pegawai sheet, and the Profil keys of the signed PK.
import { beforeAll, describe, expect, it } from "vitest";
import { minimalSheets, writeWorkbook } from "../helpers/workbook.js";
import { baseSheets, check } from "../check/fixture.js";
import { buildExample, paragraphs, styled, type Built } from "./helpers.js";

const STRUKTUR = [
  ["Jabatan", "Atasan", "Nama", "NIP", "Pangkat/Golongan"],
  ["Kepala Dinas", undefined, "Budi Santoso", "19700101 199003 1 001", "Pembina Utama Muda (IV/c)"],
  ["Sekretaris", "Kepala Dinas", "Ani Lestari"],
  ["Subbagian Umum", "Sekretaris"],
  ["Subbagian Keuangan", "Sekretaris"],
  ["Bidang Rehabilitasi", "Kepala Dinas"],
  ["Seksi Anak", "Bidang Rehabilitasi"],
  ["Bidang Perlindungan", "Kepala Dinas"],
  ["Seksi Bencana", "Bidang Ketahanan"],
];

const PEGAWAI = [
  ["Kelompok", "Uraian", "Jumlah", "Laki-laki", "Perempuan"],
  ["Golongan", "Golongan IV", 3, 2, 1],
  [undefined, "Golongan III", 12, 5, 7],
  ["Pendidikan", "S1", 10, 4, 6],
  [undefined, "SMA", 5, 3, 2],
];

/** The rows of the table just before a paragraph holding `marker`, each as [grid column where the cell starts, text]. */
function tableBefore(xml: string, marker: string): [number, string][][] {
  const end = xml.lastIndexOf(marker); // the body's caption or heading, not its entry in a table of contents
  const start = xml.lastIndexOf("<w:tbl>", end);
  const tbl = xml.slice(start, xml.indexOf("</w:tbl>", start));
  return [...tbl.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) => {
    let col = 0;
    return [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].flatMap((tc) => {
      const at = col;
      col += Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(tc[0])?.[1] ?? 1);
      const text = paragraphs(tc[0]).join(" ").trim();
      return text ? [[at, text] as [number, string]] : [];
    });
  });
}

describe("BAB I with a Struktur and a Pegawai sheet", () => {
  let doc: Built;
  beforeAll(async () => {
    const file = await writeWorkbook(minimalSheets({ Struktur: STRUKTUR, Pegawai: PEGAWAI }));
    doc = await buildExample(file);
  });

  it("draws the organisation chart as a native table, the head on top and every unit in the column of its atasan", () => {
    expect(styled(doc.xml, "CaptionGambar")[0]).toBe("Gambar 1.1 Bagan Struktur Organisasi Dinas Sosial Kota Contoh");
    const rows = tableBefore(doc.xml, "Gambar 1.1 Bagan Struktur Organisasi").filter((r) => r.length > 0);
    // tree order, row by row: the head; the units under it; then the units under those, stacked by position
    expect(rows.map((r) => r.map(([, t]) => t))).toEqual([
      ["Kepala DinasBudi Santoso"],
      ["SekretarisAni Lestari", "Bidang Rehabilitasi", "Bidang Perlindungan", "Seksi Bencana"],
      ["Subbagian Umum", "Seksi Anak"],
      ["Subbagian Keuangan"],
    ]);
    // the units below stand in their atasan's column (two grid columns per unit)
    const colOf = (name: string) => rows.flat().find(([, t]) => t.startsWith(name))![0];
    expect(colOf("Subbagian Umum")).toBe(colOf("Sekretaris"));
    expect(colOf("Subbagian Keuangan")).toBe(colOf("Sekretaris"));
    expect(colOf("Seksi Anak")).toBe(colOf("Bidang Rehabilitasi"));
    expect(colOf("Bidang Rehabilitasi")).toBeGreaterThan(colOf("Sekretaris"));
    // an editable table, not a picture; the head's box is centred over the units (4 units → 8 half-columns)
    const caption = doc.xml.lastIndexOf("Gambar 1.1 Bagan");
    const chart = doc.xml.slice(doc.xml.lastIndexOf("<w:tbl>", caption), caption);
    expect(chart).not.toContain("<w:drawing>");
    expect(colOf("Kepala Dinas")).toBe(3);
  });

  it("lists the officials the sheet names, with NIP and rank", () => {
    const i = doc.text.indexOf("Tabel 1.1 Pejabat Struktural Dinas Sosial Kota Contoh");
    expect(i).toBeGreaterThan(0);
    const after = doc.text.slice(i);
    expect(after).toContain("Kepala Dinas\nBudi Santoso\n19700101 199003 1 001\nPembina Utama Muda (IV/c)");
    expect(after).toContain("Sekretaris\nAni Lestari\n-");
  });

  it("prints one staff table per kelompok with its totals computed", () => {
    const captions = styled(doc.xml, "Caption").filter((c) => c.startsWith("Tabel 1."));
    expect(captions).toEqual(["Tabel 1.1 Pejabat Struktural Dinas Sosial Kota Contoh", "Tabel 1.2 Jumlah Pegawai Menurut Golongan", "Tabel 1.3 Jumlah Pegawai Menurut Pendidikan"]);
    const golongan = tableBefore(doc.xml, "Tabel 1.3 Jumlah Pegawai").map((r) => r.map(([, t]) => t));
    expect(golongan.at(-1)).toEqual(["Jumlah", "7", "8", "15"]);
    const pendidikan = tableBefore(doc.xml, "1.6 Isu Strategis").map((r) => r.map(([, t]) => t));
    expect(pendidikan.at(-1)).toEqual(["Jumlah", "7", "8", "15"]);
    expect(pendidikan.slice(1, -1)).toEqual([["1", "S1", "4", "6", "10"], ["2", "SMA", "3", "2", "5"]]);
    expect(pendidikan[0]).toEqual(["No", "Uraian", "Laki-laki", "Perempuan", "Jumlah"]);
  });
});

describe("a stated Jumlah row in Pegawai is checked", () => {
  it("finds a staff total that is not the sum of its lines", async () => {
    const s = baseSheets();
    s["Pegawai"] = [...PEGAWAI.slice(0, 3), [undefined, "Jumlah", 16, 7, 8], ...PEGAWAI.slice(3), [undefined, "Jumlah", 15, 7, 8]];
    const r = await check(s);
    const f = r.findings.filter((x) => x.rule === "jumlah/total");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ sheet: "Pegawai", cell: "C4", severity: "error" });
  });
});

describe("struktur/atasan", () => {
  it("points at an atasan the sheet does not name, and at a second position without one", async () => {
    const s = baseSheets();
    s["Struktur"] = [...STRUKTUR, ["Inspektur", undefined]];
    const f = (await check(s)).findings.filter((x) => x.rule === "struktur/atasan");
    expect(f.map((x) => `${x.sheet}!${x.cell} ${x.message}`)).toEqual([
      'Struktur!B9 Atasan "Bidang Ketahanan" dari "Seksi Bencana" tidak ada di kolom Jabatan (atau membentuk lingkaran); jabatan ini digambar langsung di bawah "Kepala Dinas"',
      'Struktur!A10 "Inspektur" tidak berisi Atasan, padahal puncak bagan sudah "Kepala Dinas"; jabatan ini digambar di bawah puncak',
    ]);
    expect(f.every((x) => x.severity === "warning")).toBe(true);
  });

  it("finds nothing in a sheet that forms one tree", async () => {
    const s = baseSheets();
    s["Struktur"] = STRUKTUR.slice(0, -1);
    expect((await check(s)).findings.filter((x) => x.rule === "struktur/atasan")).toEqual([]);
  });
});

