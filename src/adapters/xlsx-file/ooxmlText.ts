const ENTITIES: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

/** XML character references and the five entities. */
export function unescapeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) =>
    e.startsWith("#")
      ? (safeCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) ?? m)
      : (ENTITIES[e] ?? m),
  );
}

function safeCodePoint(n: number): string | undefined {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

/** Cell text: XML escapes, then Excel's own _xHHHH_ escapes for control characters. */
export function unescapeCellText(s: string): string {
  const x = unescapeXml(s);
  return x.includes("_x")
    ? x.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    : x;
}

/** One attribute of a start tag's text, or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  const re = new RegExp(`[\\s:]${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(tag);
  return m ? unescapeXml(m[1] ?? m[2] ?? "") : undefined;
}

/** The namespace prefix a part uses for its root element: "" for <worksheet>, "x:" for <x:worksheet>. */
export function rootPrefix(xmlStart: string, local: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>]`).exec(xmlStart);
  return m?.[1] ?? "";
}
