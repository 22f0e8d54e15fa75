// The step most rules share: a stated value against the exact value, turned into a finding — an error under the
// rule's id, an informational `angka/pembulatan` when only the rounding convention differs, or nothing.
import type { Decimal } from "decimal.js";
import type { NumValue, Severity } from "../model/types.js";
import * as msg from "../text/messages/check.js";
import { compareStated, type Comparison } from "./compare.js";
import type { Bounds } from "./interval.js";
import { plain, show, showDifference, type ValueKind } from "./show.js";
import type { Finding } from "./types.js";

export const PEMBULATAN = "angka/pembulatan";
export const PENYEBUT_NOL = "angka/penyebut-nol";

export interface StatedCheck {
  /** The rule reporting a wrong value. */
  rule: string;
  severity: Severity;
  stated: NumValue;
  exact: Decimal;
  kind: ValueKind;
  /** What the value is: `Persen sub kegiatan 1.06.04.2.01.0006` (a function: worded only when there is a finding). */
  subject: string | (() => string);
  /** How the exact value is obtained, ending where the value follows: `jumlah 2 sub kegiatan`, `realisasi … / pagu … =`. */
  basis: string | (() => string);
  range?: string;
  /** What the exact value may be, given its inputs as printed (interval.ts); asked for only when needed. */
  bounds?: () => Bounds | undefined;
}

/** Extra decimals shown for the exact value in a rounding message (94,6858% for a value printed 94,68%). */
const EXTRA = 2;

export function checkStated(c: StatedCheck): Finding | undefined {
  const cmp = compareStated(c.exact, c.stated, c.bounds);
  return findingOf(c, cmp);
}

export function findingOf(c: StatedCheck, cmp: Comparison): Finding | undefined {
  if (cmp.verdict === "ok") return undefined;
  const d = cmp.decimals;
  const subject = typeof c.subject === "function" ? c.subject() : c.subject;
  const basis = typeof c.basis === "function" ? c.basis() : c.basis;
  const base = {
    sheet: c.stated.src.sheet,
    cell: c.stated.src.cell,
    ...(c.range ? { range: c.range } : {}),
    expected: plain(cmp.expected),
    actual: plain(cmp.shown),
  };
  if (cmp.verdict === "pembulatan") {
    return {
      rule: PEMBULATAN,
      severity: "info",
      ...base,
      message: msg.rounding(
        subject,
        show(cmp.shown, c.kind, d),
        basis,
        show(cmp.exact, c.kind, d + EXTRA),
        show(cmp.expected, c.kind, d),
        cmp.how!,
      ),
    };
  }
  return {
    rule: c.rule,
    severity: c.severity,
    ...base,
    message: msg.mismatch(subject, show(cmp.shown, c.kind, d), basis, show(cmp.expected, c.kind, d), showDifference(cmp.difference, c.kind, d)),
  };
}

/** A stated percentage whose denominator is zero or empty: it cannot be checked (informational, never an error). */
export function overNothing(stated: NumValue, subject: string, denominator: string): Finding {
  return {
    rule: PENYEBUT_NOL,
    severity: "info",
    sheet: stated.src.sheet,
    cell: stated.src.cell,
    message: msg.overNothing(subject, show(stated.value, "persen", stated.decimals), denominator),
    actual: plain(stated.value),
  };
}
