// The LKIP document: model and the engine's figures in, a docx Document out. Sections are functions of the context;
// this module only strings them into Word sections (page setup, header and footer, page numbering) and packs the file.
import { dirname, resolve } from "node:path";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LineRuleType,
  NumberFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
  type PageNumberEstimator,
} from "docx";
import { computeRincian, type Rincian } from "../engine/rincian.js";
import type { Computed } from "../engine/types.js";
import type { Model } from "../model/types.js";
import * as msg from "../text/messages/report.js";
import { fastInUse } from "./docx-fast.js";
import { Ctx } from "./context.js";
import { lkipPageNumbers } from "./layout/index.js";
import type { Part } from "./part.js";
import { preWritten } from "./xml-write.js";
import { bab1 } from "./sections/bab1.js";
import { bab2 } from "./sections/bab2.js";
import { bab3 } from "./sections/bab3.js";
import { bab4 } from "./sections/bab4.js";
import { cover } from "./sections/cover.js";
import { daftar } from "./sections/daftar.js";
import { ikhtisar } from "./sections/ikhtisar.js";
import { kataPengantar } from "./sections/kata-pengantar.js";
import { lampiran } from "./sections/lampiran.js";
import { COLOR, documentStyles, FONT, PAGE, SIZE } from "./styles.js";
import { Templates } from "./templates.js";
import type { Logo } from "./image.js";
import { cleanPackage, cleanParts } from "../util/xml-text.js";
import { GENERATOR_PROPERTY } from "../util/output.js";
import { zipFiles, type ZipData } from "../util/zip.js";

/**
 * Table cells above which docx's general layout is not used when lkip's own cannot follow the body (about 100 pages;
 * the example has about 1.300): it takes about a millisecond a cell, lkip's a few microseconds.
 */
export const PAGE_ESTIMATE_LIMIT = 4000;

/**
 * Table cells a document may have: above it `build` refuses before building (see `assertFits`). Memory grows with the
 * cells, about 3 KB each at the peak (bench/RESULTS.md); the 20.000-row budget of bench/workload.ts counts about
 * 249.000 and peaks under 1 GiB, so the limit is set just above it.
 */
export const DOCUMENT_CELL_LIMIT = 250_000;

/**
 * About how many table cells the document will have: each budget row about 11,5 times over (the budget table, the
 * analysis per sasaran, the appendix), about 93 per indicator across its tables, the beneficiary and program-indicator
 * rows, and the fixed tables. Within a fifth of the cells written for the workloads of bench/workload.ts (2.189 /
 * 27.596 / 246.900 written for 2.230 / 27.800 / 248.750 counted).
 */
export function documentCells(computed: Computed, rincian: Rincian): number {
  const ppks = rincian.ppks.reduce((n, g) => n + g.rows.length + 2, 0);
  return Math.ceil(11.5 * computed.anggaran.baris.length) + 93 * computed.indikator.length + 6 * (ppks + rincian.indikatorProgram.length) + 150;
}

export interface BuildOptions {
  /** An office's own template folder (`--templates`), overriding templates/ per file. */
  templatesDir?: string;
  /** Folder that relative paths in the workbook (Profil `Logo`) are resolved against; default the workbook's folder. */
  baseDir?: string;
  /** A logo already read (`build --logo`), used instead of Profil `Logo`. */
  logo?: Logo;
  /** lkip's version, written into the document's properties. */
  version?: string;
  /**
   * Write the tables of contents with their page numbers, laid out when the file is written (default true). Without,
   * the numbers are left for Word to fill in (it asks to update the fields on opening).
   */
  estimatePages?: boolean;
  /** Works out the page numbers instead of lkip's layout (tests compare it with docx's). */
  pageNumbers?: PageNumberEstimator;
  /** The engine's supporting detail, when already computed. */
  rincian?: Rincian;
  /** Told what the builder could not use (a missing logo file, an unknown template file), to print as warnings. */
  onWarning?: (message: string) => void;
}

function header(ctx: Ctx): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO },
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOR.border, space: 2 } },
        children: [new TextRun({ text: msg.headerText(ctx.instansi, ctx.tahun), size: SIZE.small, italics: true, font: FONT })],
      }),
    ],
  });
}

/** The page number, centred (the standalone cascade document uses it too). */
export function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO },
        children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.small, font: FONT })],
      }),
    ],
  });
}

