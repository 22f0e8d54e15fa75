// PPKS rows linked to a PK indicator through `Kode IKU` (blank means same as above, applied by the reader), matched
// to the PK row's `Kode` or its IKU row's `Kode`.
import type { IndicatorResult } from "../engine/types.js";
import { normalizeText, sameText } from "../engine/index.js";
import type { Model, PpksRow } from "../model/types.js";
import type { Computed } from "../engine/types.js";

export interface PpksGroup {
  kode: string;
  rows: PpksRow[];
  indicator?: IndicatorResult;
}

export function ppksGroups(model: Model, computed: Computed): PpksGroup[] {
  const groups = new Map<string, PpksGroup>();
  for (const row of model.ppks?.rows ?? []) {
    const key = normalizeText(row.kodeIku);
    if (key === "") continue;
    let g = groups.get(key);
    if (!g) {
      const indicator = computed.indikator.find((i) => sameText(i.pk.kode, row.kodeIku) || sameText(i.iku?.kode, row.kodeIku));
      g = { kode: row.kodeIku!, rows: [], ...(indicator ? { indicator } : {}) };
      groups.set(key, g);
    }
    g.rows.push(row);
  }
  return [...groups.values()];
}
