// Writing document.xml from the object tree docx formats a body into, without docx's writer. docx's writer (the xml
// package's rules) first turns the whole tree into a second tree of tags and contents, then joins nested strings: for a
// budget of 20.000 rows that is two trees of a few hundred megabytes beside the text. This one writes the text in one
// walk, in chunks, and lets go of each block of the body and each row of a table once it is written, so the tree
// shrinks as the text grows. The text is the same, quirks included (test/report/docx-fast.test.ts compares whole
// packages written both ways).

type Xmlable = Record<string, unknown>;

const ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const escapeAll = (value: string): string => value.replace(ESCAPED, (c) => ESCAPES[c] ?? "");
/** Strings escaped, anything else as docx writes it (a number as it is). */
const escapeValue = (value: unknown): string => (typeof value === "string" ? escapeAll(value) : String(value));

/** Elements whose children are let go of once written: arrays docx made for this document alone. */
const RELEASED = new Set(["w:body", "w:tbl"]);

/** Pieces joined every so many, so that a large document is a few thousand strings, not millions. */
const CHUNK = 1 << 16;

class Writer {
  private pieces: string[] = [];
  private size = 0;
  readonly chunks: string[] = [];

  put(s: string): void {
    this.pieces.push(s);
    this.size += s.length;
    if (this.size >= CHUNK) this.flush();
  }

  flush(): void {
    if (this.pieces.length) this.chunks.push(this.pieces.join(""));
    this.pieces = [];
    this.size = 0;
  }
}

function firstKey(o: object): string | undefined {
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) return k;
  return undefined;
}

function attributes(attr: unknown): string {
  let s = "";
  if (attr === null || typeof attr !== "object") return s;
  for (const [key, value] of Object.entries(attr)) s += ` ${key}="${escapeValue(value)}"`;
  return s;
}

function write(w: Writer, data: Xmlable): void {
  const name = Object.keys(data)[0];
  const values = name === undefined ? undefined : data[name];
  // as the xml package: a nameless element writes its content (and attributes) without tags
  const open = (attrs: string, empty: boolean) => (name ? `<${name}` : "") + attrs + (empty ? "/>" : name ? ">" : "");
  const close = name ? `</${name}>` : "";
  if (values === null) {
    w.put(open("", true));
    return;
  }
  if (typeof values !== "object") {
    w.put(open("", false));
    if (values !== undefined) w.put(escapeValue(values));
    w.put(close);
    return;
  }
  const { _attr, _cdata } = values as { _attr?: unknown; _cdata?: unknown };
  let attrs = attributes(_attr);
  const cdata = _cdata ? `<![CDATA[${String(_cdata).replace(/\]\]>/g, "]]]]><![CDATA[>")}]]>` : "";
  if (!Array.isArray(values)) {
    w.put(cdata ? open(attrs, false) + cdata + close : open(attrs, true));
    return;
  }
  // Every `_attr` child adds to the start tag wherever it stands, and a child that is not an object takes the place of
  // whatever child came just before it (an element or another value): the xml package's rules, which docx keeps.
  for (const child of values) if (typeof child === "object" && child !== null && firstKey(child) === "_attr") attrs += attributes((child as Xmlable)["_attr"]);
  w.put(open(attrs, false) + cdata);
  const release = name !== undefined && RELEASED.has(name);
  let pending: unknown = undefined;
  let hasPending = false;
  for (let i = 0; i < values.length; i++) {
    const child: unknown = values[i];
    const element = typeof child === "object" && child !== null;
    if (element && firstKey(child) === "_attr") continue;
    if (element && hasPending) emit(w, pending);
    pending = child;
    hasPending = true;
    if (release && i > 0) values[i - 1] = undefined;
  }
  if (hasPending) emit(w, pending);
  if (release) values.length = 0;
  w.put(close);
}

function emit(w: Writer, child: unknown): void {
  if (typeof child === "object" && child !== null) write(w, child as Xmlable);
  else if (child !== undefined) w.put(escapeValue(child));
}

/**
 * The XML of a formatted element, as docx's writer writes it without indentation and declaration. The children of
 * `w:body` and `w:tbl` are dropped from the tree as they are written: the tree cannot be written twice.
 */
export function writeXmlable(data: Xmlable): string {
  const w = new Writer();
  write(w, data);
  w.flush();
  const text = w.chunks.join("");
  w.chunks.length = 0;
  return text;
}

/**
 * The XML of a formatted element, in a shape docx's writer writes as that text unchanged: a nameless element whose
 * content is a value whose text is the XML. (docx writes any value that is neither text nor an object as `String(value)`.)
 */
export function preWritten(data: Xmlable): Xmlable {
  const text = writeXmlable(data);
  const value = Object.assign(() => text, { toString: () => text });
  return { "": value };
}
