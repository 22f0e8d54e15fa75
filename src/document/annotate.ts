// `lkip check laporan.docx --annotate out.docx`: a copy of the report with a Word comment on each finding — on the first
// paragraph of the offending cell, or on the paragraph a text finding is about. The input is only read; every part of
// the package is copied as it is except word/document.xml (comment anchors added), word/comments.xml (written, or
// extended when the report already has comments), their relationship and content type, and docProps/custom.xml (the
// mark that lkip wrote the copy, so a later run may replace it).
import * as msg from "../text/messages/check.js";
import { writeAtomic } from "../util/atomic.js";
import { GENERATOR_PROPERTY } from "../util/output.js";
import { zipFiles, type ZipData } from "../util/zip.js";
import { LIMITS, readInputFile } from "../workbook/open.js";
import { ByteBudget, unzipParts, zipDirectory } from "../workbook/xlsx/zip.js";
import type { DocFinding } from "./types.js";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const REL_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const REL_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const CT_CUSTOM = "application/vnd.openxmlformats-officedocument.custom-properties+xml";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Where each addressable paragraph's content starts and ends in document.xml. */
interface Span {
  /** Just after `<w:p …>` (and its `w:pPr`, when any). */
  start: number;
  /** Just before `</w:p>`. */
  end: number;
}

/**
 * Spans of the body's direct paragraphs (by 1-based index) and of the first paragraph of each table cell
 * (`tabel/baris/kolom`), found with one scan over the tags.
 */
function locate(xml: string): { paragraphs: Map<number, Span>; cells: Map<string, Span> } {
  const paragraphs = new Map<number, Span>();
  const cells = new Map<string, Span>();
  const stack: string[] = [];
  let bodyDepth = -1;
  let p = 0;
  let t = 0;
  let r = 0;
  let c = 0;
  let cellParaDone = false;
  let open: { key: string; start: number; depth: number; kind: "p" | "cell"; awaitPPr?: boolean } | undefined;
  const tag = /<(\/?)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (m[3] === undefined) continue; // comment or processing instruction
    const closing = m[1] === "/";
    const name = m[3];
    const selfClosing = m[5] === "/";
    if (closing) {
      const depth = stack.length - 1;
      if (open?.awaitPPr && name === "pPr" && depth === open.depth + 1) {
        open.start = m.index + m[0].length;
        open.awaitPPr = false;
      }
      if (open && depth === open.depth && name === "p") {
        const span = { start: open.start, end: m.index };
        if (open.kind === "p") paragraphs.set(Number(open.key), span);
        else cells.set(open.key, span);
        open = undefined;
      }
      stack.pop();
      continue;
    }
    const depth = stack.length;
    const end = m.index + m[0].length;
    if (name === "body" && bodyDepth < 0) bodyDepth = depth;
    else if (bodyDepth >= 0 && depth === bodyDepth + 1 && name === "p") {
      p++;
      if (!selfClosing) open = { key: String(p), start: end, depth, kind: "p" };
    } else if (bodyDepth >= 0 && depth === bodyDepth + 1 && name === "tbl") {
      t++;
      r = 0;
    } else if (t > 0 && name === "tr" && depth === bodyDepth + 2 && stack[bodyDepth + 1] === "tbl") {
      r++;
      c = 0;
    } else if (name === "tc" && depth === bodyDepth + 3 && stack[bodyDepth + 1] === "tbl") {
      c++;
      cellParaDone = false;
    } else if (name === "p" && depth === bodyDepth + 4 && stack[bodyDepth + 3] === "tc" && !cellParaDone && !selfClosing) {
      cellParaDone = true;
      open = { key: `${t}/${r}/${c}`, start: end, depth, kind: "cell" };
    } else if (open && name === "pPr" && depth === open.depth + 1 && open.start === m.index) {
      // anchors go after the paragraph properties
      if (selfClosing) open.start = end;
      else open.awaitPPr = true;
    }
    if (!selfClosing) stack.push(name);
  }
  return { paragraphs, cells };
}

