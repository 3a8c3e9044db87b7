// Text made safe for XML 1.0: characters that XML cannot hold at all (most control
// characters, lone surrogates, U+FFFE/U+FFFF) are removed, markup characters become
// entities, and line breaks and tabs in attribute values become character references so
// that a parser's whitespace normalisation does not turn them into spaces.

// eslint-disable-next-line no-control-regex -- matching control characters is what this does
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** Element content: markup characters escaped, carriage returns kept as references. */
export function xmlContent(value: string): string {
  return value.replace(NOT_IN_XML, '').replace(/[&<>"'\r]/g, (c) => ENTITY[c]);
}

/** An attribute value (to go between double quotes): also line breaks and tabs as references. */
export function xmlAttribute(value: string): string {
  return value.replace(NOT_IN_XML, '').replace(/[&<>"'\r\n\t]/g, (c) => ENTITY[c]);
}
