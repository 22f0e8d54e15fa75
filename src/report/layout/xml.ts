// Reading the object tree docx formats a body into before writing it as XML: each element is an object with one key,
// its name, whose value is an array of its children (attributes as a child `{ _attr }`, text as strings) or an object
// that holds only `_attr`.

export type XmlElement = Readonly<Record<string, unknown>>;

/** The element's name. */
export function nameOf(el: XmlElement): string {
  for (const key in el) return key;
  return "";
}

/** The element's child elements (attributes and text left out). */
export function childrenOf(el: XmlElement): XmlElement[] {
  const v = el[nameOf(el)];
  if (!Array.isArray(v)) return [];
  const out: XmlElement[] = [];
  for (const c of v) if (c !== null && typeof c === "object" && !("_attr" in c)) out.push(c as XmlElement);
  return out;
}

/** The element's text children, joined. */
export function textOf(el: XmlElement): string {
  const v = el[nameOf(el)];
  if (!Array.isArray(v)) return "";
  let s = "";
  for (const c of v) if (typeof c === "string") s += c;
  return s;
}

/** The element's attributes. */
export function attrsOf(el: XmlElement): Readonly<Record<string, unknown>> {
  const v = el[nameOf(el)];
  if (Array.isArray(v)) {
    for (const c of v) if (c !== null && typeof c === "object" && "_attr" in c) return (c as { _attr: Record<string, unknown> })._attr;
    return {};
  }
  if (v !== null && typeof v === "object" && "_attr" in v) return (v as { _attr: Record<string, unknown> })._attr;
  return {};
}

/** The first child of a name. */
export function childOf(el: XmlElement, name: string): XmlElement | undefined {
  const v = el[nameOf(el)];
  if (!Array.isArray(v)) return undefined;
  for (const c of v) if (c !== null && typeof c === "object" && name in c) return c as XmlElement;
  return undefined;
}

/** A numeric attribute, or undefined. */
export function num(el: XmlElement | undefined, attr: string): number | undefined {
  if (el === undefined) return undefined;
  const v = attrsOf(el)[attr];
  if (v === undefined || v === null || v === "") return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** An on/off property (`<w:b/>`, `<w:b w:val="false"/>`): undefined when absent. */
export function onOff(el: XmlElement | undefined): boolean | undefined {
  if (el === undefined) return undefined;
  const v = attrsOf(el)["w:val"];
  return !(v === false || v === "false" || v === "0" || v === 0 || v === "off");
}
