// Preloaded into every measured process: reports its peak memory on exit (worker threads included).
import { writeSync } from "node:fs";
process.on("exit", () => writeSync(2, `\nLKIP_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`));
