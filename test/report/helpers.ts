// Shared by the report tests: build the shipped example once per test file, unzip it, and read its parts as text.
import { unzipSync } from "fflate";
import { computeLkip } from "../../src/engine/index.js";
import type { Computed } from "../../src/engine/types.js";
import type { Model } from "../../src/model/types.js";
import { buildDocument, packDocument, type BuildOptions } from "../../src/report/build.js";
import { readWorkbook } from "../../src/read.js";

export interface Built {
  model: Model;
  computed: Computed;
  bytes: Buffer;
  parts: Record<string, string>;
  /** word/document.xml */
  xml: string;
  /** The document's visible text, one paragraph per line. */
  text: string;
}

export function partsOf(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  const dec = new TextDecoder();
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, dec.decode(v)]));
}

/**
 * A package's parts as text, embedded workbooks opened too (as `path!part`), with what is made anew for each document
 * made stable: the times in docProps/core.xml blanked, and the chart relationship ids, bookmark names and counted-up ids
 * numbered in order of first appearance. (Opening the embedded workbooks leaves out their zip entries' times.)
 */
export function stableParts(bytes: Uint8Array): [string, string][] {
  const ids = new Map<string, string>();
  const dec = new TextDecoder();
  const open = (zip: Uint8Array, prefix: string): [string, string][] =>
    Object.entries(unzipSync(zip)).flatMap(([path, data]) =>
      path.endsWith(".xlsx") ? open(data, `${prefix}${path}!`) : [[`${prefix}${path}`, dec.decode(data)] as [string, string]],
    );
  return open(bytes, "").map(([path, xml]) => [
    path,
    xml
      .replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, "<dcterms:$1>")
      .replace(/rId\d*[A-Za-z_-][A-Za-z0-9_-]*|_Toc\d+|w:id="\d+"|docPr id="\d+"/g, (id) => ids.get(id) ?? (ids.set(id, `#${ids.size}`), `#${ids.size - 1}`)),
  ]);
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };

/** Paragraph texts of a WordprocessingML part (tabs as \t), entities decoded. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((t) => (t[0] === "<w:tab/>" ? "\t" : t[1]!))
      .join("")
      .replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]!),
  );
}

/** Paragraphs of a given style id. */
export function styled(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .filter((m) => m[0].includes(`<w:pStyle w:val="${style}"/>`))
    .map((m) => paragraphs(m[0])[0] ?? "");
}

export async function buildExample(file: string, opts: BuildOptions = {}): Promise<Built> {
  const model = await readWorkbook(file);
  const computed = computeLkip(model);
  const bytes = await packDocument(buildDocument(model, computed, opts));
  const parts = partsOf(bytes);
  const xml = parts["word/document.xml"]!;
  return { model, computed, bytes, parts, xml, text: paragraphs(xml).join("\n") };
}
