// A small non-validating XML tokenizer for SpreadsheetML parts, one pass over the text, no DOM. Elements and attributes
// are matched by local name (`x:c` and `c` are the same; Transitional and Strict namespaces alike). It knows the five
// predefined entities and numeric character references; a DOCTYPE (which could declare entities) is refused.

export class XmlError extends Error {}

export type Attrs = Record<string, string>;

export interface XmlHandler {
  /** An element opens (`selfClosing`: it also closes at once, and `close` is not called for it). */
  open(name: string, attrs: Attrs, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data; only called while `wantsText` is true. */
  text(text: string): void;
  wantsText: boolean;
}

/** Part bytes → text: UTF-8 (with or without BOM) or UTF-16 LE/BE (BOM, or a declaration without one). */
export function decodePart(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (b0 === 0x3c && b1 === 0x00) return new TextDecoder("utf-16le").decode(bytes);
  if (b0 === 0x00 && b1 === 0x3c) return new TextDecoder("utf-16be").decode(bytes);
  const start = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start).toString("utf8");
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Resolves entity and character references. */
export function unescapeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);?/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff) throw new XmlError(`referensi karakter tidak sah ${whole}`);
      return String.fromCodePoint(code);
    }
    const named = NAMED[ref];
    if (named === undefined) throw new XmlError(`entitas tidak dikenal ${whole}`);
    return named;
  });
}

const localName = (qname: string): string => {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
};

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

function parseAttrs(s: string, from: number, to: number): Attrs {
  const attrs: Attrs = {};
  let i = from;
  while (i < to) {
    while (i < to && isSpace(s.charCodeAt(i))) i++;
    if (i >= to) break;
    const eq = s.indexOf("=", i);
    if (eq < 0 || eq >= to) throw new XmlError("atribut tanpa nilai");
    const name = s.slice(i, eq).trim();
    let q = eq + 1;
    while (q < to && isSpace(s.charCodeAt(q))) q++;
    const quote = s[q];
    if (quote !== '"' && quote !== "'") throw new XmlError("nilai atribut tanpa tanda kutip");
    const end = s.indexOf(quote, q + 1);
    if (end < 0 || end > to) throw new XmlError("nilai atribut tidak ditutup");
    attrs[localName(name)] = unescapeXml(s.slice(q + 1, end));
    i = end + 1;
  }
  return attrs;
}

/** Walks the document once, calling the handler; throws XmlError when it is not well-formed. */
export function parseXml(s: string, h: XmlHandler): void {
  const stack: string[] = [];
  let rootSeen = false;
  let i = 0;
  const n = s.length;
  while (i < n) {
    const lt = s.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      if (stack.length === 0) {
        if (s.slice(i, textEnd).trim() !== "") throw new XmlError("teks di luar elemen akar");
      } else if (h.wantsText) h.text(unescapeXml(s.slice(i, textEnd)));
    }
    if (lt < 0) break;
    const next = s.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      const end = s.indexOf("?>", lt + 2);
      if (end < 0) throw new XmlError("instruksi pemrosesan tidak ditutup");
      i = end + 2;
    } else if (next === 0x21 /* ! */) {
      if (s.startsWith("<!--", lt)) {
        const end = s.indexOf("-->", lt + 4);
        if (end < 0) throw new XmlError("komentar tidak ditutup");
        i = end + 3;
      } else if (s.startsWith("<![CDATA[", lt)) {
        const end = s.indexOf("]]>", lt + 9);
        if (end < 0 || stack.length === 0) throw new XmlError("CDATA tidak ditutup");
        if (h.wantsText) h.text(s.slice(lt + 9, end));
        i = end + 3;
      } else throw new XmlError("DOCTYPE tidak diizinkan");
    } else if (next === 0x2f /* / */) {
      const end = s.indexOf(">", lt + 2);
      if (end < 0) throw new XmlError("tag penutup tidak ditutup");
      const qname = s.slice(lt + 2, end).trim();
      if (stack.pop() !== qname) throw new XmlError(`tag penutup </${qname}> tidak cocok`);
      h.close(localName(qname));
      i = end + 1;
    } else {
      const end = findTagEnd(s, lt + 1);
      let nameEnd = lt + 1;
      while (nameEnd < end && !isSpace(s.charCodeAt(nameEnd)) && s.charCodeAt(nameEnd) !== 0x2f) nameEnd++;
      const qname = s.slice(lt + 1, nameEnd);
      if (qname === "") throw new XmlError("nama elemen kosong");
      const selfClosing = s.charCodeAt(end - 1) === 0x2f;
      if (stack.length === 0 && rootSeen) throw new XmlError("lebih dari satu elemen akar");
      rootSeen = true;
      const attrs = parseAttrs(s, nameEnd, selfClosing ? end - 1 : end);
      if (!selfClosing) stack.push(qname);
      h.open(localName(qname), attrs, selfClosing);
      i = end + 1;
    }
  }
  if (!rootSeen) throw new XmlError("dokumen kosong");
  if (stack.length > 0) throw new XmlError(`elemen <${stack[stack.length - 1]}> tidak ditutup`);
}

/** The `>` that ends a start tag, skipping quoted attribute values (one scan of the tag itself, never further). */
function findTagEnd(s: string, from: number): number {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x3e /* > */) return i;
    else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3c /* < */) throw new XmlError("tag tidak ditutup");
  }
  throw new XmlError("tag tidak ditutup");
}
