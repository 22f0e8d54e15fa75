// Every rule `lkip check` knows: the checker's own, then the reading and engine problems it passes through.
// Adding a rule is one file in rules/ and one line here (and its description in src/text/messages/check.ts).
import type { Rule } from "./rule.js";
import { rule as jumlahTotal } from "./rules/jumlah-total.js";
import { rule as anggaranHierarki } from "./rules/anggaran-hierarki.js";
import { rule as anggaranKodeInduk } from "./rules/anggaran-kode-induk.js";
import { rule as anggaranKodeGanda } from "./rules/anggaran-kode-ganda.js";
import { rule as anggaranSerapan } from "./rules/anggaran-serapan.js";
import { rule as anggaranMelebihiPagu } from "./rules/anggaran-melebihi-pagu.js";
import { rule as anggaranSisa } from "./rules/anggaran-sisa.js";
import { rule as rumusRentangJumlah } from "./rules/rumus-rentang-jumlah.js";
import { rule as rumusUsang } from "./rules/rumus-usang.js";
import { rule as rumusTeksDalamSum } from "./rules/rumus-teks-dalam-sum.js";
import { rule as pkCapaian } from "./rules/pk-capaian.js";
import { rule as pkRasio } from "./rules/pk-rasio.js";
import { rule as pkTargetIku } from "./rules/pk-target-iku.js";
import { rule as pkTriwulan } from "./rules/pk-triwulan.js";
import { rule as pkTanpaRealisasi } from "./rules/pk-tanpa-realisasi.js";
import { rule as pkTargetNol } from "./rules/pk-target-nol.js";
import { rule as capaianBatas } from "./rules/capaian-batas.js";
import { rule as pkRealisasiJanggal } from "./rules/pk-realisasi-janggal.js";
import { rule as ppksPembilang } from "./rules/ppks-pembilang.js";
import { rule as ppksKodeTidakDikenal } from "./rules/ppks-kode-tidak-dikenal.js";
import { rule as ppksCapaian } from "./rules/ppks-capaian.js";
import { rule as indikatorProgramCapaian } from "./rules/indikator-program-capaian.js";
import { rule as angkaNegatif } from "./rules/angka-negatif.js";
import { pembulatan, penyebutNol } from "./rules/angka.js";
import { rule as angkaPecahan } from "./rules/angka-pecahan.js";
import { rule as profilKunciHilang } from "./rules/profil-kunci-hilang.js";
import { rule as profilPerjanjianKinerja } from "./rules/profil-perjanjian-kinerja.js";
import { rule as strukturAtasan } from "./rules/struktur-atasan.js";
import { rule as nipTidakSah } from "./rules/nip-tidak-sah.js";
import { rule as nipBerbeda } from "./rules/nip-berbeda.js";
import { rule as cascadingAtasan } from "./rules/cascading-atasan.js";
import { rule as cascadingSiklus } from "./rules/cascading-siklus.js";
import { rule as cascadingPuncak } from "./rules/cascading-puncak.js";
import { rule as cascadingDukungan } from "./rules/cascading-dukungan.js";
import { rule as cascadingTanpaIndikator } from "./rules/cascading-tanpa-indikator.js";
import { rule as cascadingIndikatorGanda } from "./rules/cascading-indikator-ganda.js";
import { rule as cascadingCapaian } from "./rules/cascading-capaian.js";
import { rule as cascadingAgregasi } from "./rules/cascading-agregasi.js";
import { rule as lembarTidakAda } from "./rules/lembar-tidak-ada.js";
import { rule as lembarKosong } from "./rules/lembar-kosong.js";
import { rule as narasiKunciHilang } from "./rules/narasi-kunci-hilang.js";
import { rule as dataTidakDicetak } from "./rules/data-tidak-dicetak.js";
import { mesin, pembacaan } from "./rules/passthrough.js";

export const RULES: readonly Rule[] = [
  jumlahTotal,
  anggaranHierarki,
  anggaranKodeInduk,
  anggaranKodeGanda,
  anggaranSerapan,
  anggaranMelebihiPagu,
  anggaranSisa,
  rumusRentangJumlah,
  rumusUsang,
  rumusTeksDalamSum,
  pkCapaian,
  pkRasio,
  pkTargetIku,
  pkTriwulan,
  pkTanpaRealisasi,
  pkTargetNol,
  capaianBatas,
  pkRealisasiJanggal,
  ppksPembilang,
  ppksKodeTidakDikenal,
  ppksCapaian,
  indikatorProgramCapaian,
  angkaNegatif,
  angkaPecahan,
  pembulatan,
  penyebutNol,
  profilKunciHilang,
  profilPerjanjianKinerja,
  strukturAtasan,
  nipTidakSah,
  nipBerbeda,
  cascadingAtasan,
  cascadingSiklus,
  cascadingPuncak,
  cascadingDukungan,
  cascadingTanpaIndikator,
  cascadingIndikatorGanda,
  cascadingCapaian,
  cascadingAgregasi,
  lembarTidakAda,
  lembarKosong,
  narasiKunciHilang,
  dataTidakDicetak,
  ...pembacaan,
  ...mesin,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r] as const));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
