import { beforeAll, describe, expect, it } from "vitest";
import { RULES } from "../../src/check/registry.js";
import type { CheckResult } from "../../src/check/types.js";
import { baseSheets, check, of } from "./fixture.js";

describe("the clean fixture", () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await check(baseSheets());
  });

  it("checks with no finding at all", () => {
    expect(result.findings).toEqual([]);
    expect(result.summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
  });

  it.each(RULES.map((r) => r.id))("gives no false finding for %s", (id) => {
    expect(of(result, id)).toEqual([]);
  });
});
