import { describe, expect, it } from "vitest";
import { BUILT_IN_SCALES, getScale, kategori, type RatingScale } from "../../src/engine/index.js";
import { skalaRow, table } from "./factories.js";

const scale = (name: string): RatingScale => {
  const r = getScale(name);
  if (!r.ok) throw new Error(r.problem.message);
  return r.scale;
};

describe("permendagri-86-2017 (default), half-open bands on lower bounds", () => {
  const s = scale("permendagri-86-2017");
  it.each([
    ["131.82", "sangat tinggi"],
    ["91", "sangat tinggi"],
    ["90.99", "tinggi"],
    ["90.5", "tinggi"],
    ["76", "tinggi"],
    ["75.99", "sedang"],
    ["66", "sedang"],
    ["65.99", "rendah"],
    ["51", "rendah"],
    ["50.01", "sangat rendah"],
    ["50", "sangat rendah"],
    ["0", "sangat rendah"],
    ["-20", "sangat rendah"],
  ])("%s → %s", (v, k) => expect(kategori(s, v)).toBe(k));

  it("is the default for a blank name, and accepts other spellings", () => {
    const blank = getScale(undefined);
    expect(blank.ok && blank.scale.name).toBe("permendagri-86-2017");
    for (const n of ["Permendagri 86/2017", "PERMENDAGRI 86 TAHUN 2017", "permendagri_86_2017"]) {
      const r = getScale(n);
      expect(r.ok && r.scale.name).toBe("permendagri-86-2017");
    }
  });
});

describe("berhasil-110", () => {
  const s = scale("berhasil-110");
  it.each([
    ["110", "sangat berhasil"],
    ["109.99", "berhasil"],
    ["90", "berhasil"],
    ["89.99", "cukup berhasil"],
    ["60", "cukup berhasil"],
    ["59.99", "tidak berhasil"],
  ])("%s → %s", (v, k) => expect(kategori(s, v)).toBe(k));
});

describe("berhasil-85 (strict lower bounds)", () => {
  const s = scale("Berhasil 85");
  it.each([
    ["85.01", "sangat berhasil"],
    ["85", "berhasil"],
    ["70.01", "berhasil"],
    ["70", "cukup berhasil"],
    ["55.01", "cukup berhasil"],
    ["55", "tidak berhasil"],
  ])("%s → %s", (v, k) => expect(kategori(s, v)).toBe(k));
});

describe("custom scale from the Skala sheet", () => {
  const skala = table("Skala", [
    skalaRow("Kurang", 0, 50),
    skalaRow("Cukup", 51, 75),
    skalaRow("Baik", 76, 90),
    skalaRow("Sangat Baik", 91, 100),
  ]);
  const r = getScale("kustom", skala);
  const s = r.ok ? r.scale : BUILT_IN_SCALES["permendagri-86-2017"]!;

  it("uses the rows (both bounds inclusive), ordered highest first", () => {
    expect(r.ok).toBe(true);
    expect(s.bands.map((b) => b.kategori)).toEqual(["Sangat Baik", "Baik", "Cukup", "Kurang"]);
    expect(kategori(s, 100)).toBe("Sangat Baik");
    expect(kategori(s, 91)).toBe("Sangat Baik");
    expect(kategori(s, 90)).toBe("Baik");
    expect(kategori(s, 76)).toBe("Baik");
    expect(kategori(s, 50)).toBe("Kurang");
  });

  it("gaps close upwards, above the top band is the top band, below the bottom is the bottom", () => {
    expect(kategori(s, "90.5")).toBe("Baik");
    expect(kategori(s, "50.5")).toBe("Kurang");
    expect(kategori(s, 131)).toBe("Sangat Baik");
    expect(kategori(s, -5)).toBe("Kurang");
  });

  it("a shared bound belongs to the higher band", () => {
    const shared = getScale("kustom", table("Skala", [skalaRow("rendah", 0, 50), skalaRow("tinggi", 50, 100)]));
    expect(shared.ok && kategori(shared.scale, 50)).toBe("tinggi");
  });

  it("open bounds", () => {
    const open = getScale("kustom", table("Skala", [skalaRow("tercapai", 100), skalaRow("belum", undefined, 100)]));
    expect(open.ok && kategori(open.scale, 150)).toBe("tercapai");
    expect(open.ok && kategori(open.scale, 100)).toBe("tercapai");
    expect(open.ok && kategori(open.scale, "99.99")).toBe("belum");
  });
});

describe("problems, not throws", () => {
  it("an unknown scale name", () => {
    const r = getScale("skala-ajaib");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toMatchObject({ rule: "profil/skala-tidak-dikenal", severity: "warning", sheet: "Profil" });
      expect(r.problem.message).toContain("skala-ajaib");
    }
  });

  it("kustom without a Skala sheet", () => {
    const r = getScale("kustom");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.rule).toBe("skala/kosong");
  });
});
