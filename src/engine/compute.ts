// The engine's entry point: model in, every computed figure out. Pure: no I/O, no formatting, no throw for a user's
// mistake (those become `problems`).
import { Decimal } from "decimal.js";
import type { Model, ReadProblem, Source } from "../model/types.js";
import { budgetRows, budgetTotals, DEFAULT_METODE_EFISIENSI, METODE_EFISIENSI, programShare, sasaranBudget } from "./budget.js";
import { dec, mean, roundHalfUp } from "./decimal.js";
import { computeIndicator, yearsWithValue } from "./indicator.js";
import { matchIku } from "./match.js";
import * as msg from "../text/messages/engine.js";
import { isCountUnit } from "./quarters.js";
import { BUILT_IN_SCALES, DEFAULT_SCALE, getScale, kategori } from "./scales.js";
import { normalizeText, sameText } from "./text.js";
import type {
  BudgetResult,
  BudgetRowResult,
  CapaianStatus,
  ComputeOptions,
  Computed,
  IndicatorResult,
  MetodeEfisiensi,
  ProgramShare,
  RatingScale,
  SasaranResult,
  Summary,
} from "./types.js";

const PROFIL = "Profil";

function profilCell(model: Model, key: string): Source | undefined {
  const entries = model.profil?.entries ?? {};
  const k = Object.keys(entries).find((e) => normalizeText(e) === key);
  return k ? entries[k]?.src : undefined;
}

function problem(
  rule: string,
  severity: ReadProblem["severity"],
  sheet: string,
  cell: string | undefined,
  message: string,
): ReadProblem {
  return { rule, severity, sheet, ...(cell ? { cell } : {}), message };
}

/**
 * The report year: option, else Profil `Tahun`, else inferred from the IKU sheet as the largest `Target <year>` that is
 * not after the year following the latest `Realisasi <year>` with a value (realisasi columns hold past years, so the
 * report year is the first year without one: targets 2025–2029 with realisasi up to 2024 → 2025); with no realisasi
 * column, the first target year. An inferred year is an info problem; no year at all is a warning.
 */
export function resolveYear(
  model: Model,
  tahun: number | undefined,
  problems: ReadProblem[],
): { tahun?: number; dari?: Computed["tahunDari"] } {
  if (tahun !== undefined) return { tahun, dari: "opsi" };
  if (model.profil?.tahun !== undefined) return { tahun: model.profil.tahun, dari: "profil" };
  const rows = model.iku?.rows ?? [];
  const targetYears = [...new Set(rows.flatMap((r) => yearsWithValue(r.targets)))].sort((a, b) => a - b);
  const realisasiYears = rows.flatMap((r) => yearsWithValue(r.realisasi));
  const cell = profilCell(model, "tahun")?.cell;
  if (targetYears.length === 0) {
    problems.push(problem("profil/tahun-tidak-diketahui", "warning", PROFIL, cell, msg.yearUnknown()));
    return {};
  }
  let inferred = targetYears[0]!;
  let how = msg.yearFromFirstTarget();
  if (realisasiYears.length > 0) {
    const last = Math.max(...realisasiYears);
    const candidates = targetYears.filter((y) => y <= last + 1);
    if (candidates.length > 0) {
      inferred = candidates[candidates.length - 1]!;
      how = msg.yearFromRealisasi(last);
    }
  }
  problems.push(problem("profil/tahun-disimpulkan", "info", PROFIL, cell, msg.yearInferred(inferred, how)));
  return { tahun: inferred, dari: "disimpulkan" };
}

function resolveScale(model: Model, name: string | undefined, fromProfil: boolean, problems: ReadProblem[]): RatingScale {
  const lookup = getScale(name, model.skala);
  let scale: RatingScale;
  if (lookup.ok) scale = lookup.scale;
  else {
    const p = lookup.problem;
    const cell = p.sheet === PROFIL && fromProfil ? profilCell(model, "skalapenilaian")?.cell : undefined;
    problems.push(cell ? { ...p, cell } : p);
    scale = BUILT_IN_SCALES[DEFAULT_SCALE]!;
  }
  if (scale.bawaan && (model.skala?.rows.length ?? 0) > 0) {
    problems.push(
      problem("skala/tidak-dipakai", "info", model.skala!.sheet, undefined, msg.customScaleUnused(scale.name)),
    );
  }
  return scale;
}

