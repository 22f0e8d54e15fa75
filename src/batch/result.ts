// The result of an office that could not be processed at all: its reason, and nothing counted.
import type { OfficeResult, OfficeTask } from "./types.js";

export function failedResult(task: Pick<OfficeTask, "file" | "relDir">, reason: string, ms = 0): OfficeResult {
  return {
    file: task.file,
    relDir: task.relDir,
    status: "gagal",
    reason,
    desimal: 2,
    jumlahIndikator: 0,
    jumlahTercapai: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    indikator: [],
    ms,
  };
}
