// Every rule `lkip check` runs on a Word report. Adding one is a function in table-rules.ts, text-rules.ts or sentence-rules.ts, one
// entry here, and its line in src/text/messages/document.ts and docs/checks.md.
import type { Severity } from "../model/types.js";
import { DOC_DESCRIPTIONS, type DocRuleId } from "../text/messages/document.js";
import type { DocParagraph, DocxDocument } from "./read.js";
import type { LogicalTable } from "./tables.js";
import { checkHierarchy, checkPercent, checkTotals } from "./table-rules.js";
import { checkAcrossTables, checkTextAgainstNextTotal, checkTextAgainstTables } from "./cross-rules.js";
import { checkCounts, checkTextShares } from "./sentence-rules.js";
import { checkBilangan, checkCellWords, checkListTotals, checkTerbilang } from "./text-rules.js";
import type { DocFinding } from "./types.js";

export interface DocRule {
  id: DocRuleId;
  description: string;
  severity: Severity;
  check(ctx: { doc: DocxDocument; tables: LogicalTable[] }): DocFinding[];
}

const perTable = (f: (t: LogicalTable) => DocFinding[]) => (ctx: { tables: LogicalTable[] }) => ctx.tables.flatMap(f);
const perParagraph = (f: (p: DocParagraph) => DocFinding[]) => (ctx: { doc: DocxDocument }) => ctx.doc.paragraphs.flatMap(f);

const rule = (id: DocRuleId, check: DocRule["check"]): DocRule => ({ id, description: DOC_DESCRIPTIONS[id], severity: "error", check });

export const DOC_RULES: readonly DocRule[] = [
  rule("dokumen/jumlah", (ctx) => [...perTable(checkTotals)(ctx), ...checkListTotals(ctx.doc)]),
  rule("dokumen/hierarki", perTable(checkHierarchy)),
  rule("dokumen/persen", perTable(checkPercent)),
  rule("dokumen/terbilang", (ctx) => [...perParagraph(checkTerbilang)(ctx), ...perTable((t) => checkCellWords(t, "terbilang"))(ctx)]),
  rule("dokumen/bilangan", (ctx) => [...perParagraph(checkBilangan)(ctx), ...perTable((t) => checkCellWords(t, "bilangan"))(ctx)]),
  rule("dokumen/antar-tabel", (ctx) => checkAcrossTables(ctx.doc, ctx.tables)),
  rule("dokumen/teks-tabel", (ctx) => [...checkTextAgainstTables(ctx.doc, ctx.tables), ...checkTextAgainstNextTotal(ctx.doc, ctx.tables)]),
  rule("dokumen/persen-teks", (ctx) => checkTextShares(ctx.doc)),
  rule("dokumen/hitungan", (ctx) => checkCounts(ctx.doc)),
];
