// What several commands share: reading the workbook and insisting on the sheets a command needs.
import { LkipError } from "../errors.js";
import type { Model } from "../model/types.js";
import { readWorkbook } from "../read.js";
import { SHEETS, type SheetId } from "../cells/contract.js";
import * as readMsg from "../text/messages/reader.js";
import * as msg from "../text/messages/cli.js";

export async function loadModel(file: string): Promise<Model> {
  return readWorkbook(file);
}

/** A required sheet that is missing, or whose header row is missing, is a usage error naming it. */
export function requireSheets(model: Model, ids: SheetId[], forWhat: string): void {
  for (const id of ids) {
    const found = model.sheets[id];
    if (!found) throw new LkipError(readMsg.missingSheet(SHEETS[id].names[0]!, forWhat));
    if (!found.headerFound) {
      const p = model.problems.find((x) => x.rule === "baca/kolom-hilang" && x.sheet === found.name);
      throw new LkipError(p?.message ?? readMsg.missingSheet(SHEETS[id].names[0]!, forWhat));
    }
  }
}

/** One line saying which sheets were read and how many reading problems there were. */
export function readSummaryLine(model: Model): string {
  const names = Object.values(model.sheets).map((s) => s.name);
  return msg.readSummary(model.file, names.join(", ") || "-", model.problems.length);
}
