// The package around the sheets (OPC): `_rels/.rels` names the workbook part (never assumed to be xl/workbook.xml),
// the workbook's relationships name its sheets, shared strings and styles. Targets may be relative to the source
// part or absolute from the package root (`/xl/worksheets/sheet1.xml`, as openpyxl writes them). Relationship types
// are matched by their last segment, so Transitional and Strict URIs are alike.
import { normalisePartName } from "./zip.js";
import { decodePart, parseXml, XmlError, type Attrs } from "./xml.js";

export interface Relationship {
  id: string;
  /** The last segment of the type URI: `officeDocument`, `worksheet`, `sharedStrings`, `styles` … */
  type: string;
  /** The target part's normalised name. */
  target: string;
}

/** The folder of a part, for resolving relative targets (`xl/workbook.xml` → `xl`). */
const folderOf = (part: string) => part.slice(0, Math.max(0, part.lastIndexOf("/")));

/** The rels part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`, `` (the package) → `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const folder = folderOf(part);
  const file = part.slice(part.lastIndexOf("/") + 1);
  return `${folder ? `${folder}/` : ""}_rels/${file}.rels`;
}

function decodeTarget(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** Resolves a target against the part that holds the relationship. */
export function resolveTarget(sourcePart: string, target: string): string {
  const t = decodeTarget(target).replace(/\\/g, "/");
  const joined = t.startsWith("/") ? t : `${folderOf(sourcePart)}/${t}`;
  const out: string[] = [];
  for (const seg of normalisePartName(joined).split("/")) {
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
}

/** The relationships of `sourcePart` ("" for the package itself); empty when its rels part is absent. */
export function readRelationships(parts: Map<string, Uint8Array>, sourcePart: string): Relationship[] {
  const bytes = parts.get(relsPartOf(sourcePart));
  if (!bytes) return [];
  const rels: Relationship[] = [];
  parseXml(decodePart(bytes), {
    wantsText: false,
    open(name: string, a: Attrs) {
      if (name !== "Relationship" || a.TargetMode === "External" || !a.Target || !a.Type) return;
      rels.push({ id: a.Id ?? "", type: a.Type.slice(a.Type.lastIndexOf("/") + 1), target: resolveTarget(sourcePart, a.Target) });
    },
    close() {},
    text() {},
  });
  return rels;
}

/** Content types by part name (`Override`s) — only to find the workbook when `_rels/.rels` does not name it. */
function mainPartFromContentTypes(parts: Map<string, Uint8Array>): string | undefined {
  const bytes = parts.get("[Content_Types].xml");
  if (!bytes) return undefined;
  let main: string | undefined;
  parseXml(decodePart(bytes), {
    wantsText: false,
    open(name: string, a: Attrs) {
      if (name === "Override" && a.PartName && /\.(sheet|template)\.main\+xml$/.test(a.ContentType ?? "")) {
        main ??= normalisePartName(a.PartName);
      }
    },
    close() {},
    text() {},
  });
  return main;
}

/** The workbook part's name. */
export function workbookPart(parts: Map<string, Uint8Array>): string {
  const fromRels = readRelationships(parts, "").find((r) => r.type === "officeDocument" && parts.has(r.target));
  if (fromRels) return fromRels.target;
  const fromTypes = mainPartFromContentTypes(parts);
  if (fromTypes && parts.has(fromTypes)) return fromTypes;
  if (parts.has("xl/workbook.xml")) return "xl/workbook.xml";
  throw new XmlError("bagian workbook tidak ditemukan");
}
