// Staff tables (`Pegawai`): lines grouped by kelompok (jabatan, golongan, pendidikan, status) with their totals.
// The document prints these totals; a stated `Jumlah` row in the sheet is checked by the total rule, never printed.
import { Decimal } from "decimal.js";
import type { Model, PegawaiRow } from "../model/types.js";

export interface PegawaiLine {
  row: PegawaiRow;
  /** The line's count: `Jumlah`, else laki-laki + perempuan when both are given. */
  jumlah?: Decimal;
  lakiLaki?: Decimal;
  perempuan?: Decimal;
}

export interface PegawaiGroup {
  kelompok: string;
  lines: PegawaiLine[];
  /** Sums over the lines that have the value; undefined when none has. */
  jumlah?: Decimal;
  lakiLaki?: Decimal;
  perempuan?: Decimal;
}

function sumOf(values: (Decimal | undefined)[]): Decimal | undefined {
  const present = values.filter((v): v is Decimal => v !== undefined);
  return present.length === 0 ? undefined : present.reduce((a, v) => a.plus(v), new Decimal(0));
}

/** The `Pegawai` lines grouped by kelompok in sheet order (a line without a kelompok joins an unnamed group). */
export function pegawaiGroups(model: Model): PegawaiGroup[] {
  const groups: PegawaiGroup[] = [];
  for (const row of model.pegawai?.rows ?? []) {
    const kelompok = row.kelompok?.trim() ?? "";
    let g = groups.find((x) => x.kelompok === kelompok);
    if (!g) groups.push((g = { kelompok, lines: [] }));
    const l = row.lakiLaki?.value;
    const p = row.perempuan?.value;
    g.lines.push({
      row,
      jumlah: row.jumlah?.value ?? (l && p ? l.plus(p) : undefined),
      ...(l ? { lakiLaki: l } : {}),
      ...(p ? { perempuan: p } : {}),
    });
  }
  for (const g of groups) {
    const jumlah = sumOf(g.lines.map((x) => x.jumlah));
    const lakiLaki = sumOf(g.lines.map((x) => x.lakiLaki));
    const perempuan = sumOf(g.lines.map((x) => x.perempuan));
    if (jumlah) g.jumlah = jumlah;
    if (lakiLaki) g.lakiLaki = lakiLaki;
    if (perempuan) g.perempuan = perempuan;
  }
  return groups;
}
