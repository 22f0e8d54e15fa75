// Faster versions of the three methods docx calls for every element it writes. docx's own methods build an element's
// attributes with one object spread per attribute (quadratic, and a good share of a document's garbage) and its
// children with flatMap + filter. These do the same in one pass and give the same result, so the XML is byte for byte
// the same: test/report/docx-fast.test.ts compiles whole documents with docx's originals and with these and compares
// every part.
// A docx release that changes these classes' shape keeps its own methods (see `compatible`).
import { EMPTY_OBJECT, isXmlComponent, NextAttributeComponent, XmlAttributeComponent, XmlComponent } from "docx";

type Xmlable = Record<string, unknown>;
interface Context {
  stack: unknown[];
}
interface Component {
  prepForXml(context: Context): unknown;
  readonly writtenAs?: readonly Component[];
}
interface NextAttributes {
  root: Record<string, { key: string; value: unknown }>;
}
interface Attributes {
  root: Record<string, unknown>;
  xmlKeys?: Record<string, string>;
}
interface Element {
  root: unknown[];
  rootKey: string;
}

function nextAttributes(this: NextAttributes): Xmlable {
  const attrs: Record<string, unknown> = {};
  for (const { key, value } of Object.values(this.root)) if (value !== undefined) attrs[key] = value;
  return { _attr: attrs };
}

function attributes(this: Attributes): Xmlable {
  const attrs: Record<string, unknown> = {};
  for (const key of Object.keys(this.root)) {
    const value = this.root[key];
    if (value !== undefined) attrs[(this.xmlKeys && this.xmlKeys[key]) || key] = value;
  }
  return { _attr: attrs };
}

/** Pushes a child's result as flatMap + filter(≠ undefined) would. */
function add(children: unknown[], result: unknown): void {
  if (Array.isArray(result)) {
    for (const r of result) if (r !== undefined) children.push(r);
  } else if (result !== undefined) children.push(result);
}

function element(this: Element, context: Context): Xmlable {
  context.stack.push(this);
  const children: unknown[] = [];
  for (const comp of this.root) {
    if (!isXmlComponent(comp)) {
      add(children, comp);
      continue;
    }
    const parts = (comp as Component).writtenAs;
    if (parts) add(children, parts.map((part) => part.prepForXml(context)));
    else add(children, (comp as Component).prepForXml(context));
  }
  context.stack.pop();
  const first = children[0] as { _attr?: unknown } | null | undefined;
  return {
    [this.rootKey]: children.length ? (children.length === 1 && first?._attr ? first : children) : EMPTY_OBJECT,
  };
}

type Prototype = { prepForXml: (...args: never[]) => unknown };
const targets = [
  [NextAttributeComponent.prototype, nextAttributes],
  [XmlAttributeComponent.prototype, attributes],
  [XmlComponent.prototype, element],
] as unknown as [Prototype, Prototype["prepForXml"]][];
const originals = targets.map(([proto]) => proto.prepForXml);

/** Whether docx's methods still read as the ones these replace (a changed docx keeps its own). */
function compatible(): boolean {
  const source = originals.map((f) => f.toString());
  return (
    /Object\.values\(this\.root\)/.test(source[0] ?? "") &&
    /this\.xmlKeys/.test(source[1] ?? "") &&
    /writtenAs/.test(source[2] ?? "") &&
    /EMPTY_OBJECT/.test(source[2] ?? "")
  );
}

/**
 * Switches docx to the faster methods (`true`, what lkip uses) or back to its own (`false`, for comparison).
 * Returns whether the faster ones are now in use.
 */
export function fastSerialization(on: boolean): boolean {
  const use = on && compatible();
  targets.forEach(([proto, fast], i) => {
    proto.prepForXml = use ? fast : originals[i]!;
  });
  return use;
}

fastSerialization(true);
