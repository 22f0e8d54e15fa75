// The document's narrative texts: default files in templates/ (one per section key, `.md` or `.txt`), overridden per
// file by an office's own folder (`--templates DIR`), and per section by a `Narasi` row whose Bagian names the key.
// Texts carry named placeholders (`{instansi}`, `{tahun}`…) filled from the profile and the engine's figures.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LkipError } from "../errors.js";
import type { NarasiRow } from "../model/types.js";
import * as msg from "../text/messages/report.js";
import { normalizeHeader } from "../cells/contract.js";

export type Vars = Record<string, string>;

const EXTENSIONS = new Set([".md", ".txt"]);

/** Other names offices give a section (normalised by `sectionKey`), mapped to the template's key. */
const ALIASES: Record<string, string> = {
  ikhtisareksekutif: "ikhtisar",
  ringkasaneksekutif: "ikhtisar",
  ringkasan: "ikhtisar",
  tugasfungsistrukturorganisasi: "tugasfungsi",
  tugaspokokfungsi: "tugasfungsi",
  tupoksi: "tugasfungsi",
  susunanorganisasi: "strukturorganisasi",
  isuisustrategis: "isustrategis",
  permasalahanutama: "isustrategis",
  sistematikapenyajian: "sistematika",
  sistematikapenulisan: "sistematika",
  rencanastrategis: "renstra",
  indikatorkinerjautama: "iku",
  langkahkedepan: "langkahperbaikan",
  rencanatindaklanjut: "langkahperbaikan",
  saran: "langkahperbaikan",
  perjanjiankinerjalampiran: "lampiranpk",
};

/**
 * A section key: the text normalised (`normalizeHeader`) without the words "dan" and "serta", so "Maksud dan Tujuan",
 * "maksud-tujuan.md" and "MAKSUD & TUJUAN" are one key; then the aliases above. A last word "tambahan" is kept apart:
 * "Isu-isu Strategis Tambahan" appends to "isustrategis".
 */
export function sectionKey(text: string): string {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "" && w !== "dan" && w !== "serta");
  const extra = words[words.length - 1] === "tambahan";
  const key = normalizeHeader((extra ? words.slice(0, -1) : words).join(" "));
  return `${ALIASES[key] ?? key}${extra ? "tambahan" : ""}`;
}
const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;

interface TemplateFile {
  /** File name as found, for messages. */
  file: string;
  text: string;
}

/** The package's templates/ folder: found upwards from this module (it runs from src/ in tests and dist/src/ when built). */
export function defaultTemplatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, "templates");
    if (existsSync(join(dir, "package.json")) && existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new LkipError(msg.templateMissing("templates/"));
}

function readFolder(dir: string): Map<string, TemplateFile> {
  const out = new Map<string, TemplateFile>();
  for (const file of readdirSync(dir).sort()) {
    if (!EXTENSIONS.has(extname(file).toLowerCase())) continue;
    const key = sectionKey(file.slice(0, -extname(file).length));
    out.set(key, { file: join(dir, file), text: readFileSync(join(dir, file), "utf8").replace(/\r\n?/g, "\n") });
  }
  return out;
}

/** Fills `{name}` placeholders; an unknown name is an error naming the file (strict) or left as written (Narasi text). */
export function fill(text: string, vars: Vars, strictFile?: string): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const v = vars[name];
    if (v !== undefined) return v;
    if (strictFile !== undefined) throw new LkipError(msg.unknownPlaceholder(strictFile, name, Object.keys(vars).sort()));
    return whole;
  });
}

/** Drops `<!-- … -->` comment lines, which template files use to document themselves. */
function stripComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, "");
}

export class Templates {
  private readonly files: Map<string, TemplateFile>;
  private readonly narasi = new Map<string, string>();
  readonly warnings: string[] = [];

  constructor(opts: { dir?: string; override?: string; narasi?: readonly NarasiRow[] } = {}) {
    this.files = readFolder(opts.dir ?? defaultTemplatesDir());
    if (opts.override !== undefined) {
      const st = statSync(opts.override, { throwIfNoEntry: false });
      if (!st?.isDirectory()) throw new LkipError(msg.templatesDirMissing(opts.override));
      for (const [key, f] of readFolder(opts.override)) {
        if (!this.files.has(key)) this.warnings.push(msg.warnTemplateUnknown(f.file));
        this.files.set(key, f);
      }
    }
    for (const row of opts.narasi ?? []) {
      const key = sectionKey(row.bagian);
      const prev = this.narasi.get(key);
      this.narasi.set(key, prev === undefined ? row.teks : `${prev}\n${row.teks}`);
    }
  }

  /** The template text of a section key, placeholders filled: the Narasi row when there is one, else the file. */
  text(key: string, vars: Vars): string {
    const k = sectionKey(key);
    const own = this.narasi.get(k);
    let base: string;
    if (own !== undefined) base = fill(own, vars);
    else {
      const f = this.files.get(k);
      if (!f) throw new LkipError(msg.templateMissing(key));
      base = fill(stripComments(f.text), vars, f.file);
    }
    const extra = this.narasi.get(`${k}tambahan`);
    return extra === undefined ? base.trim() : `${base.trim()}\n${fill(extra, vars).trim()}`;
  }

  /** A Narasi text by key (or the first of several keys), placeholders filled; undefined when the workbook has none. */
  narasiText(keys: readonly string[], vars: Vars): string | undefined {
    for (const key of keys) {
      const t = this.narasi.get(sectionKey(key));
      if (t !== undefined && t.trim() !== "") return fill(t, vars).trim();
    }
    return undefined;
  }

  /** Whether a Narasi row overrides the key. */
  hasNarasi(key: string): boolean {
    return this.narasi.has(sectionKey(key));
  }

  /** Section keys of the template files, for documentation and tests. */
  keys(): string[] {
    return [...this.files.keys()];
  }
}
