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

// Children of the elements being written, innermost last: each element takes its own as one array of exactly their
// number (an array grown by push keeps room for 16 more, and a large document has millions of elements), and no
// intermediate array is left for the garbage collector.
const pending: unknown[] = [];

/** Pushes a child's result as flatMap + filter(≠ undefined) would. */
function add(result: unknown): void {
  if (Array.isArray(result)) {
    for (const r of result) if (r !== undefined) pending.push(r);
  } else if (result !== undefined) pending.push(result);
}

function element(this: Element, context: Context): Xmlable {
  context.stack.push(this);
  const start = pending.length;
  try {
    for (const comp of this.root) {
      if (!isXmlComponent(comp)) {
        add(comp);
        continue;
      }
      const parts = (comp as Component).writtenAs;
      if (parts) add(parts.map((part) => part.prepForXml(context)));
      else add((comp as Component).prepForXml(context));
    }
  } catch (e) {
    pending.length = start;
    throw e;
  }
  context.stack.pop();
  const count = pending.length - start;
  const first = pending[start] as { _attr?: unknown } | null | undefined;
  const children = count === 0 ? EMPTY_OBJECT : count === 1 && first?._attr ? first : pending.slice(start);
  pending.length = start;
  return { [this.rootKey]: children };
}

let inUse = false;

/** Whether lkip's methods are in use, and with them lkip's writer of document.xml (`xml-write.ts`). */
export function fastInUse(): boolean {
  return inUse;
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
  inUse = use;
  targets.forEach(([proto, fast], i) => {
    proto.prepForXml = use ? fast : originals[i]!;
  });
  return use;
}

fastSerialization(true);
