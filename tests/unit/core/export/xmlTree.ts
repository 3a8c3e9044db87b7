// A strict, minimal XML 1.0 reader for tests: it throws on anything that is not
// well-formed (unbalanced or crossed tags, a raw < or & in text, an unknown entity, a
// duplicate attribute, a character XML cannot hold, text outside the root) and returns
// the element tree with entities decoded, line ends and attribute values normalised as a
// conforming parser would. No DTDs, CDATA, comments or processing instructions besides
// the XML declaration: our serializers write none.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, entities decoded. */
  text: string;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAME = '[A-Za-z_:][\\w.:-]*';
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (/[<]/.test(raw)) throw new Error(`raw "<" in ${where}`);
  return raw.replace(/&([^;&\s]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new Error(`unterminated entity "${whole}" in ${where}`);
    if (Object.hasOwn(PREDEFINED, body)) return PREDEFINED[body];
    const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
    if (!m) throw new Error(`unknown entity "&${body};" in ${where}`);
    const char = String.fromCodePoint(m[1] ? parseInt(m[1], 16) : Number(m[2]));
    if (NOT_XML_CHAR.test(char)) throw new Error(`character reference to a non-XML character in ${where}`);
    return char;
  });
}

export function parseXml(document: string): XmlElement {
  if (NOT_XML_CHAR.test(document)) throw new Error('the document holds a character XML cannot hold');
  const text = document.replace(/\r\n?/g, '\n');
  const tag = new RegExp(`<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`, 'y');
  const attribute = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
  let i = /^<\?xml[^?]*\?>/.exec(text)?.[0].length ?? 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt < 0 ? text.length : lt);
    if (chunk.includes(']]>')) throw new Error('"]]>" in text');
    if (stack.length) stack[stack.length - 1].text += decode(chunk, 'text');
    else if (chunk.trim() !== '') throw new Error(`text outside the root element: ${JSON.stringify(chunk.slice(0, 20))}`);
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(text);
    if (!m) throw new Error(`malformed tag at ${lt}: ${JSON.stringify(text.slice(lt, lt + 40))}`);
    const [whole, closing, name, attributeText, selfClosing] = m;
    i = lt + whole.length;
    if (closing) {
      if (attributeText || selfClosing) throw new Error(`malformed end tag </${name}>`);
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const element: XmlElement = { name, attributes: {}, children: [], text: '' };
    for (const [, key, dq, sq] of attributeText.matchAll(attribute)) {
      if (Object.hasOwn(element.attributes, key)) throw new Error(`duplicate attribute ${key} on <${name}>`);
      element.attributes[key] = decode((dq ?? sq).replace(/[\t\n]/g, ' '), `attribute ${key}`);
    }
    if (stack.length) stack[stack.length - 1].children.push(element);
    else if (root) throw new Error('a second root element');
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** The descendants of an element with a given name, in document order. */
export function elementsNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...elementsNamed(child, name)]);
}