/** Which sasaran (1-based number) a program's `Sasaran` cell points to: an indicator kode, a number, or sasaran text. */
export function linkSasaran(
  value: string | undefined,
  sasaran: readonly { nomor: number; sasaran: string; indikator: readonly IndicatorResult[] }[],
): number | undefined {
  if (normalizeText(value) === "") return undefined;
  for (const s of sasaran) {
    if (s.indikator.some((i) => sameText(i.pk.kode, value) || sameText(i.iku?.kode, value))) return s.nomor;
  }
  const n = /^\s*(?:sasaran|ss|s)?\s*[-.]?\s*(\d+)\s*\.?\s*$/i.exec(value!);
  if (n) {
    const k = Number(n[1]);
    if (k >= 1 && k <= sasaran.length) return k;
  }
  for (const s of sasaran) {
    if (sameText(s.sasaran, value) || s.indikator.some((i) => sameText(i.iku?.sasaran, value))) return s.nomor;
  }
  return undefined;
}

/**
 * Every sasaran a program's `Sasaran` cell points to: the whole cell as one reference, else each part of a list
 * (`1, 4`, `1; 4`, `1 dan 4`, `IKU-1/IKU-5`). Empty when nothing matches; a list with an unknown part links nothing.
 */
export function linkSasaranAll(
  value: string | undefined,
  sasaran: readonly { nomor: number; sasaran: string; indikator: readonly IndicatorResult[] }[],
): number[] {
  const whole = linkSasaran(value, sasaran);
  if (whole !== undefined) return [whole];
  if (normalizeText(value) === "") return [];
  const parts = value!.split(/\s*(?:[,;/&]|\bdan\b)\s*/i).filter((p) => p.trim() !== "");
  if (parts.length < 2) return [];
  const out: number[] = [];
  for (const part of parts) {
    const n = linkSasaran(part, sasaran);
    if (n === undefined) return [];
    if (!out.includes(n)) out.push(n);
  }
  return out.sort((a, b) => a - b);
}

/** The efficiency method: option, else Profil `Metode Efisiensi`, else the default; an unknown name is a warning. */
function resolveMetode(model: Model, option: MetodeEfisiensi | undefined, problems: ReadProblem[]): MetodeEfisiensi {
  if (option) return option;
  const entries = model.profil?.entries ?? {};
  const k = Object.keys(entries).find((e) => normalizeText(e) === "metodeefisiensi");
  const text = k ? entries[k]?.text?.trim().toLowerCase() : undefined;
  if (!text) return DEFAULT_METODE_EFISIENSI;
  const found = METODE_EFISIENSI.find((m) => text === m || text.startsWith(`${m} `) || text.startsWith(`${m}(`));
  if (found) return found;
  problems.push(problem("profil/metode-efisiensi", "warning", PROFIL, entries[k!]?.src.cell, msg.unknownEfficiencyMethod(text)));
  return DEFAULT_METODE_EFISIENSI;
}

const STATUSES: CapaianStatus[] = ["ok", "tanpa-target", "target-nol", "tanpa-realisasi", "tidak-terbandingkan"];

function summarize(
  indicators: IndicatorResult[],
  sasaranCount: number,
  scale: RatingScale,
  desimal: number,
): Summary {
  const ok = indicators.filter((i) => i.status === "ok");
  const capaian = mean(ok.map((i) => i.capaianDipakai!));
  const perStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<CapaianStatus, number>;
  for (const i of indicators) perStatus[i.status]++;
  const perKategori: { kategori: string; jumlah: number }[] = [];
  for (const b of scale.bands) {
    if (!perKategori.some((k) => k.kategori === b.kategori)) perKategori.push({ kategori: b.kategori, jumlah: 0 });
  }
  for (const i of ok) {
    const k = perKategori.find((e) => e.kategori === i.kategori);
    if (k) k.jumlah++;
  }
  return {
    jumlahIndikator: indicators.length,
    jumlahDiukur: ok.length,
    jumlahTercapai: ok.filter((i) => i.tercapai).length,
    jumlahSasaran: sasaranCount,
    ...(capaian ? { capaian, kategori: kategori(scale, roundHalfUp(capaian, desimal)) } : {}),
    perStatus,
    perKategori,
  };
}

/**
 * Computes the LKIP figures from the model: every PK indicator's capaian and comparisons, the sasaran aggregates, the
 * office-wide summary, and the budget with its per-sasaran efficiency. Never throws for workbook content; what cannot
 * be computed is a status on the value, and what the user should fix is in `problems`.
 */
