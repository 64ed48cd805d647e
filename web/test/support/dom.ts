// A minimal DOM for rendering charts to SVG in Node: just what Observable Plot (through d3-selection)
// and Preact call, with a deterministic serialiser. The project has neither jsdom nor linkedom; this
// keeps the snapshot tests free of a new dependency. Nothing here is measured (no getBBox): Plot
// estimates text widths itself, and tips, which need measuring, are drawn only on pointer events.

const xhtml = 'http://www.w3.org/1999/xhtml';

const kebab = (k: string) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Declarations set with setProperty, or assigned as properties (`Object.assign(el.style, {fontSize})`). */
class Style {
  readonly props = new Map<string, string>();
  [key: string]: unknown;
  setProperty(name: string, value: string | null): void {
    if (value === null || value === '') this.props.delete(name);
    else this.props.set(name, String(value));
  }
  removeProperty(name: string): void {
    this.props.delete(name);
  }
  getPropertyValue(name: string): string {
    return this.props.get(name) ?? '';
  }
  /** Every declaration: set ones first, then assigned ones, each in the order it was made. */
  entries(): [string, string][] {
    const assigned = Object.entries(this)
      .filter(([k, v]) => k !== 'props' && v !== undefined && v !== null && v !== '')
      .map(([k, v]): [string, string] => [kebab(k), String(v)]);
    return [...this.props, ...assigned];
  }
  get cssText(): string {
    return this.entries()
      .map(([k, v]) => `${k}: ${v};`)
      .join(' ');
  }
}

export class FakeNode {
  parentNode: FakeNode | null = null;
  readonly childNodes: FakeNode[] = [];
  constructor(
    readonly ownerDocument: FakeDocument,
    readonly nodeType: number,
  ) {}
  get firstChild(): FakeNode | null {
    return this.childNodes[0] ?? null;
  }
  get lastChild(): FakeNode | null {
    return this.childNodes.at(-1) ?? null;
  }
  get nextSibling(): FakeNode | null {
    const s = this.parentNode?.childNodes;
    return s ? (s[s.indexOf(this) + 1] ?? null) : null;
  }
  get previousSibling(): FakeNode | null {
    const s = this.parentNode?.childNodes;
    return s ? (s[s.indexOf(this) - 1] ?? null) : null;
  }
  get isConnected(): boolean {
    return false;
  }
  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  set textContent(v: string | null) {
    for (const c of this.childNodes) c.parentNode = null;
    this.childNodes.length = 0;
    if (v !== null && v !== '') this.appendChild(this.ownerDocument.createTextNode(String(v)));
  }
  insertBefore<T extends FakeNode>(child: T, ref: FakeNode | null): T {
    if (child.parentNode) child.parentNode.removeChild(child);
    const i = ref ? this.childNodes.indexOf(ref) : -1;
    if (i < 0) this.childNodes.push(child);
    else this.childNodes.splice(i, 0, child);
    child.parentNode = this;
    return child;
  }
  appendChild<T extends FakeNode>(child: T): T {
    return this.insertBefore(child, null);
  }
  append(...nodes: (FakeNode | string)[]): void {
    for (const n of nodes) this.appendChild(typeof n === 'string' ? this.ownerDocument.createTextNode(n) : n);
  }
  removeChild<T extends FakeNode>(child: T): T {
    const i = this.childNodes.indexOf(child);
    if (i >= 0) this.childNodes.splice(i, 1);
    child.parentNode = null;
    return child;
  }
  remove(): void {
    this.parentNode?.removeChild(this);
  }
  replaceWith(node: FakeNode): void {
    const p = this.parentNode;
    if (!p) return;
    p.insertBefore(node, this);
    p.removeChild(this);
  }
  contains(node: FakeNode | null): boolean {
    for (let n = node; n; n = n.parentNode) if (n === this) return true;
    return false;
  }
  addEventListener(): void {}
  removeEventListener(): void {}
  dispatchEvent(): boolean {
    return true;
  }
}

export class FakeText extends FakeNode {
  constructor(
    doc: FakeDocument,
    public data: string,
  ) {
    super(doc, 3);
  }
  override get textContent(): string {
    return this.data;
  }
  override set textContent(v: string | null) {
    this.data = v ?? '';
  }
  get nodeValue(): string {
    return this.data;
  }
}

