// Writes the second shipped example workbook, Dinas Kesehatan Kabupaten Lembah Sari 2025:
// `node dist/examples/generate-dinas-kesehatan.js` (after `npm run build`; `npm run examples` runs it).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeAtomic } from "../src/util/atomic.js";
import { EXAMPLE_FILE, workbookDinasKesehatan } from "./dinas-kesehatan.js";

async function main(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = path.resolve(here, "..", "..");
  const out = path.join(root, "examples", EXAMPLE_FILE);

  const wb = workbookDinasKesehatan();
  await writeAtomic(out, new Uint8Array(await wb.xlsx.writeBuffer()));
  console.log(`ditulis: ${path.relative(process.cwd(), out) || out}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
