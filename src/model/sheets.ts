// The model layer's half of reading: the tables of typed cells the reader hands over → the model, sheet by sheet.
// Problems met reading a sheet come first, then those of its values, in workbook order.
import { ProblemSink } from "../cells/problems.js";
import type { SheetRead } from "../cells/table.js";
import { parseAnggaran } from "./anggaran.js";
import { parseCascading } from "./cascading.js";
import { parseIku, parsePk } from "./kinerja.js";
import { parseIndikatorProgram, parseNarasi, parsePegawai, parsePpks, parseSkala, parseStandar, parseStruktur } from "./lainnya.js";
import { parseProfil } from "./profil.js";
import type { Model } from "./types.js";

export function modelOfSheets(file: string, sheets: SheetRead[]): Model {
  const model: Model = { file, sheets: {}, formulas: [], problems: [] };
  for (const s of sheets) {
    model.problems.push(...s.problems);
    model.formulas.push(...s.formulas);
    if (s.duplicate) continue;
    model.sheets[s.id] = { name: s.name, headerFound: !!s.table };
    const table = s.table;
    if (!table) continue;
    const sink = new ProblemSink(s.name);
    switch (s.id) {
      case "profil":
        model.profil = parseProfil(table, sink);
        break;
      case "iku":
        model.iku = parseIku(table, sink);
        break;
      case "pk":
        model.pk = parsePk(table, sink);
        break;
      case "anggaran":
        model.anggaran = parseAnggaran(table, sink);
        break;
      case "ppks":
        model.ppks = parsePpks(table, sink);
        break;
      case "narasi":
        model.narasi = parseNarasi(table, sink);
        break;
      case "indikatorProgram":
        model.indikatorProgram = parseIndikatorProgram(table, sink);
        break;
      case "standar":
        model.standar = parseStandar(table, sink);
        break;
      case "skala":
        model.skala = parseSkala(table, sink);
        break;
      case "struktur":
        model.struktur = parseStruktur(table, sink);
        break;
      case "pegawai":
        model.pegawai = parsePegawai(table, sink);
        break;
      case "cascading":
        model.cascading = parseCascading(table, sink);
        break;
    }
    model.problems.push(...sink.problems);
  }
  return model;
}

/** The report year a Profil table states (its Tahun), read without reporting anything. */
export function reportYearOf(profil: SheetRead["table"]): number | undefined {
  return profil ? parseProfil(profil, new ProblemSink(profil.sheet)).tahun : undefined;
}
