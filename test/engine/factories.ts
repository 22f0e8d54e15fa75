// Small factories to build models in code, for the engine's tests and anyone else's.
//   num("12", "PK!E5")            a NumValue read from PK!E5
//   range("4.25", "4.30", "PK!E6"), letter("BB", "PK!E7")
//   pkRow({ indikator, target: num("12"), realisasi: num("15.82") }), ikuRow({...}), anggaranRow({...})
//   model({ profil: profil({ tahun: 2025 }), pk: [..], iku: [..], anggaran: budget([..]) })
// Numbers are written the JavaScript way ("19825", "15.82"); rows get increasing row numbers and matching sources.
import { Decimal } from "decimal.js";
import type {
  AnggaranRow,
  IkuRow,
  LetterValue,
  Model,
  NumValue,
  PkRow,
  Profil,
  RangeValue,
  SkalaRow,
  Source,
  StandarRow,
  Table,
  TotalRow,
} from "../../src/model/types.js";

/** `"PK!E5"` → `{ sheet: "PK", cell: "E5" }`. */
export function src(ref: string): Source {
  const i = ref.lastIndexOf("!");
  return i < 0 ? { sheet: "Test", cell: ref } : { sheet: ref.slice(0, i), cell: ref.slice(i + 1) };
}

function decimalsOf(v: string | number): number {
  const s = String(v);
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

export function num(
  value: string | number,
  ref = "Test!A1",
  opts: { percent?: boolean; decimals?: number; text?: string; formula?: string } = {},
): NumValue {
  return {
    kind: "num",
    value: new Decimal(value),
    src: src(ref),
    decimals: opts.decimals ?? decimalsOf(value),
    percent: opts.percent ?? false,
    ...(opts.text !== undefined ? { text: opts.text } : {}),
    ...(opts.formula !== undefined ? { formula: opts.formula } : {}),
  };
}

export function range(lo: string | number, hi: string | number, ref = "Test!A1"): RangeValue {
  return {
    kind: "range",
    lo: new Decimal(lo),
    hi: new Decimal(hi),
    src: src(ref),
    decimals: Math.max(decimalsOf(lo), decimalsOf(hi)),
    text: `${lo}-${hi}`,
  };
}

export function letter(l: string, ref = "Test!A1"): LetterValue {
  return { kind: "letter", letter: l, src: src(ref) };
}

let nextRow = 5;
function rowNo(row?: number): number {
  return row ?? nextRow++;
}

export function pkRow(p: Partial<PkRow> = {}): PkRow {
  const row = rowNo(p.row);
  return {
    row,
    src: { sheet: "PK", cell: `A${row}` },
    indikator: "Indikator",
    triwulan: [],
    cells: {},
    ...p,
  };
}

export function ikuRow(p: Partial<IkuRow> = {}): IkuRow {
  const row = rowNo(p.row);
  return {
    row,
    src: { sheet: "IKU", cell: `A${row}` },
    indikator: "Indikator",
    polaritas: "positif",
    targets: {},
    realisasi: {},
    ...p,
  };
}

export function anggaranRow(p: Partial<AnggaranRow> = {}): AnggaranRow {
  const row = rowNo(p.row);
  return {
    row,
    src: { sheet: "Anggaran", cell: `A${row}` },
    uraian: "Program",
    level: "program",
    levelInferred: false,
    nums: {},
    children: [],
    ...p,
  };
}

export function standarRow(p: Partial<StandarRow> & { standar: StandarRow["standar"] }): StandarRow {
  const row = rowNo(p.row);
  return { row, src: { sheet: "Standar", cell: `A${row}` }, ...p };
}

export function skalaRow(kategori: string, batasBawah?: string | number, batasAtas?: string | number): SkalaRow {
  const row = rowNo();
  return {
    row,
    src: { sheet: "Skala", cell: `A${row}` },
    kategori,
    ...(batasBawah !== undefined ? { batasBawah: num(batasBawah, `Skala!A${row}`) } : {}),
    ...(batasAtas !== undefined ? { batasAtas: num(batasAtas, `Skala!B${row}`) } : {}),
  };
}

export function table<R>(sheet: string, rows: R[], extra: { totals?: TotalRow[]; columns?: Record<string, string> } = {}): Table<R> {
  return { sheet, rows, totals: extra.totals ?? [], columns: extra.columns ?? {}, headerRow: 4 };
}

/** An `Anggaran` table from rows in hierarchy order (program, its kegiatan, each followed by its sub kegiatan). */
export function budget(rows: AnggaranRow[], columns: Record<string, string> = {}): Table<AnggaranRow> {
  let program: number | undefined;
  let kegiatan: number | undefined;
  const linked = rows.map((r) => ({ ...r, children: [] as number[] }));
  linked.forEach((r, i) => {
    const parent = r.level === "program" ? undefined : r.level === "kegiatan" ? program : kegiatan;
    if (r.level === "program") {
      program = i;
      kegiatan = undefined;
    } else if (r.level === "kegiatan") kegiatan = i;
    if (parent !== undefined) {
      r.parent = parent;
      linked[parent]!.children.push(i);
    } else delete r.parent;
  });
  return table("Anggaran", linked, { columns });
}

export function profil(p: Partial<Profil> = {}): Profil {
  return { entries: {}, isiCells: {}, ...p };
}

type TableOrRows<R> = Table<R> | R[];

function asTable<R>(sheet: string, t: TableOrRows<R> | undefined): Table<R> | undefined {
  if (t === undefined) return undefined;
  return Array.isArray(t) ? table(sheet, t) : t;
}

export function model(
  p: {
    profil?: Profil;
    iku?: TableOrRows<IkuRow>;
    pk?: TableOrRows<PkRow>;
    anggaran?: TableOrRows<AnggaranRow>;
    standar?: TableOrRows<StandarRow>;
    skala?: TableOrRows<SkalaRow>;
  } = {},
): Model {
  const m: Model = { file: "test.xlsx", sheets: {}, formulas: [], problems: [] };
  if (p.profil) {
    m.profil = p.profil;
    m.sheets.profil = { name: "Profil", headerFound: true };
  }
  const iku = asTable("IKU", p.iku);
  if (iku) m.iku = iku;
  const pk = asTable("PK", p.pk);
  if (pk) m.pk = pk;
  const anggaran = Array.isArray(p.anggaran) ? budget(p.anggaran) : p.anggaran;
  if (anggaran) m.anggaran = anggaran;
  const standar = asTable("Standar", p.standar);
  if (standar) m.standar = standar;
  const skala = asTable("Skala", p.skala);
  if (skala) m.skala = skala;
  for (const [id, t] of Object.entries({ iku, pk, anggaran, standar, skala })) {
    if (t) m.sheets[id] = { name: t.sheet, headerFound: true };
  }
  return m;
}

/** Rounds half-up at `dp` decimals and returns the fixed string, for assertions (`r2(x) === "131.82"`). */
export function fixed(v: Decimal | undefined, dp = 2): string | undefined {
  return v?.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP).toFixed(dp);
}
