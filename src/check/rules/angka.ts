// Findings other rules report under shared ids: a stated value off only by the rounding convention, and a percentage
// over a zero or empty denominator. Registered so their severity can be configured and the documentation lists them.
import * as msg from "../../text/messages/check.js";
import type { Rule } from "../rule.js";
import { PEMBULATAN, PENYEBUT_NOL } from "../stated.js";

export const pembulatan: Rule = {
  id: PEMBULATAN,
  description: msg.DESCRIPTIONS["angka/pembulatan"],
  severity: "info",
  source: "pemeriksaan",
  check: () => [],
};

export const penyebutNol: Rule = {
  id: PENYEBUT_NOL,
  description: msg.DESCRIPTIONS["angka/penyebut-nol"],
  severity: "info",
  source: "pemeriksaan",
  check: () => [],
};
