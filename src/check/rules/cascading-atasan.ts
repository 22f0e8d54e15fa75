// The Cascading sheet is one performance tree: one position without a Kode Atasan (the head of office) at the top and
// every Kode Atasan naming a Kode of the sheet. A position whose atasan is missing hangs nowhere: it and everything
// under it fall out of the pohon kinerja, so the finding is an error at its Kode Atasan cell.
import { atasanCell, cascadingRule, nodeName } from "../cascading.js";
import * as msg from "../../text/messages/check.js";

const ID = "cascading/atasan";

export const rule = cascadingRule(ID, "error", (c, _model, at) => {
  if (c.roots.length === 0) at(undefined, msg.cascadingTanpaPuncak());
  const top = c.roots[0];
  for (const extra of c.roots.slice(1)) at(atasanCell(c, extra).cell, msg.cascadingPuncakGanda(nodeName(extra), nodeName(top!)));
  for (const n of c.orphans) at(atasanCell(c, n).cell, msg.cascadingAtasanTidakAda(nodeName(n), n.atasan!.trim()));
});
