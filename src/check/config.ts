// `lkip.config.json`: severities per rule and the capaian plausibility ceiling. A bad file is a usage error (exit 2) with
// one Indonesian line naming the problem. Its validation (config-schema.ts, zod) is loaded only when there is a file.
import { readFile, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { LkipError } from "../errors.js";
import * as msg from "../text/messages/check.js";
import type { CheckConfig } from "./rule.js";

export const CONFIG_FILE = "lkip.config.json";

/**
 * Where JSON.parse stopped, as a 1-based line and column: V8's message gives the offset ("… at position 24"); "Unexpected
 * end of JSON input" has none and means the end of the text.
 */
export function jsonErrorPosition(text: string, e: unknown): { line: number; column: number } {
  const m = /at position (\d+)/.exec(e instanceof Error ? e.message : "");
  const offset = Math.min(m ? Number(m[1]) : text.length, text.length);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** Reads a config file; throws LkipError when it is missing, unreadable, not JSON or not valid. */
export async function readConfig(file: string): Promise<CheckConfig> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new LkipError(msg.configNotFound(file));
    throw new LkipError(msg.configUnreadable(file, e instanceof Error ? e.message : String(e)), 2, e);
  }
  let json: unknown;
  const body = text.replace(/^\uFEFF/, "");
  try {
    json = JSON.parse(body);
  } catch (e) {
    const { line, column } = jsonErrorPosition(body, e);
    throw new LkipError(msg.configNotJson(file, line, column), 2, e);
  }
  const { parseConfig } = await import("./config-schema.js");
  return parseConfig(json, file);
}

/** The config for a workbook: `explicit` when given (must exist), else lkip.config.json beside the workbook, else none. */
export async function configFor(workbook: string, explicit?: string): Promise<CheckConfig> {
  if (explicit) return readConfig(explicit);
  const beside = join(dirname(workbook), CONFIG_FILE);
  const st = await stat(beside).catch(() => undefined);
  return st?.isFile() ? readConfig(beside) : {};
}