function section(part: Part, format: "roman" | "decimal", h: Header, f: Footer): ISectionOptions {
  const landscape = part.orientation === "landscape";
  // every section states its number format: Word falls back to decimal in a section that does not
  const formatType = format === "roman" ? NumberFormat.LOWER_ROMAN : NumberFormat.DECIMAL;
  return {
    properties: {
      page: {
        size: landscape
          ? { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE }
          : { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
        margin: PAGE.margin,
        pageNumbers: part.restart ? { start: 1, formatType } : { formatType },
      },
    },
    ...(part.bare ? {} : { headers: { default: h }, footers: { default: f } }),
    children: part.children,
  };
}

/** Each part with the page number format in force there (roman until BAB I restarts in decimal). */
function withFormats(parts: readonly Part[]): [Part, "roman" | "decimal"][] {
  let format: "roman" | "decimal" = "roman";
  return parts.map((p) => {
    if (p.restart) format = p.restart;
    return [p, format];
  });
}

/** Builds the whole LKIP. `computed` must be `computeLkip(model)` of the same model, with a report year. */
export function buildDocument(model: Model, computed: Computed, opts: BuildOptions = {}): Document {
  const texts = new Templates({
    ...(opts.templatesDir !== undefined ? { override: opts.templatesDir } : {}),
    narasi: model.narasi?.rows ?? [],
  });
  const baseDir = opts.baseDir ?? dirname(resolve(model.file));
  const rincian = opts.rincian ?? computeRincian(model, computed);
  const ctx = new Ctx(model, computed, rincian, texts, baseDir, opts.logo);
  const cells = documentCells(computed, rincian);
  const styles = documentStyles();
  const pageNumbers = opts.pageNumbers ?? lkipPageNumbers(styles, {
    fallback: cells <= PAGE_ESTIMATE_LIMIT,
    onBlank: () => opts.onWarning?.(msg.pagesNotEstimated(cells)),
  });
  const parts: Part[] = [
    ...cover(ctx),
    ...kataPengantar(ctx),
    ...ikhtisar(ctx),
    ...daftar(ctx),
    ...bab1(ctx),
    ...bab2(ctx),
    ...bab3(ctx),
    ...bab4(ctx),
    ...lampiran(ctx),
  ];
  const h = header(ctx);
  const f = footer();
  const document = new Document({
    title: msg.documentTitle(ctx.instansi, ctx.tahun),
    subject: msg.documentSubject,
    creator: "lkip",
    description: msg.documentTitle(ctx.instansi, ctx.tahun),
    customProperties: [{ name: GENERATOR_PROPERTY, value: `lkip ${opts.version ?? ""}`.trim() }],
    styles,
    ...((opts.estimatePages ?? true) ? { pageNumbers } : {}),
    sections: withFormats(parts).map(([p, format]) => section(p, format, h, f)),
  });
  for (const w of [...texts.warnings, ...ctx.warnings]) opts.onWarning?.(w);
  return document;
}

/** docx's compiler: the package's files by path, in the order Packer zips them. Not public API, hence the check. */
interface PackageCompiler {
  compile(document: Document, prettify?: unknown, overrides?: unknown[]): Map<string, ZipData>;
  formatter?: { format(input: unknown, context: unknown): unknown };
}

function compilerOf(): PackageCompiler | undefined {
  const compiler = (Packer as unknown as { compiler?: Partial<PackageCompiler> }).compiler;
  return typeof compiler?.compile === "function" ? (compiler as PackageCompiler) : undefined;
}

/**
 * The package's files, document.xml written by lkip's writer (`xml-write.ts`) as soon as docx has formatted the body,
 * so that the formatted tree is let go of while its text is written rather than held beside docx's own second tree.
 */
function compileDocument(compiler: PackageCompiler, document: Document): Map<string, ZipData> {
  const formatter = compiler.formatter;
  const format = formatter?.format;
  const view = (document as unknown as { Document?: { View?: unknown } }).Document?.View;
  if (!formatter || typeof format !== "function" || view === undefined || !fastInUse()) return compiler.compile(document, undefined, []);
  formatter.format = function (input: unknown, context: unknown) {
    const xml = format.call(this, input, context);
    return input === view && xml !== null && typeof xml === "object" ? preWritten(xml as Record<string, unknown>) : xml;
  };
  try {
    return compiler.compile(document, undefined, []);
  } finally {
    delete (formatter as { format?: unknown }).format;
    if (formatter.format !== format) formatter.format = format;
  }
}

/**
 * The .docx bytes. docx writes the parts; lkip zips them with Node's zlib (native DEFLATE), which takes a few
 * milliseconds where docx's JavaScript DEFLATE takes tens and leaves its buffers to the garbage collector. Every part
 * is cleaned of what XML 1.0 forbids (`cleanParts`), whatever a workbook cell held. Should a docx release hide its
 * compiler, docx's own packing is used (and cleaned the same way).
 */
export async function packDocument(document: Document): Promise<Buffer> {
  const compiler = compilerOf();
  if (!compiler) return Buffer.from(cleanPackage(await Packer.toBuffer(document)));
  return zipFiles(cleanParts(compileDocument(compiler, document)));
}
