// What a rule is: an id, an Indonesian description, a default severity, and a function from the model and the engine's
// figures to findings. Rules never read files and never print; the registry lists them, formatters show their findings.
import type { Decimal } from "decimal.js";
import type { Computed } from "../engine/types.js";
import type { Model, Severity } from "../model/types.js";
import type { Finding } from "./types.js";

/** Where a rule's findings come from: the checker itself, or problems the reader / engine already found. */
export type RuleSource = "pemeriksaan" | "pembacaan" | "mesin";

/** Options of a check run (from `lkip.config.json` or the caller). */
export interface CheckConfig {
  /** Severity per rule id, or `off` to drop the rule's findings. */
  rules?: Record<string, Severity | "off">;
  /** Plausibility ceiling for capaian, in percent (default 300). */
  batasCapaian?: number;
}

/** What every rule receives. */
export interface RuleContext {
  model: Model;
  computed: Computed;
  /** Resolved options: the plausibility ceiling for capaian, in percent. */
  config: { batasCapaian: Decimal };
}

export interface Rule {
  /** `area/name`, e.g. `anggaran/hierarki`. */
  id: string;
  /** One Indonesian line: what the rule checks. */
  description: string;
  /** Default severity (a config may change it). */
  severity: Severity;
  source: RuleSource;
  check(ctx: RuleContext): Finding[];
}