function commentXml(id: number, text: string, date: string): string {
  const paras = text
    .split("\n")
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${esc(line)}</w:t></w:r></w:p>`)
    .join("");
  return `<w:comment w:id="${id}" w:author="lkip" w:initials="lkip" w:date="${date}">${paras}</w:comment>`;
}

function addOverride(types: string, part: string, contentType: string): string {
  if (types.includes(`PartName="/${part}"`)) return types;
  return types.replace(/<\/Types>\s*$/, `<Override PartName="/${part}" ContentType="${contentType}"/></Types>`);
}

function addRelationship(rels: string | undefined, type: string, target: string, id: string): string {
  const base = rels ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  if (base.includes(`Type="${type}"`)) return base;
  return base.replace(/<\/Relationships>\s*$/, `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`);
}

/** Writes the annotated copy of `input` to `target` (atomically). */
export async function writeAnnotatedDocx(input: string, target: string, findings: readonly DocFinding[]): Promise<void> {
  const buf = await readInputFile(input);
  const parts = unzipParts(buf, zipDirectory(buf) ?? [], new ByteBudget(LIMITS.uncompressedBytes), () => true);
  const text = (name: string) => (parts.has(name) ? new TextDecoder().decode(parts.get(name)) : undefined);
  let xml = text("word/document.xml")!;
  const { paragraphs, cells } = locate(xml);

  // one comment per place, holding every finding there
  const byPlace = new Map<string, { span: Span; lines: string[] }>();
  for (const f of findings) {
    const key = "paragraf" in f.lokasi ? `p${f.lokasi.paragraf}` : `${f.lokasi.tabel}/${f.lokasi.baris}/${f.lokasi.kolom}`;
    const span = "paragraf" in f.lokasi ? paragraphs.get(f.lokasi.paragraf) : cells.get(key);
    if (!span) continue;
    const entry = byPlace.get(key) ?? { span, lines: [] };
    entry.lines.push(`[${msg.severityWord[f.severity]}] ${f.message} (${f.rule})`);
    byPlace.set(key, entry);
  }

  const existing = text("word/comments.xml");
  const usedIds = [...(existing ?? "").matchAll(/<w:comment\b[^>]*\sw:id="(\d+)"/g)].map((m) => Number(m[1]));
  let id = usedIds.length > 0 ? Math.max(...usedIds) + 1 : 0;
  const date = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  const inserts: { at: number; text: string }[] = [];
  const comments: string[] = [];
  for (const { span, lines } of byPlace.values()) {
    inserts.push({ at: span.start, text: `<w:commentRangeStart w:id="${id}"/>` });
    inserts.push({ at: span.end, text: `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>` });
    comments.push(commentXml(id, lines.join("\n"), date));
    id++;
  }
  inserts.sort((a, b) => b.at - a.at);
  for (const ins of inserts) xml = xml.slice(0, ins.at) + ins.text + xml.slice(ins.at);

  const files = new Map<string, ZipData>([...parts].map(([k, v]) => [k, v] as const));
  files.set("word/document.xml", xml);
  files.set(
    "word/comments.xml",
    existing
      ? existing.replace(/<\/w:comments>\s*$/, `${comments.join("")}</w:comments>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}">${comments.join("")}</w:comments>`,
  );
  files.set("word/_rels/document.xml.rels", addRelationship(text("word/_rels/document.xml.rels"), REL_COMMENTS, "comments.xml", "rIdLkipComments"));
  let types = addOverride(text("[Content_Types].xml") ?? "", "word/comments.xml", CT_COMMENTS);

  // mark the copy as lkip's output
  const custom = text("docProps/custom.xml");
  const property = `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="PID" name="${GENERATOR_PROPERTY}"><vt:lpwstr>lkip (catatan)</vt:lpwstr></property>`;
  if (!custom) {
    files.set(
      "docProps/custom.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${property.replace("PID", "2")}</Properties>`,
    );
    files.set("_rels/.rels", addRelationship(text("_rels/.rels"), REL_CUSTOM, "docProps/custom.xml", "rIdLkipCustom"));
    types = addOverride(types, "docProps/custom.xml", CT_CUSTOM);
  } else if (!custom.includes(`name="${GENERATOR_PROPERTY}"`)) {
    const pids = [...custom.matchAll(/\spid="(\d+)"/g)].map((m) => Number(m[1]));
    const pid = String(Math.max(1, ...pids) + 1);
    files.set("docProps/custom.xml", custom.replace(/<\/Properties>\s*$/, `${property.replace("PID", pid)}</Properties>`));
  }
  files.set("[Content_Types].xml", types);
  await writeAtomic(target, zipFiles(files));
}
