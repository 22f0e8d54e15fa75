// Runs one lkip command over many workbooks in a single Node process (the built CLI's `main`), printing one JSON line
// per workbook: exit code, what was printed, how long it took. Started by corpus.test.ts with a 1 GiB heap cap.
import { main } from "../../dist/src/cli/main.js";

const [command, ...files] = process.argv.slice(2);
const write = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
for (const file of files) {
  let stdout = "";
  let stderr = "";
  process.stdout.write = (s) => ((stdout += String(s)), true);
  process.stderr.write = (s) => ((stderr += String(s)), true);
  const start = performance.now();
  let code;
  try {
    code = await main(["node", "lkip", command, file]);
  } catch (e) {
    code = -1;
    stderr += `THROWN ${e?.stack ?? e}`;
  }
  const ms = performance.now() - start;
  process.stdout.write = write.out;
  process.stderr.write = write.err;
  write.out(JSON.stringify({ file, code, stdout, stderr, ms, heap: process.memoryUsage().rss }) + "\n");
}
