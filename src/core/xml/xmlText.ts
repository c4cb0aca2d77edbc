/**
 * Text in and out of XML, one set of rules for every part the product reads or writes (sheets,
 * shared strings, .ods content, Word parts): the five entities and character references in, the
 * five specials escaped out, characters XML 1.0 cannot hold dropped.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

function safeCodePoint(n: number): string | undefined {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

/** XML character references and the five entities; anything else is left as written. */
export function unescapeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) =>
    e.startsWith("#")
      ? (safeCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) ?? m)
      : (ENTITIES[e] ?? m),
  );
}

/** Cell text: XML escapes, then Excel's own _xHHHH_ escapes for control characters. */
export function unescapeCellText(s: string): string {
  const x = unescapeXml(s);
  return x.includes("_x")
    ? x.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    : x;
}

/** Escapes text for an XML text node or attribute. */
export function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Text a user typed, made safe for XML 1.0: characters it cannot hold dropped, specials escaped. */
export function escapeXmlText(s: string): string {
  return escapeXml(s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ""));
}
