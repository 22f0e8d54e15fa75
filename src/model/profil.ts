// `Profil` (key / value) → Profil. A few keys are typed (Tahun, Desimal, Batas Capaian); everything else is kept as text.
import type { Profil, TextValue } from "./types.js";
import { addressOf, cellText, OUT_OF_RANGE_DATE } from "../cells/cell.js";
import { normalizeHeader } from "../cells/contract.js";
import type { ProblemSink } from "../cells/problems.js";
import type { SheetTable } from "../cells/table.js";
import { parseIndonesianDate } from "../text/date.js";
import * as msg from "../text/messages/reader.js";

const TEXT_KEYS = {
  namainstansi: "namaInstansi",
  pemerintahdaerah: "pemerintahDaerah",
  namakepala: "namaKepala",
  nipkepala: "nipKepala",
  pangkatkepala: "pangkatKepala",
  jabatankepala: "jabatanKepala",
  tempat: "tempat",
  tempatpk: "tempatPk",
  namakepaladaerah: "namaKepalaDaerah",
  jabatankepaladaerah: "jabatanKepalaDaerah",
  alamat: "alamat",
  telepon: "telepon",
  email: "email",
  perioderenstra: "periodeRenstra",
  visi: "visi",
  misi: "misi",
  tugas: "tugas",
  fungsi: "fungsi",
  skalapenilaian: "skalaPenilaian",
  logo: "logo",
} as const satisfies Record<string, keyof Profil>;

/** Dates: read from a date cell or an Indonesian date text ("6 Januari 2025"); kept as written otherwise. */
const DATE_KEYS = {
  tanggal: "tanggal",
  tanggalpk: "tanggalPk",
  tanggalpkperubahan: "tanggalPkPerubahan",
} as const satisfies Record<string, keyof Profil>;

/** A whole number written in digits only, within [min, max]. */
const integerText =
  (min: number, max: number) =>
  (text: string): number | undefined => {
    const t = text.trim();
    if (!/^\d+$/.test(t)) return undefined;
    const n = Number(t);
    return Number.isSafeInteger(n) && n >= min && n <= max ? n : undefined;
  };

/** A number of at least `min`, with a decimal comma or point (`120`, `120,5`). */
const numberText =
  (min: number) =>
  (text: string): number | undefined => {
    const t = text.trim();
    if (!/^\d+([.,]\d+)?$/.test(t)) return undefined;
    const n = Number(t.replace(",", "."));
    return Number.isFinite(n) && n >= min ? n : undefined;
  };

/** The typed keys: what a user may write, and the message when it is not that. */
const TYPED = {
  tahun: { read: integerText(2000, 2100), field: "tahun", expected: "tahun empat angka, misalnya 2025", label: "Tahun" },
  desimal: { read: integerText(0, 6), field: "desimal", expected: "bilangan bulat 0 sampai 6", label: "Desimal" },
  batascapaian: { read: numberText(100), field: "batasCapaian", expected: "angka persen 100 atau lebih, misalnya 120", label: "Batas Capaian" },
} as const;

export function parseProfil(table: SheetTable, sink: ProblemSink): Profil {
  const dataCol = table.columns.get("data")!;
  const isiCol = table.columns.get("isi")!;
  const profil: Profil = { entries: {}, isiCells: {} };
  for (const row of table.rows) {
    const keyCell = row.cells.get(dataCol);
    const key = normalizeHeader(cellText(keyCell));
    if (!key) continue;
    profil.isiCells[key] ??= { sheet: table.sheet, cell: addressOf(row.row, isiCol) };
    const isi = row.cells.get(isiCol);
    if (!isi) continue;
    let text = cellText(isi);
    if (isi.content.kind === "date") text = isi.content.value.toISOString().slice(0, 10);
    if (text === "") continue;
    const value: TextValue = { text, src: { sheet: table.sheet, cell: isi.address } };
    profil.entries[key] = value;
    if (key in TEXT_KEYS) {
      profil[TEXT_KEYS[key as keyof typeof TEXT_KEYS]] = text;
    } else if (key in TYPED) {
      const t = TYPED[key as keyof typeof TYPED];
      const parsed = t.read(text);
      if (parsed !== undefined) (profil as unknown as Record<string, number>)[t.field] = parsed;
      else sink.add("baca/profil", "error", isi.address, msg.badProfil(t.label, text, t.expected));
    } else if (key in DATE_KEYS) {
      const field = DATE_KEYS[key as keyof typeof DATE_KEYS];
      if (text === OUT_OF_RANGE_DATE) sink.add("baca/profil", "error", isi.address, msg.badProfil(cellText(keyCell), text, msg.tanggalExpected));
      else profil[field] = parseIndonesianDate(text) ?? text;
    }
  }
  return profil;
}
