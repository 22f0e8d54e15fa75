// Writes the second shipped example workbook, Dinas Kesehatan Kabupaten Lembah Sari 2025:
// `node dist/examples/generate-dinas-kesehatan.js` (after `npm run build`; `npm run examples` runs it).
// The workbook is the template filled with `contohDinasKesehatan()`, with two differences from the first example that
// show what an office may leave out or rename: no Standar sheet, and the breakdown sheet under its neutral name
// `Penerima Manfaat` (immunisation per puskesmas, not PPKS).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeAtomic } from "../src/util/atomic.js";
import { buildTemplateWorkbook } from "../src/workbook/template.js";
import { SHEET } from "../src/workbook/template-spec.js";
import { contohDinasKesehatan } from "./dinas-kesehatan.js";

export const EXAMPLE_FILE = "dinas-kesehatan-kabupaten-lembah-sari-2025.xlsx";
export const RINCIAN_SHEET = "Penerima Manfaat";

async function main(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = path.resolve(here, "..", "..");
  const out = path.join(root, "examples", EXAMPLE_FILE);

  const wb = buildTemplateWorkbook(contohDinasKesehatan());
  const standar = wb.getWorksheet(SHEET.standar);
  if (standar) wb.removeWorksheet(standar.id);
  const rincian = wb.getWorksheet(SHEET.ppks);
  if (!rincian) throw new Error(`template has no sheet ${SHEET.ppks}`);
  rincian.name = RINCIAN_SHEET;
  // the instructions name the sheets: keep them true for this workbook
  wb.getWorksheet(SHEET.petunjuk)?.eachRow((row) => {
    const cell = row.getCell(1);
    if (typeof cell.value !== "string") return;
    cell.value = cell.value
      .replace(/\bsheet PPKS\b/g, `sheet ${RINCIAN_SHEET}`)
      .replace(/^PPKS\b/, RINCIAN_SHEET)
      .replace(/^Standar\b.*$/, "");
  });
  await writeAtomic(out, new Uint8Array(await wb.xlsx.writeBuffer()));
  console.log(`ditulis: ${path.relative(process.cwd(), out) || out}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
