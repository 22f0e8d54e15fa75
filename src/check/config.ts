// `lkip.config.json`: severities per rule and the capaian plausibility ceiling, validated with zod. A bad file is a
// usage error (exit 2) with one Indonesian line naming the problem.
import { readFile, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { z } from "zod";
import { LkipError } from "../errors.js";
import * as msg from "../text/messages/check.js";
import { DOC_RULES } from "../document/registry.js";
import { ruleById } from "./registry.js";
import type { CheckConfig } from "./rule.js";

export const CONFIG_FILE = "lkip.config.json";

const LEVEL = z.enum(["error", "warning", "info", "off"]);

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  rules: z.record(z.string(), LEVEL).optional(),
  batasCapaian: z.number().positive().optional(),
});

function describeIssue(file: string, input: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") return msg.configUnknownKey(file, issue.keys[0] ?? "");
  if (path[0] === "rules" && path.length === 2) {
    const value = (input as { rules?: Record<string, unknown> }).rules?.[path[1]!];
    return msg.configBadSeverity(file, path[1]!, typeof value === "string" ? value : JSON.stringify(value));
  }
  if (path[0] === "rules") return msg.configBadValue(file, "rules", msg.EXPECTED.rules);
  if (path[0] === "batasCapaian") return msg.configBadValue(file, "batasCapaian", msg.EXPECTED.batasCapaian);
  return msg.configBadValue(file, path.join(".") || "isi berkas", msg.EXPECTED.object);
}

/** Validates parsed JSON as a config; throws LkipError naming the first problem. */
export function parseConfig(input: unknown, file = CONFIG_FILE): CheckConfig {
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) throw new LkipError(describeIssue(file, input, parsed.error.issues[0]!));
  for (const id of Object.keys(parsed.data.rules ?? {})) {
    if (!ruleById(id) && !DOC_RULES.some((r) => r.id === id)) throw new LkipError(msg.configUnknownRule(file, id));
  }
  return {
    ...(parsed.data.rules ? { rules: parsed.data.rules } : {}),
    ...(parsed.data.batasCapaian !== undefined ? { batasCapaian: parsed.data.batasCapaian } : {}),
  };
}

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
  return parseConfig(json, file);
}

/** The config for a workbook: `explicit` when given (must exist), else lkip.config.json beside the workbook, else none. */
export async function configFor(workbook: string, explicit?: string): Promise<CheckConfig> {
  if (explicit) return readConfig(explicit);
  const beside = join(dirname(workbook), CONFIG_FILE);
  const st = await stat(beside).catch(() => undefined);
  return st?.isFile() ? readConfig(beside) : {};
}
