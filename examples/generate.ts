// Writes the shipped example workbook: `node dist/examples/generate.js` (after `npm run build`).
// The compiled script lives in dist/examples/, so the repository root is two levels up.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeTemplate } from "../src/workbook/template.js";

export const EXAMPLE_FILE = "dinas-sosial-kota-bekasi-2025.xlsx";

async function main(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = path.resolve(here, "..", "..");
  const out = path.join(root, "examples", EXAMPLE_FILE);
  await writeTemplate(out, { contoh: true });
  console.log(`ditulis: ${path.relative(process.cwd(), out) || out}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
