// A Cascading sheet of any size, for benchmarks and tests: the Kepala Dinas, `units` units under it (a Sekretaris, then
// Kepala Bidang), `jf` Jabatan Fungsional under each unit and `staff` pelaksana under each JF, every position with one
// or two sasaran and two to four indicators (with target and realisasi when asked), the top serving `kodeIku`.

export interface CascadeShape {
  units: number;
  jf: number;
  staff: number;
  /** Target and realisasi on every indicator. */
  measured?: boolean;
  /** The IKU/PK code the top's indicators serve. */
  kodeIku?: string;
}

export const CASCADE_HEADER = ["Kode", "Jabatan", "Nama", "NIP", "Kode Atasan", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Kode IKU"];

export interface CascadePosition {
  kode: string;
  jabatan: string;
  atasan?: string;
  sasaran: string[];
  indikator: string[];
}

const STAFF = ["Penata Layanan Operasional", "Pengelola Layanan Operasional", "Pengadministrasi Perkantoran", "Operator Layanan Operasional"];

/** The positions of the shape, top first, depth first. */
export function cascadePositions(s: CascadeShape): CascadePosition[] {
  const out: CascadePosition[] = [];
  let serial = 0;
  const add = (kode: string, jabatan: string, atasan: string | undefined, topic: string) => {
    serial++;
    const count = 2 + (serial % 3);
    const sasaran = [`Meningkatnya kinerja ${topic}`, ...(serial % 4 === 0 ? [`Tertibnya administrasi ${topic}`] : [])];
    const indikator = Array.from({ length: count }, (_, k) => `Jumlah laporan ${topic} nomor ${k + 1}`);
    out.push({ kode, jabatan, ...(atasan ? { atasan } : {}), sasaran, indikator });
  };
  add("1", "Kepala Dinas", undefined, "dinas");
  for (let u = 1; u <= s.units; u++) {
    const unit = `1.${u}`;
    add(unit, u === 1 ? "Sekretaris" : `Kepala Bidang ${u - 1}`, "1", `unit ${u}`);
    for (let j = 1; j <= s.jf; j++) {
      const jf = `${unit}.${j}`;
      add(jf, `Jabatan Fungsional ${u}.${j}`, unit, `fungsional ${u}.${j}`);
      for (let k = 1; k <= s.staff; k++) add(`${jf}.${k}`, `${STAFF[(k - 1) % STAFF.length]} ${u}.${j}.${k}`, jf, `pelaksana ${u}.${j}.${k}`);
    }
  }
  return out;
}

/** The sheet's rows (header first): one row per indicator; the sasaran written where it changes. */
export function cascadeRows(s: CascadeShape): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [CASCADE_HEADER];
  cascadePositions(s).forEach((p, n) => {
    p.indikator.forEach((ind, k) => {
      const sasaran = p.sasaran[Math.min(p.sasaran.length - 1, Math.floor((k * p.sasaran.length) / p.indikator.length))]!;
      const target = 4 + ((n + k) % 9);
      const realisasi = target - ((n * 7 + k) % 3);
      rows.push([
        p.kode,
        k === 0 ? p.jabatan : null,
        k === 0 ? `Pegawai ${p.kode}` : null,
        k === 0 ? `19${70 + (n % 25)}0${1 + (n % 9)}1${n % 10}200${n % 10}0${1 + (n % 9)}1001` : null,
        k === 0 ? p.atasan ?? null : null,
        sasaran,
        ind,
        "Laporan",
        s.measured ? target : null,
        s.measured ? realisasi : null,
        p.atasan ? null : s.kodeIku ?? null,
      ]);
    });
  });
  return rows;
}
