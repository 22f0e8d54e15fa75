// nip/tidak-sah: a NIP printed on the signature blocks and in the organisation chart says who the person is; one with a
// digit missing (as the Kepala Dinas's NIP in Bekasi's 2026 cascade, 17 digits), an impossible date, or rounded by
// Excel is pointed at, with the reason in words.
import { describe, expect, it } from "vitest";
import { nipProblem } from "../../src/check/rules/nip-tidak-sah.js";
import { baseSheets, check, of, set } from "./fixture.js";

describe("nipProblem", () => {
  const cases: [string, RegExp | undefined][] = [
    ["19700101 199003 2 001", undefined],
    ["197001011990032001", undefined],
    ["19780314.199803.1.002", undefined],
    ["19700101 199003 2 00", /berisi 17 angka/],
    ["1970010119900320011", /berisi 19 angka/],
    ["NIP. 19700101 199003 2 001", /hanya berisi angka/],
    ["19701301 199003 2 001", /19701301, bukan tanggal lahir/],
    ["19700230 199003 2 001", /19700230, bukan tanggal lahir/],
    ["19400101 199003 2 001", /tahun lahir 1940 tidak mungkin bagi pegawai yang bekerja pada 2025/],
    ["20100101 199003 2 001", /tahun lahir 2010/],
    ["19700101 199013 2 001", /199013, bukan tahun dan bulan TMT CPNS/],
    ["19900601 200501 2 001", /diangkat pada usia 14 tahun/],
    ["19900601 202703 2 001", /sesudah tahun laporan 2025/],
    ["19700101 199003 3 001", /angka ke-15 \(jenis kelamin\) adalah 3/],
    ["197001011990032000", /nomor urut .* 000 tidak ada/],
  ];
  for (const [nip, problem] of cases) {
    it(`${nip} → ${problem ?? "sah"}`, () => {
      const found = nipProblem(nip, 2025);
      if (problem) expect(found).toMatch(problem);
      else expect(found).toBeUndefined();
    });
  }
});

describe("nip/tidak-sah", () => {
  it("points at the Profil NIP Kepala cell and at each Struktur NIP cell, naming the person", async () => {
    let s = baseSheets();
    const nipRow = s["Profil"]!.findIndex((r) => r[0] === "NIP Kepala") + 1;
    s = set(s, `Profil!B${nipRow}`, "19700101 199003 2 00");
    s["Struktur"] = [
      ["Jabatan", "Atasan", "Nama", "NIP", "Pangkat/Golongan"],
      ["Kepala Dinas Sosial", undefined, "Dra. Siti Aminah, M.Si.", "19700101 199003 2 001", "Pembina Utama Muda (IV/c)"],
      ["Sekretaris", "Kepala Dinas Sosial", "Rina Marlina, S.Sos.", 197805122005012000, "Pembina (IV/a)"],
      ["Bidang Rehabilitasi Sosial", "Kepala Dinas Sosial", "Bambang Sutrisno", "19751301 200003 1 004", "Pembina (IV/a)"],
    ];
    const r = await check(s);
    const found = of(r, "nip/tidak-sah");
    expect(found.map((f) => `${f.sheet}!${f.cell}`)).toEqual([`Profil!B${nipRow}`, "Struktur!D3", "Struktur!D4"]);
    expect(found[0]!.message).toBe(
      'NIP "19700101 199003 2 00" (Dra. Siti Aminah, M.Si.) tidak sah: berisi 17 angka, padahal NIP terdiri atas 18 angka (8 tanggal lahir, 6 TMT CPNS, 1 jenis kelamin, 3 nomor urut)',
    );
    expect(found[1]!.message).toMatch(/^NIP "197805122005012000" \(Rina Marlina, S\.Sos\.\) tidak sah: nomor urut/);
    expect(found[2]!.message).toContain("(Bambang Sutrisno)");
    expect(found.every((f) => f.severity === "warning")).toBe(true);
  });

  it("says nothing about the fixture's valid NIP", async () => {
    expect(of(await check(baseSheets()), "nip/tidak-sah")).toEqual([]);
  });
});
