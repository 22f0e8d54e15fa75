// Shared by the report tests: build the shipped example once per test file, unzip it, and read its parts as text.
import { unzipSync } from "fflate";
import { computeLkip } from "../../src/engine/index.js";
import type { Computed } from "../../src/engine/types.js";
import type { Model } from "../../src/model/types.js";
import { buildDocument, packDocument, type BuildOptions } from "../../src/report/build.js";
import { readWorkbook } from "../../src/workbook/read.js";

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