export function computeLkip(model: Model, options: ComputeOptions = {}): Computed {
  const problems: ReadProblem[] = [];
  const desimal = options.desimal ?? model.profil?.desimal ?? 2;
  const { tahun, dari } = resolveYear(model, options.tahun, problems);
  const scaleName = options.scale ?? model.profil?.skalaPenilaian;
  const scale = resolveScale(model, scaleName, options.scale === undefined, problems);
  const capInput = options.cap ?? model.profil?.batasCapaian;
  const cap: Decimal | undefined = capInput !== undefined ? dec(capInput) : undefined;

  // indicators, matched to IKU and grouped by sasaran in order of first appearance
  const ikuRows = model.iku?.rows ?? [];
  const pkRows = model.pk?.rows ?? [];
  const groups: { key: string; text: string; nomor: number }[] = [];
  const indicators = pkRows.map((pk, index) => {
    const match = matchIku(pk, ikuRows);
    if (!match && model.iku) {
      problems.push(problem("pk/tanpa-iku", "warning", pk.src.sheet, pk.src.cell, msg.pkWithoutIku(pk.indikator, pk.kode)));
    }
    const text = (pk.sasaran?.trim() || match?.row.sasaran?.trim()) ?? "";
    const key = normalizeText(text);
    let group = groups.find((g) => g.key === key);
    if (!group) {
      group = { key, text, nomor: groups.length + 1 };
      groups.push(group);
    }
    return computeIndicator(pk, index, match, group, {
      ...(tahun !== undefined ? { tahun } : {}),
      desimal,
      scale,
      ...(cap ? { cap } : {}),
      standar: model.standar?.rows ?? [],
    });
  });

  const sasaran: SasaranResult[] = groups.map((g) => {
    const own = indicators.filter((i) => i.sasaranNomor === g.nomor);
    const ok = own.filter((i) => i.status === "ok");
    const capaian = mean(ok.map((i) => i.capaianDipakai!));
    return {
      nomor: g.nomor,
      sasaran: g.text,
      indikator: own,
      ...(capaian ? { capaian, kategori: kategori(scale, roundHalfUp(capaian, desimal)) } : {}),
      jumlahDiukur: ok.length,
      jumlahIndikator: own.length,
      jumlahTercapai: ok.filter((i) => i.tercapai).length,
    };
  });

  // budget
  const baris = budgetRows(model.anggaran);
  const program = baris.filter((r) => r.level === "program");
  const sasaranColumn = Object.entries(model.anggaran?.columns ?? {}).find(([h]) => normalizeText(h) === "sasaran")?.[1];
  const tanpaSasaran: BudgetRowResult[] = [];
  const sasaranProgram: Record<number, number[]> = {};
  for (const p of program) {
    const nomor = linkSasaranAll(p.row.sasaran, sasaran);
    if (nomor.length > 0) {
      p.sasaranNomor = nomor[0]!;
      sasaranProgram[p.index] = nomor;
    } else {
      tanpaSasaran.push(p);
      if (normalizeText(p.row.sasaran) !== "") {
        const cell = sasaranColumn ? `${sasaranColumn}${p.row.row}` : p.row.src.cell;
        problems.push(
          problem("anggaran/sasaran-tidak-dikenal", "warning", p.row.src.sheet, cell, msg.unknownSasaran(p.row.sasaran!, p.uraian)),
        );
      }
    }
  }
  const metode = resolveMetode(model, options.efisiensi, problems);
  const perSasaran = sasaran.flatMap((s) => {
    const shares: ProgramShare[] = program
      .filter((p) => sasaranProgram[p.index]?.includes(s.nomor))
      .map((p) => programShare(p, sasaranProgram[p.index]!.length));
    if (shares.length === 0) return [];
    const counts = s.indikator
      .filter((i) => i.status === "ok" && i.satuan !== undefined && isCountUnit(i.satuan) && i.realisasi !== undefined && Decimal.isDecimal(i.realisasi))
      .map((i) => ({ index: i.index, ...(i.satuan ? { satuan: i.satuan } : {}), realisasi: i.realisasi as Decimal }));
    s.anggaran = sasaranBudget(shares, s.capaian, desimal, metode, counts);
    return [s.anggaran];
  });
  const anggaran: BudgetResult = { baris, program, total: budgetTotals(program), perSasaran, tanpaSasaran, sasaranProgram };

  return {
    ...(tahun !== undefined ? { tahun } : {}),
    ...(dari ? { tahunDari: dari } : {}),
    desimal,
    skala: scale,
    ...(cap ? { batasCapaian: cap } : {}),
    metodeEfisiensi: metode,
    indikator: indicators,
    sasaran,
    ringkasan: summarize(indicators, sasaran.length, scale, desimal),
    anggaran,
    problems,
  };
}
