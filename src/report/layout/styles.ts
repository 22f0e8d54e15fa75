// The paragraph and run formatting of the document's styles, resolved from the same options the document's styles.xml
// is written from (report/styles.ts), so the layout reads each paragraph as Word does: the style's formatting, then the
// paragraph's own.
import type { IStylesOptions } from "docx";

export type LineRule = "auto" | "exact" | "atLeast";

/** A paragraph's formatting; lengths in twips, sizes in half-points, as in the XML. */
export interface ParaFormat {
  size: number;
  bold: boolean;
  italic: boolean;
  before: number;
  after: number;
  line: number;
  lineRule: LineRule;
  left: number;
  /** Right indent, in twentieths of a point. */
  right: number;
  hanging: number;
  firstLine: number;
  keepNext: boolean;
  keepLines: boolean;
  pageBreakBefore: boolean;
  widowControl: boolean;
  /** Justified: Word squeezes the spaces of a line to fit a word a little past its end. */
  justified: boolean;
}

/** Word's own defaults, where neither the document's defaults nor a style says otherwise. */
const WORD_DEFAULT: ParaFormat = {
  size: 20,
  bold: false,
  italic: false,
  before: 0,
  after: 0,
  line: 240,
  lineRule: "auto",
  left: 0,
  right: 0,
  hanging: 0,
  firstLine: 0,
  keepNext: false,
  keepLines: false,
  pageBreakBefore: false,
  widowControl: true,
  justified: false,
};

interface StyleOptions {
  readonly run?: { readonly size?: number | string; readonly bold?: boolean; readonly italics?: boolean; readonly font?: unknown };
  readonly paragraph?: {
    readonly spacing?: { readonly before?: number; readonly after?: number; readonly line?: number; readonly lineRule?: string };
    readonly indent?: { readonly left?: number | string; readonly hanging?: number | string; readonly firstLine?: number | string };
    readonly keepNext?: boolean;
    readonly keepLines?: boolean;
    readonly pageBreakBefore?: boolean;
    readonly widowControl?: boolean;
    readonly alignment?: string;
  };
}

/** A length given as a number, or as the string docx also accepts. */
function twips(v: number | string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = typeof v === "number" ? v : Number(v);
  return Number.isFinite(n) ? n : undefined;
}

function lineRule(v: string | undefined): LineRule | undefined {
  if (v === undefined) return undefined;
  const s = v.toLowerCase();
  return s === "exact" ? "exact" : s === "atleast" ? "atLeast" : s === "auto" ? "auto" : undefined;
}

/** Whether a `w:jc` value justifies the lines ("distribute" and the Thai and kashida forms are not followed). */
export function isJustified(jc: string): boolean {
  return jc === "both" || jc === "justified";
}

/** `base` with what `style` sets on top. */
export function applyStyle(base: ParaFormat, style: StyleOptions | undefined): ParaFormat {
  if (style === undefined) return base;
  const out = { ...base };
  const r = style.run;
  if (r?.size !== undefined) out.size = Number(r.size);
  if (r?.bold !== undefined) out.bold = r.bold;
  if (r?.italics !== undefined) out.italic = r.italics;
  const p = style.paragraph;
  const sp = p?.spacing;
  if (sp?.before !== undefined) out.before = sp.before;
  if (sp?.after !== undefined) out.after = sp.after;
  if (sp?.line !== undefined) out.line = sp.line;
  const rule = lineRule(sp?.lineRule);
  if (rule !== undefined) out.lineRule = rule;
  const ind = p?.indent;
  out.left = twips(ind?.left) ?? out.left;
  out.hanging = twips(ind?.hanging) ?? out.hanging;
  out.firstLine = twips(ind?.firstLine) ?? out.firstLine;
  if (p?.keepNext !== undefined) out.keepNext = p.keepNext;
  if (p?.keepLines !== undefined) out.keepLines = p.keepLines;
  if (p?.pageBreakBefore !== undefined) out.pageBreakBefore = p.pageBreakBefore;
  if (p?.widowControl !== undefined) out.widowControl = p.widowControl;
  if (p?.alignment !== undefined) out.justified = isJustified(p.alignment);
  return out;
}

/** The paragraph styles by id, each resolved through the document's defaults and the style it is based on. */
export class StyleSheet {
  readonly normal: ParaFormat;
  private readonly styles = new Map<string, ParaFormat>();

  constructor(options: IStylesOptions) {
    this.normal = applyStyle(WORD_DEFAULT, options.default?.document as StyleOptions | undefined);
    const d = options.default as Record<string, StyleOptions | undefined> | undefined;
    const builtIn: [string, string][] = [
      ["heading1", "Heading1"],
      ["heading2", "Heading2"],
      ["heading3", "Heading3"],
      ["heading4", "Heading4"],
      ["heading5", "Heading5"],
      ["heading6", "Heading6"],
      ["title", "Title"],
      ["caption", "Caption"],
    ];
    for (const [key, id] of builtIn) if (d?.[key] !== undefined) this.styles.set(id, applyStyle(this.normal, d[key]));
    const custom = (options.paragraphStyles ?? []) as readonly (StyleOptions & { id: string; basedOn?: string })[];
    const byId = new Map(custom.map((s) => [s.id, s]));
    const resolve = (id: string, seen: Set<string>): ParaFormat => {
      const known = this.styles.get(id);
      if (known) return known;
      const s = byId.get(id);
      if (s === undefined || seen.has(id)) return this.normal;
      seen.add(id);
      const base = s.basedOn === undefined || s.basedOn === "Normal" ? this.normal : resolve(s.basedOn, seen);
      const f = applyStyle(base, s);
      this.styles.set(id, f);
      return f;
    };
    for (const s of custom) resolve(s.id, new Set());
  }

  /** The style's formatting; undefined for a style the sheet does not have. */
  get(id: string | undefined): ParaFormat | undefined {
    if (id === undefined || id === "Normal") return this.normal;
    return this.styles.get(id);
  }
}