export class FakeElement extends FakeNode {
  readonly attributes = new Map<string, string>();
  readonly style = new Style();
  /** Properties d3 and Preact set on nodes (`__data__`, `value`, ...) land here harmlessly. */
  [key: string]: unknown;
  constructor(
    doc: FakeDocument,
    readonly namespaceURI: string,
    readonly localName: string,
  ) {
    super(doc, 1);
  }
  get tagName(): string {
    return this.namespaceURI === xhtml ? this.localName.toUpperCase() : this.localName;
  }
  get nodeName(): string {
    return this.tagName;
  }
  get children(): FakeElement[] {
    return this.childNodes.filter((c): c is FakeElement => c instanceof FakeElement);
  }
  get ownerSVGElement(): FakeElement | null {
    for (let n = this.parentNode; n; n = n.parentNode)
      if (n instanceof FakeElement && n.localName === 'svg') return n;
    return null;
  }
  setAttribute(name: string, value: unknown): void {
    if (name === 'style') {
      for (const part of String(value).split(';')) {
        const i = part.indexOf(':');
        if (i > 0) this.style.setProperty(part.slice(0, i).trim(), part.slice(i + 1).trim());
      }
    } else this.attributes.set(name, String(value));
  }
  setAttributeNS(_ns: string | null, name: string, value: unknown): void {
    this.setAttribute(name, value);
  }
  getAttribute(name: string): string | null {
    return name === 'style' ? this.style.cssText || null : (this.attributes.get(name) ?? null);
  }
  hasAttribute(name: string): boolean {
    return this.attributes.has(name);
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  removeAttributeNS(_ns: string | null, name: string): void {
    this.attributes.delete(name);
  }
  get className(): string {
    return this.attributes.get('class') ?? '';
  }
  set className(v: string) {
    this.attributes.set('class', v);
  }
  cloneNode(deep = false): FakeElement {
    const copy = new FakeElement(this.ownerDocument, this.namespaceURI, this.localName);
    for (const [k, v] of this.attributes) copy.attributes.set(k, v);
    for (const [k, v] of this.style.entries()) copy.style.setProperty(k, v);
    if (deep)
      for (const c of this.childNodes)
        copy.appendChild(
          c instanceof FakeElement ? c.cloneNode(true) : new FakeText(this.ownerDocument, c.textContent),
        );
    return copy;
  }
  querySelector(selector: string): FakeElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }
  /** Tag names (`g`, `svg`) and `*` only: all that Plot asks for. */
  querySelectorAll(selector: string): FakeElement[] {
    if (!/^([a-z][a-z0-9-]*|\*)$/i.test(selector))
      throw new Error(`fake DOM: unsupported selector ${selector}`);
    const out: FakeElement[] = [];
    const walk = (e: FakeElement) => {
      for (const c of e.children) {
        if (selector === '*' || c.localName === selector) out.push(c);
        walk(c);
      }
    };
    walk(this);
    return out;
  }
  getBBox(): { x: number; y: number; width: number; height: number } {
    throw new Error('fake DOM: getBBox cannot measure outside a browser');
  }
}

export class FakeDocument {
  readonly documentElement: FakeElement;
  readonly defaultView = { Event: class {} };
  constructor() {
    this.documentElement = new FakeElement(this, xhtml, 'html');
  }
  createElementNS(ns: string | null, name: string): FakeElement {
    return new FakeElement(this, ns ?? xhtml, name);
  }
  createElement(name: string): FakeElement {
    return new FakeElement(this, xhtml, name.toLowerCase());
  }
  createTextNode(data: string): FakeText {
    return new FakeText(this, data);
  }
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/**
 * The node as markup, one element per line, indented: stable across runs and readable in a diff.
 * Numbers are kept as the renderer wrote them; attributes in the order they were set.
 */
export function serialize(node: FakeNode, depth = 0): string {
  const pad = '  '.repeat(depth);
  if (node instanceof FakeText) return `${pad}${escapeText(node.data)}`;
  if (!(node instanceof FakeElement)) return '';
  const attrs = [...node.attributes].map(([k, v]) => ` ${k}="${escapeAttr(v)}"`);
  // A standalone .svg file needs its namespace to open in a browser.
  if (depth === 0 && node.localName === 'svg' && !node.attributes.has('xmlns'))
    attrs.unshift(` xmlns="${node.namespaceURI}"`);
  if (node.style.entries().length) attrs.push(` style="${escapeAttr(node.style.cssText)}"`);
  const open = `${pad}<${node.localName}${attrs.join('')}`;
  if (node.childNodes.length === 0) return `${open}/>`;
  // An element holding only text keeps it on its line (text, tspan, title, style).
  if (node.childNodes.every((c) => c instanceof FakeText))
    return `${open}>${escapeText(node.textContent)}</${node.localName}>`;
  const inner = node.childNodes.map((c) => serialize(c, depth + 1)).join('\n');
  return `${open}>\n${inner}\n${pad}</${node.localName}>`;
}

/** Lets the fake document stand where a library's types expect the browser's. */
export function isDocument(d: unknown): d is Document {
  return d instanceof FakeDocument;
}

export function isFakeElement(e: unknown): e is FakeElement {
  return e instanceof FakeElement;
}
