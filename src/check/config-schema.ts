// The shape of `lkip.config.json`, validated with zod: loaded by config.ts only when a config file is read, so that
// checking a workbook without one does not pay for loading zod.
import { z } from "zod";
import { LkipError } from "../errors.js";
import * as msg from "../text/messages/check.js";
import { DOC_RULES } from "../document/registry.js";
import { CONFIG_FILE } from "./config.js";
import { ruleById } from "./registry.js";
import type { CheckConfig } from "./rule.js";

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
